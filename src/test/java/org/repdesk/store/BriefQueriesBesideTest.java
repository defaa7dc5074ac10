package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CasebookAddress;
import org.repdesk.testing.TestCasebooks;

/**
 * A brief's statements read beside the rest ({@link BriefQueries#beside}): on a casebook on a second
 * connection of the same login, so the server works on two at once under the same row rules; on a
 * login the server allows no second connection, and on a data file, on the caller's own.
 */
class BriefQueriesBesideTest {

    private static final BriefQueries.Filter THIS_YEAR = new BriefQueries.Filter(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), null, null, null, null);

    /** The server's process for the connection, and the login it reads as. */
    private static String session(BriefQueries q) {
        return q.database().read(c -> {
            try (var st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT pg_backend_pid() || ' ' || current_user")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void aCasebooksStatementsBesideRunOnASecondConnectionOfTheSameLoginClosedOnceTheyAreDone() throws Exception {
        CasebookAddress rep = TestCasebooks.fresh().as(TestCasebooks.REP);
        try (Database db = Database.openCasebook(rep, TestCasebooks.password())) {
            BriefQueries queries = new BriefQueries(db);
            String here = session(queries);
            String beside;
            try (BriefQueries.Beside b = queries.beside()) {
                java.util.function.Supplier<String> side = b.read(BriefQueriesBesideTest::session);
                java.util.function.Supplier<BriefQueries.Totals> totals = b.read(q -> q.totals(THIS_YEAR));
                beside = side.get();
                assertEquals(queries.totals(THIS_YEAR), totals.get());
                assertEquals(2, TestCasebooks.sessions(rep, TestCasebooks.REP));
            }
            assertNotEquals(here.split(" ")[0], beside.split(" ")[0], "another of the server's sessions");
            assertEquals(TestCasebooks.REP, beside.split(" ")[1], "the same login, so the same row rules");
            TestCasebooks.waitForSessions(rep, TestCasebooks.REP, 1);
        }
    }

    /** How many parallel workers a statement may have on the connection. */
    private static String parallelWorkers(BriefQueries q) {
        return q.database().read(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW max_parallel_workers_per_gather")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void aBriefsFiguresArePlannedWithoutParallelWorkersAndTheDesksOtherReadsAreNot() {
        CasebookAddress casebook = TestCasebooks.fresh();
        try (Database db = Database.openCasebook(casebook.as(TestCasebooks.OFFICER), TestCasebooks.password())) {
            org.repdesk.model.Member member = org.repdesk.testing.Builders.aMember().named("Siân Jones").build();
            new MemberStore(db).insert(member);
            new CaseStore(db).insert(org.repdesk.testing.Builders.aCase(member).openedOn(LocalDate.of(2026, 3, 2)).build());
            BriefQueries queries = new BriefQueries(db);
            String serversOwn = parallelWorkers(queries);
            assertNotEquals("0", serversOwn, "the test server plans with parallel workers");
            int inScope = queries.totals(THIS_YEAR).inScope();
            assertEquals(1, inScope, "Siân's case");
            // Only this session sees the view: brief_case as the statements read it, empty unless they are
            // planned without parallel workers.
            db.read(c -> {
                try (var st = c.createStatement()) {
                    st.execute("CREATE TEMPORARY VIEW brief_case AS SELECT * FROM public.brief_case"
                            + " WHERE current_setting('max_parallel_workers_per_gather') = '0'");
                }
                return null;
            });
            try (BriefQueries.Beside b = queries.beside()) {
                java.util.function.Supplier<String> sidesOwn = b.read(BriefQueriesBesideTest::parallelWorkers);
                assertEquals(inScope, queries.totals(THIS_YEAR).inScope(), "the totals planned without workers");
                assertEquals(serversOwn, parallelWorkers(queries), "the desk's next read, while the brief is read");
                // Another thread (the second connection's) reading on the desk's connection while the brief is read.
                java.util.function.Supplier<String> desksFromAnotherThread = b.read(q -> parallelWorkers(queries));
                assertEquals(serversOwn, desksFromAnotherThread.get(), "another thread's read on the desk's connection");
                assertEquals(serversOwn, sidesOwn.get(), "the second connection, outside its figures' statements");
            }
            assertEquals(serversOwn, parallelWorkers(queries), "after the brief");
        }
    }

    @Test
    void aCasebookClosedBeforeItsSecondConnectionIsAskedForSendsTheServerNoLoginWithAWipedPassword() throws Exception {
        CasebookAddress rep = TestCasebooks.fresh().as(TestCasebooks.REP);
        Database db = Database.openCasebook(rep, TestCasebooks.password());
        db.close(); // the desk switched while a brief was being built
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                db::sideReader);
        assertTrue(refused.getMessage().contains("closed"), refused.getMessage());
        assertEquals(0, TestCasebooks.sessions(rep, TestCasebooks.REP));
    }

    @Test
    void aLoginTheServerAllowsNoSecondConnectionReadsEveryStatementOnItsOwn() throws Exception {
        CasebookAddress rep = TestCasebooks.fresh().as(TestCasebooks.REP);
        try (Database db = Database.openCasebook(rep, TestCasebooks.password())) {
            TestCasebooks.superuser("REVOKE CONNECT ON DATABASE " + rep.database() + " FROM PUBLIC, " + TestCasebooks.REP);
            BriefQueries queries = new BriefQueries(db);
            try (BriefQueries.Beside b = queries.beside()) {
                java.util.function.Supplier<String> side = b.read(BriefQueriesBesideTest::session);
                java.util.function.Supplier<List<Double>> latest = b.read(q -> q.latestCapacities(THIS_YEAR));
                assertEquals(session(queries), side.get(), "read on the login's one connection");
                assertEquals(queries.latestCapacities(THIS_YEAR), latest.get());
            }
            assertEquals(1, TestCasebooks.sessions(rep, TestCasebooks.REP));
        }
    }

    @Test
    void aDataFilesStatementsBesideRunOnItsConnectionOnTheCallersThreadWhenAskedFor(@TempDir Path dir) {
        try (Database db = Database.open(dir.resolve("repdesk.db"))) {
            BriefQueries queries = new BriefQueries(db);
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            try (BriefQueries.Beside b = queries.beside()) {
                java.util.function.Supplier<BriefQueries.Totals> totals = b.read(q -> {
                    ranOn.set(Thread.currentThread());
                    assertTrue(q == queries, "this connection's queries");
                    return q.totals(THIS_YEAR);
                });
                assertEquals(null, ranOn.get(), "not read until asked for");
                assertEquals(new BriefQueries.Totals(0, 0), totals.get());
                assertEquals(Thread.currentThread(), ranOn.get());
                ranOn.set(null);
                totals.get();
                assertFalse(ranOn.get() != null, "read once");
            }
        }
    }
}
