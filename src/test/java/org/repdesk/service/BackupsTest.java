package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.store.Database;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestDesk;

class BackupsTest {

    @TempDir
    Path dir;

    private Path dataFile() {
        return dir.resolve("repdesk.db");
    }

    /** A clock the test moves forward, as days pass between starts. */
    private static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(TestDesk.fixedClock().instant());

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private static int members(Path file) {
        try (RepDesk desk = new RepDesk(Database.openCopy(file), TestDesk.fixedClock())) {
            return desk.members().all().size();
        }
    }

    private void withMembers(int n) {
        try (RepDesk desk = RepDesk.open(dataFile())) {
            for (int i = 0; i < n; i++) {
                desk.members().save(aMember().build());
            }
        }
    }

    @Test
    void aBackupTakenWhileTheFileIsOpenHoldsEverySavedMemberAndIsOwnerOnly() throws Exception {
        try (RepDesk desk = RepDesk.open(dataFile())) {
            desk.members().save(aMember().named("Siân 李 😀").build());
            desk.members().save(aMember().build());
            Backups.Backup b = new Backups(desk).now();

            assertTrue(b.file().startsWith(dir.resolve("backups")));
            assertTrue(b.file().getFileName().toString().matches("repdesk-\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d-manual\\.db"),
                    b.file().toString());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file())));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file().getParent())));
            desk.members().save(aMember().build()); // the app keeps writing; the backup is unaffected
            assertEquals(2, members(b.file()));
        }
    }

    @Test
    void theAppTakesOneSnapshotADayAtStartAndKeepsTheNewest14() {
        withMembers(1);
        MovingClock clock = new MovingClock();
        for (int day = 0; day < 20; day++) {
            try (Database db = Database.open(dataFile())) {
                Backups backups = new Backups(db, clock);
                assertTrue(backups.atStart().isPresent(), "day " + day);
                assertEquals(Optional.empty(), backups.atStart(), "a second start the same day adds nothing");
            }
            clock.advance(Duration.ofDays(1));
        }
        try (Database db = Database.open(dataFile())) {
            List<Backups.Backup> kept = new Backups(db, clock).list();
            assertEquals(14, kept.size());
            assertEquals(TestDesk.TODAY.plusDays(19), kept.get(0).takenAt().toLocalDate());
            assertEquals(TestDesk.TODAY.plusDays(6), kept.get(13).takenAt().toLocalDate());
        }
    }

    @Test
    void howManySnapshotsToKeepIsASettingAndTheRepsOwnBackupsAreNeverRotatedAway() {
        withMembers(1);
        MovingClock clock = new MovingClock();
        try (Database db = Database.open(dataFile())) {
            Backups backups = new Backups(db, clock);
            Backups.Backup mine = backups.now();
            for (int day = 0; day < 6; day++) {
                clock.advance(Duration.ofDays(1));
                backups.atStart();
            }
            backups.keep(3);
            assertEquals(3, backups.keep());
            List<Backups.Backup> kept = backups.list();
            assertEquals(4, kept.size());
            assertTrue(kept.stream().anyMatch(b -> b.file().equals(mine.file())));
            assertThrows(ValidationException.class, () -> backups.keep(0));
        }
    }

    @Test
    void restoreChecksTheBackupKeepsTheCurrentFileAsideAndSaysWhatItReplaced() throws Exception {
        withMembers(2);
        Path backup;
        try (RepDesk desk = RepDesk.open(dataFile())) {
            backup = new Backups(desk).now().file();
            desk.members().save(aMember().build());
        }
        byte[] backupBytes = Files.readAllBytes(backup);

        Backups.Restored r = Backups.restore(dataFile(), backup, TestDesk.fixedClock());

        assertEquals(2, members(dataFile()));
        Path aside = r.keptAside().orElseThrow();
        assertEquals("repdesk-replaced-2026-11-23_10-00-00.db", aside.getFileName().toString());
        assertEquals(3, members(aside));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataFile())));
        String said = String.join("\n", r.describe());
        assertTrue(said.contains("2 members"), said);
        assertTrue(said.contains("3 members"), said);
        assertTrue(said.contains(aside.toString()), said);
        assertArrayEquals(backupBytes, Files.readAllBytes(backup), "the backup itself is not changed");
        try (var files = Files.list(dir.resolve("backups"))) {
            assertEquals(List.of(backup.getFileName().toString()),
                    files.map(p -> p.getFileName().toString()).toList(), "no checking copies left behind");
        }
    }

    @Test
    void restoreRefusesATextFileAForeignDatabaseAndAFileFromANewerRepDeskAndChangesNothing() throws Exception {
        withMembers(2);
        byte[] before = Files.readAllBytes(dataFile());
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "shopping list", StandardCharsets.UTF_8);
        Path foreign = dir.resolve("recipes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipe (name TEXT)");
        }
        Path newer = dir.resolve("newer.db");
        Database.open(newer).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }

        for (Path bad : List.of(text, foreign, newer)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> Backups.restore(dataFile(), bad, TestDesk.fixedClock()), bad.toString());
            assertTrue(e.getMessage().contains("cannot be restored"), e.getMessage());
            assertTrue(e.getMessage().contains("The data file was not changed"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(dataFile()));
        }
        assertEquals(StoreException.Kind.NEWER_VERSION, assertThrows(StoreException.class,
                () -> Backups.restore(dataFile(), newer, TestDesk.fixedClock())).kind());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains("replaced")));
        }
    }

    @Test
    void aDamagedCurrentFileIsKeptAsideByteForByteWhenABackupIsRestored() throws Exception {
        withMembers(2);
        Path backup;
        try (RepDesk desk = RepDesk.open(dataFile())) {
            backup = new Backups(desk).now().file();
        }
        damage(dataFile());
        byte[] damaged = Files.readAllBytes(dataFile());

        Backups.Restored r = Backups.restore(dataFile(), backup, TestDesk.fixedClock());

        assertArrayEquals(damaged, Files.readAllBytes(r.keptAside().orElseThrow()));
        assertEquals(2, members(dataFile()));
        assertTrue(r.describe().get(1).contains("could not be opened"), r.describe().toString());
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        withMembers(2);
        Path backup;
        try (RepDesk desk = RepDesk.open(dataFile())) {
            backup = new Backups(desk).now().file();
        }
        damage(backup);
        byte[] before = Files.readAllBytes(dataFile());
        StoreException e = assertThrows(StoreException.class,
                () -> Backups.restore(dataFile(), backup, TestDesk.fixedClock()));
        assertEquals(StoreException.Kind.DAMAGED, e.kind(), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dataFile()));
    }

    @Test
    void aDamagedFileIsReportedAtStartAndNeverSnapshotted() throws Exception {
        withMembers(30);
        damage(dataFile());
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Database db = Database.open(dataFile())) {
                new Backups(db, TestDesk.fixedClock()).atStart();
            }
        });
        assertEquals(StoreException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains("restore it from a backup"), e.getMessage());
        assertTrue(Backups.list(dataFile()).isEmpty());
    }

    @Test
    void theStartOfDaySnapshotIsTakenOnASecondConnectionWhileTheAppGoesOnSaving() throws Exception {
        startOfDayWhileSaving(null);
    }

    @Test
    void theStartOfDaySnapshotOfAProtectedFileIsProtected() throws Exception {
        startOfDayWhileSaving("correct horse battery".toCharArray());
        Path snapshot = Backups.list(dataFile()).get(0).file();
        assertTrue(Database.isProtected(snapshot));
    }

    private void startOfDayWhileSaving(char[] passphrase) throws Exception {
        withMembers(20);
        if (passphrase != null) {
            try (RepDesk desk = RepDesk.open(dataFile())) {
                desk.protection().change(null, passphrase, passphrase);
            }
        }
        try (RepDesk desk = new RepDesk(Database.open(dataFile(), passphrase), TestDesk.fixedClock())) {
            // The app's own connection is busy inside a transaction the whole time: the side
            // connection must neither wait for it nor see its unfinished work.
            java.util.concurrent.CompletableFuture<Optional<String>> startOfDay = new java.util.concurrent.CompletableFuture<>();
            desk.database().write(c -> {
                desk.members().save(aMember().build());
                Thread side = new Thread(() -> {
                    try {
                        startOfDay.complete(Backups.startOfDay(desk, TestDesk.fixedClock()));
                    } catch (RuntimeException e) {
                        startOfDay.completeExceptionally(e);
                    }
                });
                side.start();
                try {
                    side.join(30_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            assertEquals(Optional.empty(), startOfDay.get(1, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(21, desk.members().all().size());
            assertEquals(Optional.empty(), Backups.startOfDay(desk, TestDesk.fixedClock()), "once a day");
        }
        List<Backups.Backup> backups = Backups.list(dataFile());
        assertEquals(1, backups.size());
        try (RepDesk snapshot = new RepDesk(Database.openCopy(backups.get(0).file(), passphrase), TestDesk.fixedClock())) {
            assertEquals(20, snapshot.members().all().size(), "the snapshot holds what was committed when it began");
        }
    }

    /**
     * The day's check and snapshot run while the rep works, so they go in small steps and give way to
     * the rep between them (issue 21): the online backup was one call that read and wrote the whole
     * file (626 MB at 100,000 cases) through the screens the rep opened meanwhile.
     */
    @Test
    void theDaysCheckAndSnapshotGiveWayToTheRepBetweenSmallStepsOfTheCopy() {
        daysWorkGivesWay(null);
    }

    @Test
    void theDaysSnapshotOfAProtectedFileGivesWayAndIsProtected() {
        daysWorkGivesWay("correct horse battery".toCharArray());
        assertTrue(Database.isProtected(Backups.list(dataFile()).get(0).file()));
    }

    private void daysWorkGivesWay(char[] passphrase) {
        FilesOfMembers.addInOneGo(dataFile(), 2_000, passphrase);
        java.util.concurrent.atomic.AtomicInteger whileCopying = new java.util.concurrent.atomic.AtomicInteger();
        try (RepDesk desk = new RepDesk(Database.open(dataFile(), passphrase), TestDesk.fixedClock())) {
            assertEquals(Optional.empty(), Backups.startOfDay(desk, TestDesk.fixedClock(), inSmallSteps(() -> {
                if (copying()) {
                    whileCopying.incrementAndGet();
                }
            })));
        }
        assertTrue(whileCopying.get() >= 3, "the copy gave way " + whileCopying.get() + " times");
        assertEquals(1, Backups.list(dataFile()).size());
        assertEquals(2_000, FilesOfMembers.count(Backups.list(dataFile()).get(0).file(), passphrase));
    }

    /**
     * While the day's copy waits for the rep, the rep saves: the copy goes on (it is one read of the
     * file, not started again) and holds the file as it was when it began, whole and healthy.
     */
    @Test
    void whatTheRepSavesWhileTheDaysCopyWaitsIsNotInItAndTheCopyStillEnds() {
        FilesOfMembers.addInOneGo(dataFile(), 2_000, null);
        java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger();
        try (RepDesk desk = RepDesk.open(dataFile())) {
            assertEquals(Optional.empty(), Backups.startOfDay(desk, TestDesk.fixedClock(), inSmallSteps(() -> {
                if (copying() && saved.get() < 3) {
                    desk.members().save(aMember().build()); // on the app's own connection, as the rep's save is
                    saved.incrementAndGet();
                }
            })));
            assertEquals(3, saved.get(), "the rep saved while the copy waited");
            assertEquals(2_003, desk.members().all().size());
        }
        Path snapshot = Backups.list(dataFile()).get(0).file();
        assertEquals(2_000, members(snapshot), "the snapshot holds what was saved when it began");
        Backups.check(dataFile(), snapshot); // a RepDesk file, healthy: throws otherwise
    }

    /**
     * The day's copy gives way to the rep, so the app may be closed before it ends: the part file it
     * left (hundreds of MB on a large file) is deleted by the next day's copy, and nothing else is.
     */
    @Test
    void anUnfinishedDaysCopyLeftByAClosedAppIsDeletedByTheNextOne() throws Exception {
        withMembers(1);
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path leftOver = Files.writeString(folder.resolve(".repdesk-2026-11-30_09-00-00-start.db.123.part"), "half");
        Path itsJournal = Files.writeString(folder.resolve(".repdesk-2026-11-30_09-00-00-start.db.123.part-journal"), "j");
        Path repsOwn = Files.writeString(folder.resolve(".repdesk-2026-11-30_09-00-00-manual.db.456.part"), "half");
        Path otherFiles = Files.writeString(folder.resolve(".other-2026-11-30_09-00-00-start.db.789.part"), "half");
        try (RepDesk desk = RepDesk.open(dataFile())) {
            assertEquals(Optional.empty(), Backups.startOfDay(desk, TestDesk.fixedClock()));
        }
        assertFalse(Files.exists(leftOver));
        assertFalse(Files.exists(itsJournal));
        assertTrue(Files.exists(repsOwn), "a copy the rep asked for may still be being written");
        assertTrue(Files.exists(otherFiles));
    }

    /** {@code between} asked between steps short enough for a test's small file to have many. */
    private static org.repdesk.store.GiveWay inSmallSteps(Runnable between) {
        return new org.repdesk.store.GiveWay() {
            @Override
            public void betweenSteps() {
                between.run();
            }

            @Override
            public int instructionsPerStep() {
                return 1_000;
            }
        };
    }

    /** True while a snapshot is being written (its part file is in the backups folder). */
    private boolean copying() {
        try (var files = Files.list(dir.resolve("backups"))) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void restoreIsRefusedWhileRepDeskHasTheFileOpen() throws Exception {
        withMembers(1);
        try (RepDesk desk = RepDesk.open(dataFile())) {
            Path backup = new Backups(desk).now().file();
            StoreException e = assertThrows(StoreException.class,
                    () -> Backups.restore(dataFile(), backup, TestDesk.fixedClock()));
            assertEquals(StoreException.Kind.BUSY, e.kind());
        }
    }

    @Test
    void aBackupToAChosenFileIsRefusedOverAnExistingFileOrTheDataFileItself() throws Exception {
        withMembers(1);
        try (RepDesk desk = RepDesk.open(dataFile())) {
            Backups backups = new Backups(desk);
            Path out = dir.resolve("copy.db");
            backups.copyTo(out);
            assertEquals(1, members(out));
            byte[] copy = Files.readAllBytes(out);
            assertThrows(StoreException.class, () -> backups.copyTo(out));
            assertArrayEquals(copy, Files.readAllBytes(out));
            assertThrows(StoreException.class, () -> backups.copyTo(dataFile()));
        }
    }

    /** Overwrites the pages after the first with noise, keeping the header: SQLite finds the file malformed. */
    static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long size = raf.length();
            java.util.Random random = new java.util.Random(7);
            byte[] noise = new byte[4096];
            for (long at = 4096; at < size; at += 4096 * 2) {
                random.nextBytes(noise);
                raf.seek(at);
                raf.write(noise, 0, (int) Math.min(noise.length, size - at));
            }
        }
    }
}
