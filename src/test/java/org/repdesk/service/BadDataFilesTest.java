package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.store.Database;
import org.repdesk.store.StoreException;
import org.repdesk.testing.ChildJvm;
import org.repdesk.testing.HoldDataFileOpen;
import org.repdesk.testing.TestDesk;
import org.repdesk.testing.TryToOpen;

/**
 * Each way a data file can be unusable gets a message naming the problem and what to do, a
 * restore offered where one helps and a backup exists, and the file itself is never overwritten.
 */
class BadDataFilesTest {

    @TempDir
    Path dir;

    private Path dataFile() {
        return dir.resolve("repdesk.db");
    }

    /** A data file with members and a backup of it, as a rep's would be after a day's work. */
    private void aDataFileWithABackup() {
        try (RepDesk desk = openAtStart()) {
            desk.members().save(aMember().build());
            desk.members().save(aMember().build());
            new Backups(desk).now();
        }
    }

    /** As the app starts: open the file, then the day's check and snapshot (the app runs these in the background). */
    private RepDesk openAtStart() {
        RepDesk desk = new RepDesk(org.repdesk.store.Database.open(dataFile()), TestDesk.fixedClock());
        try {
            Backups.startOfDay(desk, TestDesk.fixedClock());
            return desk;
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    private StoreException refusedAtStart() {
        return assertThrows(StoreException.class, () -> openAtStart().close());
    }

    @Test
    void aDamagedFileIsNamedDamagedLeftUntouchedAndRestoreIsOffered() throws Exception {
        aDataFileWithABackup();
        int backups = Backups.list(dataFile()).size();
        BackupsTest.damage(dataFile());
        byte[] damaged = Files.readAllBytes(dataFile());

        StoreException e = refusedAtStart();

        assertEquals(StoreException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("restore it from a backup"), e.getMessage());
        assertTrue(Backups.restoreHelps(e));
        assertEquals(backups, Backups.list(dataFile()).size(), "only the good backups: the damaged file was not snapshotted");
        assertArrayEquals(damaged, Files.readAllBytes(dataFile()));
    }

    @Test
    void aForeignFileIsNamedNotRepDesksAndLeftUntouched() throws Exception {
        Files.writeString(dataFile(), "Dear Sir, ...", StandardCharsets.UTF_8);
        StoreException text = refusedAtStart();
        assertEquals(StoreException.Kind.FOREIGN_FILE, text.kind());
        assertTrue(text.getMessage().contains("not a RepDesk data file"), text.getMessage());
        assertEquals("Dear Sir, ...", Files.readString(dataFile()));

        Files.delete(dataFile());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataFile()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE photo (name TEXT)");
        }
        byte[] before = Files.readAllBytes(dataFile());
        StoreException sqlite = refusedAtStart();
        assertEquals(StoreException.Kind.FOREIGN_FILE, sqlite.kind());
        assertTrue(Backups.restoreHelps(sqlite));
        assertArrayEquals(before, Files.readAllBytes(dataFile()));
    }

    @Test
    void aFileFromANewerRepDeskSaysInstallTheNewerOneAndIsLeftUntouched() throws Exception {
        aDataFileWithABackup();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataFile()); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(dataFile());
        StoreException e = refusedAtStart();
        assertEquals(StoreException.Kind.NEWER_VERSION, e.kind());
        assertTrue(e.getMessage().contains("Install the newer RepDesk"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dataFile()));
    }

