package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CasebookAddress;
import org.repdesk.testing.TestCasebooks;

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
}
