package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.store.Database;
import org.repdesk.store.Integrity;
import org.repdesk.testing.CaseWriter;
import org.repdesk.testing.ChildJvm;
import org.repdesk.testing.TestDesk;

/**
 * A rep's laptop loses power, or RepDesk is killed, in the middle of saving: SIGKILL gives the
 * process no chance to tidy up. Every save RepDesk reported as done must survive, and the file
 * must pass SQLite's integrity check.
 */
class CrashSafetyTest {

    /** Kill rounds; the figure docs/data-safety.md quotes. */
    static final int ROUNDS = 5;
    private static final Logger LOG = Logger.getLogger(CrashSafetyTest.class.getName());

    @TempDir
    Path dir;

    @Test
    void everyCaseReportedSavedSurvivesFiveKillsMidWriteAndTheFilePassesTheIntegrityCheck() throws Exception {
        killMidWrite(null);
    }

    @Test
    void theSameHoldsForAFileProtectedWithAPassphrase() throws Exception {
        killMidWrite("correct horse battery");
    }

    private void killMidWrite(String passphrase) throws Exception {
        Path file = dir.resolve("repdesk.db");
        char[] key = passphrase == null ? null : passphrase.toCharArray();
        Database.open(file, key).close(); // created and migrated once; the writers only add cases
        String[] writerArgs = passphrase == null ? new String[] {file.toString()} : new String[] {file.toString(), passphrase};
        Random random = new Random(20261123);
        List<String> committed = new ArrayList<>();
        int killedMidWrite = 0;

        for (int round = 0; round < ROUNDS; round++) {
            try (ChildJvm writer = ChildJvm.start(CaseWriter.class, writerArgs)) {
                assertEquals("ready", writer.nextLine(30), "the writer did not start");
                int waitFor = 5 + random.nextInt(40); // kill after a varying number of saves
                for (int i = 0; i < waitFor; i++) {
                    String line = writer.nextLine(30);
                    assertNotNull(line, "the writer stopped on its own");
                    committed.add(reference(line));
                }
                writer.kill(); // SIGKILL, while it is inside the next save
                for (String line : writer.remainingLines()) {
                    if (line.matches("committed \\d{4}-\\d{4,}")) {
                        committed.add(reference(line)); // printed just before the kill
                    }
                }
                killedMidWrite++;
            }

            try (RepDesk desk = new RepDesk(Database.open(file, key), TestDesk.fixedClock())) {
                Integrity integrity = new Integrity(desk.database());
                assertEquals(List.of(), integrity.sqliteProblems(), "after kill " + (round + 1));
                assertEquals(List.of(), integrity.appProblems(), "after kill " + (round + 1));
                for (String reference : committed) {
                    assertTrue(desk.cases().byReference(reference).isPresent(),
                            reference + " was reported saved before kill " + (round + 1) + " but is missing");
                }
            }
        }
        assertEquals(ROUNDS, killedMidWrite);
        assertTrue(committed.size() >= ROUNDS * 5, committed.size() + " saves");
        assertEquals(passphrase != null, Database.isProtected(file), "still encrypted after the kills");
        LOG.info(() -> "crash safety" + (passphrase == null ? "" : " (protected file)") + ": " + ROUNDS
                + " kills survived, " + committed.size() + " committed cases checked");
    }

    private static String reference(String line) {
        assertTrue(line.startsWith("committed "), line);
        return line.substring("committed ".length());
    }
}
