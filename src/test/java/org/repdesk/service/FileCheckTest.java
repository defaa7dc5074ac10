package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.testing.TestDesk;

class FileCheckTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile theCase;

    @BeforeEach
    void openWithOneCase() {
        desk = TestDesk.open(dir);
        Member member = desk.members().save(aMember().named("Carys Pritchard").build());
        theCase = desk.cases().open(aCase(member).build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aFileKeptByTheAppHasNoProblems() {
        FileCheck.Report report = new FileCheck(desk.database()).run();

        assertEquals(List.of(), report.problems());
        assertTrue(report.summary().startsWith("1 member, 1 case, 1 timeline entry, 0 deadlines"), report.summary());
    }

    @Test
    void aClosedCaseWithoutAClosingDateIsReportedByReference() {
        sql("UPDATE case_file SET status = 'CLOSED', closed_on = NULL");

        assertEquals(List.of("Closed cases without a closing date: " + theCase.reference() + "."), problems());
    }

    @Test
    void malformedReferencesAndTheSameNumberTwiceInAYearAreReported() {
        sql("UPDATE case_file SET reference = 'CASE-1'");
        assertEquals(List.of("Case references not of the form YEAR-NUMBER (2026-0042): CASE-1."), problems());

        sql("UPDATE case_file SET reference = '2026-00001'");
        Member other = desk.members().save(aMember().named("Dafydd Bevan").build());
        desk.cases().open(aCase(other).build()); // gets 2026-0002 (the store reads 00001 as 1)
        sql("UPDATE case_file SET reference = '2026-0001' WHERE reference = '2026-0002'");
        assertEquals(List.of("Case numbers used twice in one year: 2026-00001, 2026-0001."), problems());
    }

    @Test
    void valuesTheAppCannotReadBackAndMalformedDatesAreReported() {
        sql("UPDATE case_file SET status = 'PENDING', opened_on = '2026-02-30'");

        List<String> problems = problems();

        assertTrue(problems.contains("Unknown values in case_file.status: PENDING."), problems.toString());
        assertTrue(problems.contains("1 row of case_file with a malformed opened_on (not a date such as 2026-11-23)."),
                problems.toString());
    }

    @Test
    void aCaseWhoseMemberIsGoneIsReportedBySqliteAndByTheApp() {
        sql("PRAGMA foreign_keys = OFF");
        sql("DELETE FROM member");
        sql("PRAGMA foreign_keys = ON");

        List<String> problems = problems();

        assertTrue(problems.stream().anyMatch(p -> p.contains("case_file") && p.contains("missing member")),
                problems.toString());
    }

    @Test
    void aSearchIndexOutOfStepWithTheNotesIsReported() {
        sql("INSERT INTO note_search(rowid, summary, body) VALUES (9999, 'ghost', 'a note that is not there')");

        List<String> problems = problems();

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("The search index note_search does not match")),
                problems.toString());
    }

    @Test
    void theQuickCheckFindsWhatStopsAListLoadingAndLeavesIndexesAndTheTimelineToTheFullOne() {
        sql("UPDATE case_file SET status = 'PENDING'");
        sql("UPDATE timeline_entry SET entry_date = '2026-02-30'");
        sql("INSERT INTO note_search(rowid, summary, body) VALUES (9999, 'ghost', 'a note that is not there')");

        List<String> quick = new FileCheck(desk.database()).run(false, org.repdesk.store.Integrity.Progress.NONE)
                .problems();
        List<String> full = problems();

        assertEquals(List.of("Unknown values in case_file.status: PENDING."), quick);
        assertTrue(full.stream().anyMatch(p -> p.startsWith("The search index note_search does not match")),
                full.toString());
    }

    @Test
    void eachCheckSaysHowFarItHasGoneStepByStepToTheEnd() {
        for (boolean full : new boolean[] {false, true}) {
            List<String> steps = new java.util.ArrayList<>();
            FileCheck.Report report = new FileCheck(desk.database()).run(full, (done, total) -> steps.add(done + "/" + total));

            assertTrue(report.healthy(), report.problems().toString());
            int total = full ? 7 : 4;
            assertEquals(java.util.stream.IntStream.rangeClosed(1, total).mapToObj(i -> i + "/" + total).toList(), steps,
                    "full " + full);
        }
    }

    @Test
    void sqlitesWalkOfTheFilesPagesRunsBesideTheRulesOnAConnectionOfItsOwn() {
        for (boolean full : new boolean[] {false, true}) {
            List<String> threads = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            FileCheck.Report report = new FileCheck(desk.database()).run(full,
                    (done, total) -> threads.add(Thread.currentThread().getName()));

            assertTrue(report.healthy(), report.problems().toString());
            String caller = Thread.currentThread().getName();
            int walkSteps = full ? 4 : 1; // SQLite's steps, then the deadlines' flags, the rules and the counts
            assertEquals(java.util.Collections.nCopies(walkSteps, "repdesk-check-pages"), threads.subList(0, walkSteps),
                    "full " + full);
            assertEquals(List.of(caller, caller, caller), threads.subList(walkSteps, threads.size()), "full " + full);
        }
    }

    @Test
    void theDeadlinesFlagsAreCountedWithTheRulesNotOnTheWalkOfThePages() {
        // The flags are a statement over rows (deadline and case_file): on the walk's thread they made the
        // longer side longer (0.2-0.3 s of a core at 100,000 cases, issue 21).
        desk.cases().addDeadline(org.repdesk.model.Deadline.of(theCase.id(), java.time.LocalDate.of(2026, 12, 1),
                "Appeal letter", false));
        sql("UPDATE deadline SET case_closed = 1");

        List<String> steps = new java.util.ArrayList<>();
        FileCheck.Report report = new FileCheck(desk.database()).run(false,
                (done, total) -> steps.add(done + "/" + total + " " + Thread.currentThread().getName()));

        String caller = Thread.currentThread().getName();
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).contains("deadlines belong to closed cases"), report.problems().toString());
        assertEquals(java.util.Map.of(), report.counts());
        assertEquals(List.of("1/4 repdesk-check-pages", "2/4 " + caller, "4/4 " + caller), steps);
    }

    @Test
    void aDamagedIndexTheDeadlinesFlagsReadIsListedAsSqliteFoundItNotAnUnreadableFile() throws Exception {
        // Cases with a few deadlines each, analysed as a rep's file is (PRAGMA optimize), so the flags read the
        // deadlines through their case's index (deadline_case_open), as at 100,000 cases; enough of them for a tree
        // of pages there, whose leaf's damage SQLite's walk lists line by line (a root's, or a table's leaf, it
        // refuses at once, and the check says the file could not be read).
        sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)"
                + " INSERT INTO case_file (id, reference, member_id, case_type, status, stage, opened_on, workload_factor,"
                + " created_at, updated_at) SELECT 'case-' || i, '2025-' || printf('%04d', i), member_id, case_type, status,"
                + " stage, opened_on, workload_factor, created_at, updated_at FROM case_file, n");
        sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3)"
                + " INSERT INTO deadline (id, case_id, due_on, description, created_at)"
                + " SELECT c.id || '-' || i, c.id, '2026-12-0' || i, 'Appeal letter', '2026-11-23T00:00:00' FROM case_file c, n");
        sql("ANALYZE");
        long root = desk.database().read(c -> {
            try (Statement st = c.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'deadline_case_open'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        Path file = desk.database().file();
        desk.close(); // its pages out of the WAL and into the file
        Path copy = dir.resolve("damaged.db");
        java.nio.file.Files.copy(file, copy);
        desk = TestDesk.open(dir);
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(copy.toFile(), "rw")) {
            raf.seek((root - 1) * 4096);
            assertEquals(0x02, raf.read(), "the index's root is an interior page");
            raf.seek((root - 1) * 4096 + 8); // its right-most child
            long leaf = raf.readInt();
            byte[] noise = new byte[4096];
            new java.util.Random(7).nextBytes(noise);
            raf.seek((leaf - 1) * 4096);
            raf.write(noise);
        }

        try (org.repdesk.store.Database damaged = org.repdesk.store.Database.openToRead(copy, null)) {
            FileCheck.Report report = new FileCheck(damaged).run(false, org.repdesk.store.Integrity.Progress.NONE);

            assertTrue(!report.problems().isEmpty() && report.problems().stream().allMatch(p -> p.startsWith("SQLite quick check: ")),
                    report.problems().toString());
            assertEquals(java.util.Map.of(), report.counts());
        }
    }

    @Test
    void aFileOpenedOnlyToReadIsCheckedBesideTheRulesAndLeftUnchanged() throws Exception {
        Path file = desk.database().file();
        desk.close();
        long before = java.nio.file.Files.size(file);
        String sum = md5(file);
        try (org.repdesk.store.Database readOnly = org.repdesk.store.Database.openToRead(file, null)) {
            FileCheck.Report report = new FileCheck(readOnly).run(true, org.repdesk.store.Integrity.Progress.NONE);
            assertTrue(report.healthy(), report.problems().toString());
            assertEquals(1L, report.counts().get("case_file"));
        }
        assertEquals(before, java.nio.file.Files.size(file));
        assertEquals(sum, md5(file));
        desk = TestDesk.open(dir);
    }

    private static String md5(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(java.nio.file.Files.readAllBytes(file)));
    }

    private List<String> problems() {
        return new FileCheck(desk.database()).run().problems();
    }

    private void sql(String statement) {
        desk.database().read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }
}
