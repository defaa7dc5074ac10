package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseMatches;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.testing.TestDesk;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cases list's search ({@code match}: row numbers, its own connection, stoppable) against the
 * store's search by ids, on generated casework, and what keeps its note-to-case table true.
 */
class CaseMatchTest {

    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @Test
    void theListsSearchFindsExactlyTheCasesTheStoresSearchFinds() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(60, 300, DemoData.DEFAULT_SEED);
            List<CaseListRow> rows = desk.cases().listRows();
            int nonEmpty = 0;
            for (String text : List.of("phased return", "capability", "patel", "occupational health", "pa",
                    "hearing", rows.get(7).reference(), rows.get(11).memberName(), "no such words anywhere")) {
                Set<UUID> byId = desk.cases().search(text);
                assertEquals(byId, CompactSearchTest.listed(rows, desk.cases().match(text)), text);
                assertEquals(byId.size(), desk.cases().match(text).size(), text);
                nonEmpty += byId.isEmpty() ? 0 : 1;
            }
            assertTrue(nonEmpty >= 6, "the texts find cases in the demo data: " + nonEmpty);
        }
    }

    @Test
    void aNoteSavedOrDeletedMovesTheCaseInOrOutOfTheListsSearchAndTheFileCheckStaysClean() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(10, 30, DemoData.DEFAULT_SEED);
            CaseListRow row = desk.cases().listRows().get(3);
            assertTrue(desk.cases().match("quixotic").isEmpty());
            TimelineEntry note = desk.cases().addEntry(TimelineEntry.of(row.caseId(), TestDesk.TODAY, EntryKind.NOTE,
                    "Quixotic targets", "The team's WMT figures."));
            CaseMatches found = desk.cases().match("quixotic");
            assertEquals(1, found.size());
            assertTrue(found.contains(row));
            assertEquals(List.of(), new FileCheck(desk.database()).run().problems());
            desk.cases().deleteEntry(note.id());
            assertTrue(desk.cases().match("quixotic").isEmpty());
            desk.cases().delete(row.caseId()); // its notes go with it (ON DELETE CASCADE), and their note_case rows
            assertEquals(List.of(), new FileCheck(desk.database()).run().problems());
        }
    }

    @Test
    void theFileCheckNoticesANoteFiledUnderTheWrongCase() throws Exception {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(10, 30, DemoData.DEFAULT_SEED);
            desk.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("UPDATE note_case SET case_row = case_row + 1"
                            + " WHERE entry = (SELECT min(entry) FROM note_case)");
                }
            });
            List<String> problems = new FileCheck(desk.database()).run().problems();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("which case each note belongs to"), problems.get(0));
        }
    }

    @Test
    void aNewerKeystrokeStopsTheSearchRunningOnAnotherThread() throws Exception {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(20, 100, DemoData.DEFAULT_SEED);
            desk.cases().match("warm up"); // opens the search connection
            // A query that runs until stopped: an endless recursive count on the search connection.
            CountDownLatch counting = new CountDownLatch(1);
            CompletableFuture<Object> endless = CompletableFuture.supplyAsync(() -> desk.database().search(c -> {
                try (Statement st = c.createStatement()) {
                    counting.countDown();
                    return st.executeQuery("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
                            + " SELECT count(*) FROM n").getLong(1);
                }
            }));
            assertTrue(counting.await(10, TimeUnit.SECONDS), "the count began");
            assertFalse(endless.isDone(), "still counting");
            // A stop stops what runs now: one that comes before the count's first step is the
            // keystroke before it, so stop again, as the next keystroke would, until it has stopped.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                desk.cases().cancelMatching();
                return endless.isDone();
            });
            Throwable stopped = assertThrows(Exception.class, () -> endless.get(10, TimeUnit.SECONDS));
            assertTrue(stopped.getCause() instanceof CancellationException, String.valueOf(stopped));
            // Stopping when nothing runs changes nothing for the next search; saves never use this connection.
            desk.cases().cancelMatching();
            assertFalse(desk.cases().match("phased return").isEmpty());
            assertEquals(desk.cases().search("phased return").size(), desk.cases().match("phased return").size());
        }
    }

    @Test
    void aSearchRacingTheAppsExitIsDroppedQuietlyNotRunOnAClosedFile() {
        RepDesk desk = TestDesk.open(dir);
        desk.cases().match("warm up");
        desk.close();
        assertThrows(CancellationException.class, () -> desk.cases().match("phased return"));
    }

    @Test
    void afterThePassphraseIsSetOrChangedTheListsSearchStillWorks() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(10, 40, DemoData.DEFAULT_SEED);
            int before = desk.cases().match("phased return").size(); // search connection open on the plain file
            assertTrue(before > 0);
            desk.protection().change(null, PASS, PASS);
            assertEquals(before, desk.cases().match("phased return").size());
            char[] next = "another long passphrase".toCharArray();
            desk.protection().change(PASS, next, next);
            assertEquals(before, desk.cases().match("phased return").size());
        }
    }
}
