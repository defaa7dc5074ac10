package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CasebookAddress;
import org.repdesk.testing.TestCasebooks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A closed data file or casebook refuses reads and saves with a clear error: a casebook's read after
 * close once opened a new connection to the server as the same login, silently.
 */
class ClosedDatabaseRefusesWorkTest {

    @TempDir
    Path dir;

    @Test
    void aClosedDataFileRefusesReadsAndSaves() {
        Database db = Database.open(dir.resolve("closed.db"));
        db.read(c -> null);
        db.close();

        IllegalStateException read = assertThrows(IllegalStateException.class, () -> db.read(c -> null));
        assertEquals("the data file is closed", read.getMessage());
        assertThrows(IllegalStateException.class, () -> db.write(c -> null));
    }

    @Test
    void aClosedCasebookRefusesReadsAndSavesWithoutConnectingAgain() throws Exception {
        CasebookAddress casebook = TestCasebooks.fresh();
        Database db = TestCasebooks.open(casebook, TestCasebooks.REP);
        db.read(c -> null);
        db.close();
        TestCasebooks.waitForSessions(casebook, TestCasebooks.REP, 0);

        IllegalStateException read = assertThrows(IllegalStateException.class, () -> db.read(c -> null));
        assertEquals("the casebook is closed", read.getMessage());
        assertThrows(IllegalStateException.class, () -> db.write(c -> null));
        assertEquals(0, TestCasebooks.sessions(casebook, TestCasebooks.REP), "no new connection to the server");
    }

    /**
     * A save already in hand as the file is closed finishes and is kept, its nested read and write
     * included (as CaseService.update makes them): the close waits for it, and only work after it is refused.
     */
    @Test
    void aSaveInHandAsTheFileClosesFinishesWithItsNestedCalls() throws Exception {
        Path file = dir.resolve("closing.db");
        Database db = Database.open(file);
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE kept (x INTEGER)");
            }
            return null;
        });
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread saving = new Thread(() -> {
            try {
                db.write(c -> {
                    inHand.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    db.read(r -> null); // nested, as cases.byId inside CaseService.update
                    return db.write(w -> {
                        try (var st = w.createStatement()) {
                            return st.executeUpdate("INSERT INTO kept VALUES (1)");
                        }
                    });
                });
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "saving");
        saving.start();
        assertTrue(inHand.await(30, TimeUnit.SECONDS));
        Thread closing = new Thread(db::close, "closing");
        closing.start();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, db::closeWaitsForWorkInHand);
        goOn.countDown();
        saving.join();
        closing.join();

        assertNull(failed.get(), () -> "the save in hand failed: " + failed.get());
        Database again = Database.open(file);
        try {
            int rows = again.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM kept")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, rows, "the save in hand is kept");
        } finally {
            again.close();
        }
        assertThrows(IllegalStateException.class, () -> db.read(c -> null), "work after the close is refused");
    }
}
