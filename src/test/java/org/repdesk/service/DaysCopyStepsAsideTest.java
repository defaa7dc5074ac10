package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.store.Database;
import org.repdesk.store.GiveWay;
import org.repdesk.testing.TestDesk;

/**
 * The day's snapshot is one read of the file that may wait minutes for the rep (it gives way while they
 * work). Whatever the rep does meanwhile that needs the file to itself (a passphrase set, changed or
 * removed, a restore, leaving the file for a casebook, closing RepDesk) stops it first: the part file
 * goes, nothing saved is lost, nothing is refused, and the day's snapshot is taken another time (at
 * once after a passphrase change, under the new one; else at the next start).
 */
class DaysCopyStepsAsideTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    private static final char[] NEW_PASSPHRASE = "another horse entirely".toCharArray();

    @TempDir
    Path dir;

    private Path dataFile() {
        return dir.resolve("repdesk.db");
    }

    /**
     * The day's work on its own thread, made to wait at its first step once its copy has begun (as
     * it waits while the rep uses the window) until the test lets it go on, or it is stopped.
     */
    private final class DaysWork {
        final CountDownLatch waiting = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);
        final AtomicInteger copiesBegun = new AtomicInteger();
        final CompletableFuture<Optional<String>> ended = new CompletableFuture<>();
        private boolean wasCopying;

        DaysWork(RepDesk desk) {
            GiveWay giveWay = new GiveWay() {
                @Override
                public void betweenSteps() {
                    boolean copying = copying();
                    if (copying && !wasCopying) {
                        copiesBegun.incrementAndGet();
                    }
                    wasCopying = copying;
                    if (copying && copiesBegun.get() == 1) {
                        waiting.countDown();
                        try {
                            goOn.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt(); // as the window's wait does
                        }
                    }
                }

                @Override
                public int instructionsPerStep() {
                    return 1_000;
                }
            };
            Thread thread = new Thread(() -> {
                try {
                    ended.complete(Backups.startOfDay(desk, TestDesk.fixedClock(), giveWay));
                } catch (Throwable e) {
                    ended.completeExceptionally(e);
                }
            }, "test-start-of-day");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits until the copy has begun and waits for the rep. */
        DaysWork waitingMidway() throws Exception {
            assertTrue(waiting.await(30, TimeUnit.SECONDS), "the day's copy began");
            assertTrue(copying());
            return this;
        }

        /** How the day's work ended: empty (nothing to tell the rep), or what would be said. */
        Optional<String> outcome() throws Exception {
            try {
                return ended.get(30, TimeUnit.SECONDS);
            } finally {
                goOn.countDown();
            }
        }
    }

    /** True while a snapshot is being written (its part file, or that file's journal, is in the folder). */
    private boolean copying() {
        return !partFiles().isEmpty();
    }

    private List<Path> partFiles() {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(".part")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Backups.Backup> startSnapshots() {
        return Backups.list(dataFile()).stream().filter(b -> b.file().getFileName().toString().endsWith("-start.db"))
                .toList();
    }

    @Test
    void aPassphraseSetWhileTheDaysCopyWaitsStopsItAndTheCopyIsTakenAgainUnderTheNewOne() throws Exception {
        passphraseChangedMidway(null, PASSPHRASE);
    }

    @Test
    void aPassphraseChangedWhileTheDaysCopyWaitsStopsItAndTheCopyIsTakenAgainUnderTheNewOne() throws Exception {
        passphraseChangedMidway(PASSPHRASE, NEW_PASSPHRASE);
    }

    @Test
    void aPassphraseRemovedWhileTheDaysCopyWaitsStopsItAndTheCopyIsTakenAgainPlain() throws Exception {
        passphraseChangedMidway(PASSPHRASE, null);
    }

    private void passphraseChangedMidway(char[] was, char[] next) throws Exception {
        FilesOfMembers.addInOneGo(dataFile(), 2_000, was);
        try (RepDesk desk = new RepDesk(Database.open(dataFile(), was), TestDesk.fixedClock())) {
            DaysWork day = new DaysWork(desk).waitingMidway();
            desk.members().save(aMember().build());
            if (next == null) {
                desk.protection().remove(was);
            } else {
                desk.protection().change(was, next, next);
            }
            assertEquals(Optional.empty(), day.outcome(), "nothing to tell the rep");
            assertEquals(2, day.copiesBegun.get(), "the day's copy was begun again after the change");
            desk.members().save(aMember().build());
            assertEquals(2_002, desk.members().all().size());
        }
        assertEquals(List.of(), partFiles());
        List<Backups.Backup> snapshots = startSnapshots();
        assertEquals(1, snapshots.size());
        Path snapshot = snapshots.get(0).file();
        assertEquals(next != null, Database.isProtected(snapshot), "the day's snapshot is under the new passphrase");
        assertEquals(2_001, FilesOfMembers.count(snapshot, next));
        assertEquals(2_002, FilesOfMembers.count(dataFile(), next));
    }

    @Test
    void closingRepDeskWhileTheDaysCopyWaitsStopsItAtOnceAndLeavesNoPartFile() throws Exception {
        FilesOfMembers.addInOneGo(dataFile(), 2_000, null);
        RepDesk desk = RepDesk.open(dataFile());
        DaysWork day = new DaysWork(desk).waitingMidway();
        desk.members().save(aMember().build());
        long began = System.nanoTime();
        desk.close();
        Optional<String> outcome = day.outcome();
        long tookMillis = (System.nanoTime() - began) / 1_000_000;
        assertEquals(Optional.empty(), outcome, "nothing to tell the rep");
        assertTrue(tookMillis < 10_000, "closing took " + tookMillis + " ms");
        assertEquals(List.of(), partFiles());
        assertEquals(List.of(), startSnapshots());
        assertEquals(2_001, FilesOfMembers.count(dataFile(), null));
        try (RepDesk next = RepDesk.open(dataFile())) {
            assertEquals(Optional.empty(), Backups.startOfDay(next, TestDesk.fixedClock()));
        }
        assertEquals(1, startSnapshots().size(), "the next start takes the day's snapshot");
    }

    /**
     * Going over to a casebook closes the rep's own file (and so stops the day's copy); bringing the
     * file into the casebook then reads it whole, what was saved while the copy waited included.
     */
    @Test
    void leavingTheFileForACasebookWhileTheDaysCopyWaitsLetsTheFileBeBroughtIn() throws Exception {
        FilesOfMembers.addInOneGo(dataFile(), 2_000, PASSPHRASE);
        RepDesk desk = new RepDesk(Database.open(dataFile(), PASSPHRASE), TestDesk.fixedClock());
        DaysWork day = new DaysWork(desk).waitingMidway();
        desk.members().save(aMember().build());
        desk.close(); // what switching the window to a casebook does with the desk it leaves
        assertEquals(Optional.empty(), day.outcome());
        assertEquals(List.of(), partFiles());
        try (RepDesk source = RepDesk.openCopy(dataFile(), PASSPHRASE.clone())) { // as bringing it in opens it
            assertEquals(2_001, source.members().all().size());
        }
    }

    @Test
    void aBackupMadeNowWhileTheDaysCopyWaitsIsMadeAndTheDaysCopyStillEnds() throws Exception {
        FilesOfMembers.addInOneGo(dataFile(), 2_000, null);
        try (RepDesk desk = RepDesk.open(dataFile())) {
            DaysWork day = new DaysWork(desk).waitingMidway();
            desk.members().save(aMember().build());
            Path own = new Backups(desk).now().file();
            assertEquals(2_001, FilesOfMembers.count(own, null));
            day.goOn.countDown();
            assertEquals(Optional.empty(), day.outcome());
        }
        assertEquals(List.of(), partFiles());
        assertEquals(1, startSnapshots().size());
        assertEquals(2_000, FilesOfMembers.count(startSnapshots().get(0).file(), null));
    }

    @Test
    void aRestoreWhileTheDaysCopyWaitsStopsItAndRestores() throws Exception {
        FilesOfMembers.addInOneGo(dataFile(), 2_000, PASSPHRASE);
        Path backup;
        Backups.Restored restored;
        try (RepDesk desk = new RepDesk(Database.open(dataFile(), PASSPHRASE), TestDesk.fixedClock())) {
            backup = new Backups(desk).now().file();
            desk.members().save(aMember().build());
            DaysWork day = new DaysWork(desk).waitingMidway();
            // As File ▸ Backups does: the backup checked while the file is open, then the file closed and replaced.
            Backups.PreparedRestore prepared = new Backups(desk).prepareRestore(backup);
            desk.close();
            restored = prepared.runAfterClose(TestDesk.fixedClock());
            assertEquals(Optional.empty(), day.outcome());
        }
        assertEquals(List.of(), partFiles());
        assertEquals(2_000, FilesOfMembers.count(dataFile(), PASSPHRASE));
        assertTrue(restored.keptAside().isPresent());
        assertEquals(2_001, FilesOfMembers.count(restored.keptAside().get(), PASSPHRASE), "the file replaced is kept whole");
    }
}
