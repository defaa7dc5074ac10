package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;

/** The command line on a protected data file: passphrases from the environment, never arguments. */
class PassphraseCommandTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    private CliRun repdesk(Object... args) {
        return CliRun.of(env::get, args);
    }

    private Path demoFile() {
        Path db = dir.resolve("desk.db");
        CliRun demo = repdesk("--db", db, "demo", "--members", "6", "--cases", "10");
        assertEquals(0, demo.exit(), demo.err());
        return db;
    }

    @Test
    void setThenUseThenChangeThenRemoveThePassphraseFromTheEnvironment() throws Exception {
        Path db = demoFile();
        assertTrue(repdesk("--db", db, "passphrase", "status").out().contains("is not protected"));

        env.put(Passphrases.NEW, "correct horse battery");
        CliRun set = repdesk("--db", db, "passphrase", "set");
        assertEquals(0, set.exit(), set.err());
        assertTrue(set.out().contains("now protected"), set.out());
        assertTrue(RepDesk.isProtected(db));

        env.remove(Passphrases.NEW);
        CliRun locked = repdesk("--db", db, "check");
        assertEquals(1, locked.exit());
        assertTrue(locked.err().contains("protected with a passphrase") && locked.err().contains(Passphrases.CURRENT),
                locked.err());

        env.put(Passphrases.CURRENT, "wrong horse battery");
        CliRun wrong = repdesk("--db", db, "check");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("passphrase is not right"), wrong.err());

        env.put(Passphrases.CURRENT, "correct horse battery");
        CliRun check = repdesk("--db", db, "check");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("10 cases"), check.out());

        env.put(Passphrases.NEW, "staple battery horse correct");
        CliRun change = repdesk("--db", db, "passphrase", "change");
        assertEquals(0, change.exit(), change.err());
        assertTrue(change.out().startsWith("The passphrase was changed: the data file is now protected with the new one."),
                change.out());
        assertEquals(1, repdesk("--db", db, "check").exit(), "the old passphrase no longer opens it");
        env.put(Passphrases.CURRENT, "staple battery horse correct");
        CliRun remove = repdesk("--db", db, "passphrase", "remove");
        assertEquals(0, remove.exit(), remove.err());
        assertTrue(remove.out().startsWith("The passphrase was removed: the data file is now plain"), remove.out());
        assertFalse(RepDesk.isProtected(db));
        env.clear();
        assertEquals(0, repdesk("--db", db, "check").exit());
    }

    /**
     * The command line cannot take the file from under a running RepDesk, whose day's copy may be
     * waiting for the rep with the file open: refused in one line, the file and the copy untouched.
     */
    @Test
    void aPassphraseSetWhileRepDeskHasTheFileOpenAndItsDaysCopyWaitsIsRefusedInOneLine() throws Exception {
        Path db = demoFile();
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
        try (RepDesk desk = RepDesk.open(db)) {
            java.util.concurrent.CompletableFuture<java.util.Optional<String>> day = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> org.repdesk.service.Backups.startOfDay(desk, java.time.Clock.systemDefaultZone(), () -> {
                        waiting.countDown();
                        try {
                            goOn.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertTrue(waiting.await(30, java.util.concurrent.TimeUnit.SECONDS));
            env.put(Passphrases.NEW, "correct horse battery");
            CliRun set = repdesk("--db", db, "passphrase", "set");
            assertEquals(1, set.exit());
            assertEquals(1, set.err().strip().lines().count(), set.err());
            assertTrue(set.err().contains("already using"), set.err());
            goOn.countDown();
            assertEquals(java.util.Optional.empty(), day.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertFalse(RepDesk.isProtected(db));
    }

    @Test
    void aTooShortNewPassphraseIsRefusedAndTheFileStaysPlain() {
        Path db = demoFile();
        env.put(Passphrases.NEW, "short");
        CliRun run = repdesk("--db", db, "passphrase", "set");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("at least 12 characters"), run.err());
        assertFalse(RepDesk.isProtected(db));
    }

    @Test
    void exportsFromAProtectedFileAreWrittenOnlyWithPlainTextSaidOutLoud() throws Exception {
        Path db = demoFile();
        env.put(Passphrases.NEW, "correct horse battery");
        assertEquals(0, repdesk("--db", db, "passphrase", "set").exit());
        env.put(Passphrases.CURRENT, "correct horse battery");
        Path csv = dir.resolve("cases.csv");

        CliRun refused = repdesk("--db", db, "export", "cases", "--format", "csv", "--out", csv);
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("--plain-text"), refused.err());
        assertFalse(Files.exists(csv));

        CliRun brief = repdesk("--db", db, "brief", "--out", dir.resolve("brief.md"));
        assertEquals(1, brief.exit());
        assertFalse(Files.exists(dir.resolve("brief.md")));

        CliRun written = repdesk("--db", db, "export", "cases", "--format", "csv", "--out", csv, "--plain-text");
        assertEquals(0, written.exit(), written.err());
        assertTrue(Files.readString(csv).contains("reference"));
    }

    @Test
    void backupOfAProtectedFileIsProtectedAndRestoresWithTheSamePassphrase() throws Exception {
        Path db = demoFile();
        env.put(Passphrases.NEW, "correct horse battery");
        assertEquals(0, repdesk("--db", db, "passphrase", "set").exit());
        env.put(Passphrases.CURRENT, "correct horse battery");
        Path copy = dir.resolve("copy.db");
        CliRun backup = repdesk("--db", db, "backup", "--out", copy);
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(RepDesk.isProtected(copy));
        CliRun restore = repdesk("--db", db, "restore", copy);
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(RepDesk.isProtected(db));
    }
}
