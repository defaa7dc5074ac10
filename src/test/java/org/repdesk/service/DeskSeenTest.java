package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.report.Caseload;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * {@link RepDesk#seen()}: what tells the dashboard, returned to, whether its figures may have changed. Equal
 * only while nothing was written; a casebook gives none (other reps write there), so its figures are read again.
 */
class DeskSeenTest {

    @TempDir
    Path dir;

    @Test
    void readingLeavesTheMarkAsItWasAndEachWriteMovesIt() throws Exception {
        try (RepDesk desk = TestDesk.open(dir)) {
            RepDesk.Seen before = desk.seen().orElseThrow();
            Caseload.of(desk, 4); // the dashboard's own reads write nothing
            Caseload.Workload.of(desk);
            desk.hearings().dueSoon();
            assertEquals(before, desk.seen().orElseThrow());

            desk.members().save(aMember().named("Siân Prydderch").build());
            RepDesk.Seen afterOwnWrite = desk.seen().orElseThrow();
            assertNotEquals(before, afterOwnWrite, "a write through this desk");

            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repdesk.db"));
                    Statement st = other.createStatement()) {
                st.executeUpdate("UPDATE member SET name = name");
            }
            assertNotEquals(afterOwnWrite, desk.seen().orElseThrow(), "another connection's commit");
        }
    }

    @Test
    void aCasebookGivesNoMarkSoItsFiguresAreReadAgain() {
        try (RepDesk desk = new RepDesk(TestCasebooks.open(TestCasebooks.fresh(), TestCasebooks.REP), TestDesk.fixedClock())) {
            assertTrue(desk.seen().isEmpty());
        }
    }
}
