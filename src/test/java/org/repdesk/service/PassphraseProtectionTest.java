package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.store.Database;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestDesk;

/**
 * Issue 5, "nothing leaked": a passphrase protects the data file, its WAL and its backups, so a
 * stolen laptop or a copied file reveals nothing. Each test reads the raw bytes on disk.
 */
class PassphraseProtectionTest {

    private static final String NAME = "Siân Pritchard-Okonkwo";
    private static final String NOTE = "Occupational health advised a phased return after stress from caseload";
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("repdesk.db");
    }

    private static RepDesk open(Path file, char[] passphrase) {
        return new RepDesk(Database.open(file, passphrase), TestDesk.fixedClock());
    }

    /** A member with a case and a note, the kind of record a thief wants. */
    private static void addMemberWithNote(RepDesk desk) {
        Member m = desk.members().save(aMember().named(NAME).build());
        CaseFile c = desk.cases().open(aCase(m).build());
        desk.cases().addEntry(TimelineEntry.of(c.id(), TestDesk.TODAY, EntryKind.NOTE, "Meeting", NOTE));
    }

    /** True when the text appears in the file or its -wal, as UTF-8 bytes. */
    private static boolean onDisk(Path file, String text) throws Exception {
        for (Path p : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            if (Files.exists(p) && new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                    .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainHeader(Path file) throws Exception {
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 15);
        return new String(head, StandardCharsets.US_ASCII).equals("SQLite format 3");
    }

    @Test
    void aProtectedFileAndItsWalHoldNeitherTheNameNorTheNoteWhileOpenOrAfter() throws Exception {
        try (RepDesk desk = open(file(), PASS)) {
            addMemberWithNote(desk);
            assertTrue(desk.protection().isProtected());
            assertFalse(onDisk(file(), NAME), "name readable while the app is open");
            assertFalse(onDisk(file(), "phased return"), "note readable while the app is open");
        }
        assertFalse(onDisk(file(), NAME));
        assertFalse(onDisk(file(), "phased return"));
        assertFalse(plainHeader(file()));
        assertTrue(RepDesk.isProtected(file()));
        // and the same file with the passphrase gives everything back, search included (FTS5)
        try (RepDesk desk = open(file(), PASS)) {
            assertEquals(NAME, desk.members().all().get(0).name());
            assertEquals(1, desk.cases().search("phased return").size());
            assertEquals(1, desk.cases().search("sian").size(), "accent-folding search works on the encrypted file");
            assertTrue(new FileCheck(desk.database()).run().healthy());
            // decrypted pages are kept in a large cache, or every read pays for decryption again
            int cacheSize = desk.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA cache_size")) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
            assertEquals(-262144, cacheSize);
            assertEquals("memory", desk.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA temp_store")) {
                    return rs.next() && rs.getInt(1) == 2 ? "memory" : "not memory";
                }
            }), "SQLite3MC does not encrypt temp files, so they must not exist");
        }
    }

    @Test
    void withoutThePassphraseOrWithAWrongOneTheFileIsRefusedInWordsAndLeftByteForByte() throws Exception {
        try (RepDesk desk = open(file(), PASS)) {
            addMemberWithNote(desk);
        }
        byte[] before = Files.readAllBytes(file());
        StoreException none = assertThrows(StoreException.class, () -> RepDesk.open(file()));
        assertEquals(StoreException.Kind.PASSPHRASE_NEEDED, none.kind());
        assertTrue(none.getMessage().contains("protected with a passphrase"), none.getMessage());
        StoreException wrong = assertThrows(StoreException.class,
                () -> open(file(), "Correct horse battery".toCharArray()));
        assertEquals(StoreException.Kind.WRONG_PASSPHRASE, wrong.kind());
        assertTrue(wrong.getMessage().contains("passphrase is not right"), wrong.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertFalse(Backups.restoreHelps(wrong), "a wrong passphrase is not a reason to restore a backup");
    }

    @Test
    void aPassphraseIsSetOnAPlainFileChangedAndRemovedWithTheDataIntactEachTime() throws Exception {
        try (RepDesk desk = open(file(), null)) {
            addMemberWithNote(desk);
            assertFalse(desk.protection().isProtected());
            Protection.Changed set = desk.protection().change(null, PASS, PASS);
            assertTrue(set.protectedNow());
            assertTrue(desk.protection().isProtected());
            assertFalse(onDisk(file(), NAME), "the plain pages were re-encrypted in place");
            assertEquals(NAME, desk.members().all().get(0).name(), "the open desk goes on working");
            addMemberWithNote(desk); // and can still write
        }
        char[] next = "a different and longer passphrase".toCharArray();
        try (RepDesk desk = open(file(), PASS)) {
            desk.protection().change(PASS, next, next);
        }
        assertEquals(StoreException.Kind.WRONG_PASSPHRASE,
                assertThrows(StoreException.class, () -> open(file(), PASS)).kind());
        try (RepDesk desk = open(file(), next)) {
            assertEquals(2, desk.members().all().size());
            desk.protection().remove(next);
            assertFalse(desk.protection().isProtected());
        }
        assertTrue(plainHeader(file()));
        try (RepDesk desk = RepDesk.open(file())) {
            assertEquals(2, desk.members().all().size());
            assertEquals(2, desk.cases().search("phased return").size());
        }
    }

    @Test
    void aChangeReplacesTheFileWholeOwnerOnlyAndACopyHalfMadeByAKillIsRemovedAtTheNextOpen() throws Exception {
        Path copy = dir.resolve("repdesk.db.rekey");
        try (RepDesk desk = open(file(), null)) {
            addMemberWithNote(desk);
            desk.protection().change(null, PASS, PASS);
            assertFalse(Files.exists(copy), "the re-encrypted copy became the file");
            addMemberWithNote(desk); // the connection reopened on the new file
        }
        if (file().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file())));
        }
        // A kill mid-change leaves a half-made copy (and its journal) beside the untouched file.
        Files.write(copy, new byte[4096]);
        Files.write(dir.resolve("repdesk.db.rekey-journal"), new byte[512]);
        try (RepDesk desk = open(file(), PASS)) {
            assertEquals(2, desk.members().all().size());
        }
        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(dir.resolve("repdesk.db.rekey-journal")));
    }

    @Test
    void aWeakPassphraseAMismatchOrAWrongCurrentOneChangesNothing() throws Exception {
        try (RepDesk desk = open(file(), PASS)) {
            addMemberWithNote(desk);
            char[] good = "three random words here".toCharArray();
            ValidationException shortOne = assertThrows(ValidationException.class,
                    () -> desk.protection().change(PASS, "short".toCharArray(), "short".toCharArray()));
            assertTrue(shortOne.problems().get(0).contains("at least 12"), shortOne.problems().toString());
            ValidationException mismatch = assertThrows(ValidationException.class,
                    () -> desk.protection().change(PASS, good, "three random words hero".toCharArray()));
            assertTrue(mismatch.problems().contains("The two passphrases are not the same."));
            ValidationException wrongCurrent = assertThrows(ValidationException.class,
                    () -> desk.protection().change("not the passphrase".toCharArray(), good, good));
            assertTrue(wrongCurrent.problems().contains("The current passphrase is not right."));
            assertThrows(ValidationException.class, () -> desk.protection().remove("nope".toCharArray()));
        }
        try (RepDesk desk = open(file(), PASS)) {
            assertEquals(1, desk.members().all().size());
        }
    }

    @Test
    void backupsOfAProtectedFileAreEncryptedWithTheSamePassphraseAndRestoreWithIt() throws Exception {
        Path backup;
        try (RepDesk desk = open(file(), PASS)) {
            addMemberWithNote(desk);
            backup = new Backups(desk).now().file();
        }
        assertTrue(Files.exists(backup));
        assertFalse(onDisk(backup, NAME), "the backup leaks the name");
        assertTrue(Database.isProtected(backup));
        assertEquals(StoreException.Kind.PASSPHRASE_NEEDED,
                assertThrows(StoreException.class, () -> Database.openCopy(backup)).kind());
        Backups.Restored r = Backups.restore(file(), backup, PASS, Clock.systemDefaultZone());
        assertTrue(r.restored().contains("1 member"), r.restored());
        try (RepDesk desk = open(file(), PASS)) {
            assertEquals(NAME, desk.members().all().get(0).name());
        }
    }

    @Test
    void settingAPassphraseAlsoEncryptsTheBackupsAlreadyTakenAndRemovingItMakesThemPlain() throws Exception {
        Path backup;
        try (RepDesk desk = open(file(), null)) {
            addMemberWithNote(desk);
            backup = new Backups(desk).now().file();
            assertTrue(onDisk(backup, NAME), "a plain file's backup is plain (the test's premise)");
            Protection.Changed changed = desk.protection().change(null, PASS, PASS);
            assertEquals(1, changed.backupsRekeyed());
            assertTrue(changed.backupsNotRekeyed().isEmpty());
        }
        assertFalse(onDisk(backup, NAME), "an old plain backup would undo the passphrase");
        try (Database copy = Database.openCopy(backup, PASS)) {
            assertTrue(copy.isEncrypted());
        }
        try (RepDesk desk = open(file(), PASS)) {
            desk.protection().remove(PASS);
        }
        assertTrue(plainHeader(backup));
    }

    @Test
    void restoringAPlainBackupOverAProtectedFileKeepsTheProtection() throws Exception {
        Path plainBackup = dir.resolve("old-plain.db");
        try (RepDesk desk = open(dir.resolve("elsewhere.db"), null)) {
            addMemberWithNote(desk);
            new Backups(desk).copyTo(plainBackup);
        }
        try (RepDesk desk = open(file(), PASS)) {
            desk.members().save(aMember().named("Someone Else").build());
        }
        Backups.restore(file(), plainBackup, PASS, Clock.systemDefaultZone());
        assertTrue(RepDesk.isProtected(file()));
        assertFalse(onDisk(file(), NAME));
        try (RepDesk desk = open(file(), PASS)) {
            assertEquals(NAME, desk.members().all().get(0).name());
        }
    }

    @Test
    void aTextFileIsStillForeignNotAProtectedFile() throws Exception {
        Files.writeString(file(), "name,union\nSian,NAPO\n");
        assertFalse(RepDesk.isProtected(file()));
        assertEquals(StoreException.Kind.FOREIGN_FILE,
                assertThrows(StoreException.class, () -> RepDesk.open(file())).kind());
    }
}
