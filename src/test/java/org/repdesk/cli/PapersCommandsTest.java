package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.TestDesk;

/** attach, documents and document-out: a case's papers from the command line. */
class PapersCommandsTest {

    @TempDir
    Path dir;
    private Path db;
    private String reference;

    @BeforeEach
    void aCaseOnFile() {
        try (RepDesk desk = TestDesk.open(dir)) {
            reference = desk.cases().open(aCase(desk.members().save(aMember().named("Rhian Morgan").build())).build())
                    .reference();
        }
        db = dir.resolve("repdesk.db");
    }

    private CliRun run(Object... args) {
        return CliRun.onFile(db, args);
    }

    private int documentsOnFile() {
        try (RepDesk desk = RepDesk.open(db)) {
            return desk.documents().ofCase(desk.cases().byReference(reference).orElseThrow().id()).size();
        }
    }

    @Test
    void aLetterIsAttachedListedAndWrittenBackOutByteForByteForTheOwnerOnly() throws Exception {
        byte[] letter = SampleFiles.pdf("Invitation to a stage 1 capability meeting");
        Path file = Files.write(dir.resolve("invitation.pdf"), letter);

        CliRun attached = run("attach", reference, file, "--kind", "letter-from-employer", "--title",
                "Invitation to stage 1", "--date", "17/11/2026");
        assertEquals(0, attached.exit(), attached.err());
        assertTrue(attached.out().startsWith("Attached document 1, \"Invitation to stage 1\""), attached.out());

        CliRun listed = run("documents", reference);
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains("17/11/2026") && listed.out().contains("Letter from the employer")
                && listed.out().contains("Invitation to stage 1 (invitation.pdf)"), listed.out());

        Path out = dir.resolve("copy.pdf");
        CliRun written = run("document-out", reference, "1", "--out", out);
        assertEquals(0, written.exit(), written.err());
        assertArrayEquals(letter, Files.readAllBytes(out));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aMissingFileAFolderAFileOverTheLimitOrAnUnknownCaseFailInOneLineAndChangeNothing() throws Exception {
        Path big = dir.resolve("huge.pdf");
        Files.write(big, SampleFiles.pdf("x"));
        try (var f = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.WRITE)) {
            f.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), CaseDocument.MAX_BYTES + 5_000_000);
        }
        Path letter = Files.write(dir.resolve("ok.pdf"), SampleFiles.pdf("fine"));

        for (Object[] args : new Object[][] {
                {"attach", reference, dir.resolve("nowhere.pdf")},
                {"attach", reference, dir},
                {"attach", reference, big},
                {"attach", "2099-9999", letter},
                {"document-out", reference, "4", "--out", dir.resolve("x.pdf")}}) {
            CliRun r = run(args);
            assertEquals(1, r.exit(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
        }
        assertTrue(run("attach", reference, big).err().contains("huge.pdf is 29.8 MB; a document can be at most 25 MB."));
        assertTrue(run("attach", "2099-9999", letter).err().contains("There is no case 2099-9999."));
        assertEquals(0, documentsOnFile());
    }

    @Test
    void theCalendarIsWrittenForADiaryAndBadChoicesAreRefused() throws Exception {
        try (RepDesk desk = RepDesk.open(db)) {
            var c = desk.cases().byReference(reference).orElseThrow();
            desk.hearings().save(org.repdesk.model.Deadline.of(c.id(), java.time.LocalDate.of(2026, 12, 10),
                    "Stage 2 hearing", true), java.util.Optional.empty(), java.util.Optional.empty());
        }
        Path ics = dir.resolve("diary.ics");
        CliRun done = run("calendar", "--out", ics, "--case", reference);
        assertEquals(0, done.exit(), done.err());
        assertTrue(done.out().startsWith("Wrote 1 event to "), done.out());
        assertEquals(1, biweekly.Biweekly.parse(ics.toFile()).first().getEvents().size());
        assertFalse(Files.readString(ics).contains("Rhian"));
        // the file there is kept unless the rep says to replace it, as the refusal tells them
        CliRun again = run("calendar", "--out", ics);
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("--force"), again.err());
        CliRun replaced = run("calendar", "--out", ics, "--with-names", "--force");
        assertEquals(0, replaced.exit(), replaced.err());
        assertTrue(Files.readString(ics).contains("Rhian"));

        assertEquals(2, run("calendar", "--out", dir.resolve("diary.txt")).exit());
        assertEquals(2, run("calendar", "--out", ics, "--from", "2026-12-31", "--to", "2026-12-01").exit());
        CliRun unknown = run("calendar", "--out", dir.resolve("x.ics"), "--case", "2099-0001");
        assertEquals(1, unknown.exit());
        assertFalse(Files.exists(dir.resolve("x.ics")));
    }

    @Test
    void anUnknownKindOrANumberThatIsNotOneIsBadUsageAndNoDataFileIsMade() throws Exception {
        Path letter = Files.write(dir.resolve("ok.pdf"), SampleFiles.pdf("fine"));
        CliRun kind = run("attach", reference, letter, "--kind", "postcard");
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("--kind must be one of letter-from-employer, letter-to-employer, fit-note"),
                kind.err());
        assertEquals(2, run("document-out", reference, "first", "--out", dir.resolve("x.pdf")).exit());

        db = dir.resolve("not-there.db");
        assertEquals(1, run("attach", reference, letter).exit());
        assertEquals(1, run("documents", reference).exit());
        assertFalse(Files.exists(db), "a mistyped --db makes no new data file");
    }
}