    @Test
    void aFullDiskFailsTheSaveInWordsAndEverythingSavedBeforeIsIntact() {
        try (RepDesk desk = TestDesk.open(dir)) {
            desk.members().save(aMember().named("Before the disk filled").build());
            long pages = desk.database().read(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            // SQLite's own limit stands in for a full disk: it fails with SQLITE_FULL the same way.
            desk.database().runOutsideTransaction("PRAGMA max_page_count = " + pages);
            List<StoreException> failures = new ArrayList<>();
            for (int i = 0; i < 50 && failures.isEmpty(); i++) {
                try {
                    desk.cases().open(org.repdesk.testing.Builders.aCase(desk.members().all().get(0))
                            .account(org.repdesk.testing.Builders.longNote(20_000)).build());
                } catch (StoreException e) {
                    failures.add(e);
                }
            }
            assertEquals(1, failures.size(), "the disk never filled");
            StoreException e = failures.get(0);
            assertEquals(StoreException.Kind.DISK_FULL, e.kind());
            assertTrue(e.getMessage().contains("The disk is full") && e.getMessage().contains("free some space"),
                    e.getMessage());
            int casesBefore = desk.cases().all().size();
            desk.database().runOutsideTransaction("PRAGMA max_page_count = 1073741823");
            assertEquals("Before the disk filled", desk.members().all().get(0).name());
            assertEquals(List.of(), new org.repdesk.store.Integrity(desk.database()).sqliteProblems());
            assertEquals(casesBefore, desk.cases().all().size(), "the failed save left nothing half-written");
        }
    }

    @Test
    void aSecondRepDeskInAnotherProcessIsToldTheFileIsInUseAndTheFirstKeepsWorking() throws Exception {
        aDataFileWithABackup();
        try (ChildJvm first = ChildJvm.start(HoldDataFileOpen.class, dataFile().toString())) {
            assertEquals("open 2", first.nextLine(30));
            byte[] before = Files.readAllBytes(dataFile());

            StoreException e = refusedAtStart();

            assertEquals(StoreException.Kind.BUSY, e.kind());
            assertTrue(e.getMessage().contains("Another RepDesk is already using") && e.getMessage().contains("Close it"),
                    e.getMessage());
            assertTrue(!Backups.restoreHelps(e), "restoring over a file in use is never offered");
            assertArrayEquals(before, Files.readAllBytes(dataFile()));
            assertThrows(StoreException.class, () -> Backups.restore(dataFile(),
                    Backups.list(dataFile()).get(0).file(), TestDesk.fixedClock()));
        }
        openAtStart().close(); // the lock went with the process
    }

    @Test
    void aSecondRepDeskInTheSameProcessIsRefusedToo() {
        try (RepDesk first = RepDesk.open(dataFile())) {
            StoreException e = assertThrows(StoreException.class, () -> RepDesk.open(dataFile()));
            assertEquals(StoreException.Kind.BUSY, e.kind());
            assertEquals(0, first.members().all().size());
        }
    }

    /**
     * A read-only folder. Tests here may run as root, which ignores permission bits; then the folder
     * is made truly read-only with a read-only bind mount in a private mount namespace, and the
     * open is tried in a child process inside it.
     */
    @Test
    void aReadOnlyFolderIsNamedWithWhatToDoAndTheFileIsLeftUntouched() throws Exception {
        Path folder = dir.resolve("readonly");
        Files.createDirectories(folder);
        Path file = folder.resolve("repdesk.db");
        try (RepDesk desk = RepDesk.open(file)) {
            desk.members().save(aMember().build());
        }
        Files.deleteIfExists(folder.resolve("repdesk.db.lock"));
        byte[] before = Files.readAllBytes(file);
        String result;
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                StoreException e = assertThrows(StoreException.class, () -> RepDesk.open(file));
                result = e.kind() + " " + e.getMessage();
            } finally {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        } else {
            Assumptions.assumeTrue(canMountReadOnly(), "running as root without unshare/mount: a read-only folder"
                    + " cannot be simulated here");
            List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                    "mount --bind -o ro \"$0\" \"$0\" && exec \"$@\"", folder.toString()));
            command.addAll(ChildJvm.command(TryToOpen.class, file.toString()));
            try (ChildJvm child = ChildJvm.start(command)) {
                result = child.nextLine(60);
                assertNotNull(result, "the child printed nothing");
            }
        }
        assertTrue(result.startsWith("READ_ONLY "), result);
        assertTrue(result.contains("cannot write in the folder") && result.contains("folder you can write to"), result);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private static boolean canMountReadOnly() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount --bind -o ro / / && echo ok")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.contains("ok");
        } catch (Exception e) {
            return false;
        }
    }
}
