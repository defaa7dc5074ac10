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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.store.Database;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.TestDesk;

class DocumentServiceTest {

    private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 17);

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile sian;
    private CaseFile tomos;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Evans").number("N1001").build());
        sian = desk.cases().open(aCase(m).build());
        Member t = desk.members().save(aMember().named("Tomos Lloyd").number("N1002").build());
        tomos = desk.cases().open(aCase(t).build());
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private CaseDocument attach(CaseFile c, String fileName, byte[] bytes, DocumentKind kind) {
        return desk.documents().attach(new DocumentService.Attachment(c.id(), fileName, bytes, kind, LETTER_DATE,
                null, null));
    }

    private int storedContents() {
        return desk.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM document_content")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }

    @Test
    void anEmployersLetterAsPdfGoesOnTheTimelineAndItsWordsAreSearchedLikeANote() throws Exception {
        CaseDocument d = attach(sian, "Invitation to hearing.pdf",
                SampleFiles.pdf("Dear Ms Evans,", "You are invited to a formal capability hearing."),
                DocumentKind.LETTER_FROM_EMPLOYER);

        assertEquals(1, d.number());
        assertEquals("Invitation to hearing", d.title(), "with no title the file's name is the title");
        assertEquals(DocumentFormat.PDF, d.format());
        TimelineEntry entry = desk.cases().timeline(sian.id()).stream()
                .filter(e -> e.kind() == EntryKind.DOCUMENT).findFirst().orElseThrow();
        assertEquals(d.entryId(), entry.id());
        assertEquals(LETTER_DATE, entry.date());
        assertTrue(desk.cases().search("capability hearing").contains(sian.id()));
        assertFalse(desk.cases().search("capability hearing").contains(tomos.id()));
    }

    @Test
    void wordsInsideWordOpenDocumentAndEmailFilesAreFoundAndTheSearchSaysWhere() throws Exception {
        attach(sian, "adjustments.docx", SampleFiles.docx("Request for reasonable adjustments",
                "A phased return over four weeks."), DocumentKind.LETTER_TO_EMPLOYER);
        attach(sian, "oh-report.odt", SampleFiles.odt("Occupational health: fit for work with a reduced caseload."),
                DocumentKind.OCCUPATIONAL_HEALTH_REPORT);
        attach(sian, "reply.eml", SampleFiles.eml("Re: your grievance", "The WMT review is agreed for Monday."),
                DocumentKind.LETTER_FROM_EMPLOYER);

        for (String words : List.of("phased return", "reduced caseload", "WMT review", "grievance")) {
            assertTrue(desk.cases().search(words).contains(sian.id()), words);
        }
        List<DocumentService.Found> found = desk.documents().whereFound(sian.id(), "caseload");
        assertEquals(1, found.size());
        assertEquals("oh-report", found.get(0).summary());
        assertEquals(EntryKind.DOCUMENT, found.get(0).kind());
        assertTrue(found.get(0).context().contains("[caseload]"), found.get(0).context());
    }

    @Test
    void theSameFileAttachedTwiceIsStoredOnceAndItsBytesComeBackExactly() throws Exception {
        byte[] fitNote = SampleFiles.png();
        CaseDocument first = attach(sian, "fit note.png", fitNote, DocumentKind.FIT_NOTE);
        CaseDocument again = attach(tomos, "copy of fit note.png", fitNote, DocumentKind.FIT_NOTE);

        assertEquals(1, storedContents());
        assertEquals(first.sha256(), again.sha256());
        assertArrayEquals(fitNote, desk.documents().content(again));
        // deleting one keeps the bytes the other case still holds; deleting both removes them
        desk.documents().delete(first.id());
        assertEquals(1, storedContents());
        assertArrayEquals(fitNote, desk.documents().content(again));
        desk.cases().deleteEntry(again.entryId());
        assertEquals(0, storedContents());
        assertTrue(desk.documents().ofCase(tomos.id()).isEmpty());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndNothingIsSaved() throws Exception {
        Path big = dir.resolve("scan.pdf");
        Files.write(big, SampleFiles.pdf("x"));
        try (var f = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.WRITE)) {
            f.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), CaseDocument.MAX_BYTES); // one byte over 25 MB
        }

        ValidationException e = assertThrows(ValidationException.class, () -> desk.documents()
                .attach(sian.id(), big, DocumentKind.EVIDENCE, LETTER_DATE, null, null));
        assertEquals("scan.pdf is 25.1 MB; a document can be at most 25 MB.", e.getMessage());
        assertEquals(0, storedContents());
        assertTrue(desk.documents().ofCase(sian.id()).isEmpty());
    }

    @Test
    void aMissingFileAFolderAProgramCalledPdfAndAnUnknownKindAreRefusedInWords() throws Exception {
        assertThrows(NoSuchFileException.class, () -> desk.documents()
                .attach(sian.id(), dir.resolve("gone.pdf"), DocumentKind.OTHER, LETTER_DATE, null, null));
        ValidationException folder = assertThrows(ValidationException.class, () -> desk.documents()
                .attach(sian.id(), dir, DocumentKind.OTHER, LETTER_DATE, null, null));
        assertTrue(folder.getMessage().endsWith("is a folder; choose a file."), folder.getMessage());
        ValidationException renamed = assertThrows(ValidationException.class, () -> attach(sian, "letter.pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII), DocumentKind.OTHER));
        assertEquals("letter.pdf is not a PDF file inside: it may be damaged or wrongly named.", renamed.getMessage());
        ValidationException exe = assertThrows(ValidationException.class, () -> attach(sian, "setup.exe",
                new byte[] {1, 2}, DocumentKind.OTHER));
        assertTrue(exe.getMessage().startsWith("RepDesk keeps PDF, Word"), exe.getMessage());
        assertEquals(0, storedContents());
    }

    @Test
    void editingADocumentsDetailsMovesItsTimelineEntryAndKeepsItsWordsSearchable() throws Exception {
        CaseDocument d = attach(sian, "outcome.docx", SampleFiles.docx("The panel decided on a first written warning."),
                DocumentKind.OTHER);
        CaseDocument edited = desk.documents().edit(d.withDetails(DocumentKind.LETTER_FROM_EMPLOYER,
                "Outcome of the stage 1 hearing", LocalDate.of(2026, 11, 20), "Appeal within 10 working days"));

        TimelineEntry entry = desk.cases().timeline(sian.id()).stream()
                .filter(e -> e.id().equals(d.entryId())).findFirst().orElseThrow();
        assertEquals("Outcome of the stage 1 hearing", entry.summary());
        assertEquals(LocalDate.of(2026, 11, 20), entry.date());
        assertTrue(desk.cases().search("written warning").contains(sian.id()));
        assertTrue(desk.cases().search("appeal").contains(sian.id()), "the note is searched too");
        assertEquals(DocumentKind.LETTER_FROM_EMPLOYER, desk.documents().byId(d.id()).orElseThrow().kind());
        assertEquals(edited, desk.documents().byNumber(sian.reference(), 1));
    }

    @Test
    void documentsSurviveABackupAndItsRestore() throws Exception {
        byte[] letter = SampleFiles.pdf("Stage 2 capability meeting on 3 December");
        attach(sian, "stage2.pdf", letter, DocumentKind.LETTER_FROM_EMPLOYER);
        Path backup = new Backups(desk).now().file();
        desk.documents().delete(desk.documents().ofCase(sian.id()).get(0).id());
        desk.close();
        desk = null;

        Backups.restore(dir.resolve("repdesk.db"), backup, TestDesk.fixedClock());
        desk = TestDesk.open(dir);
        CaseDocument back = desk.documents().byNumber(sian.reference(), 1);
        assertArrayEquals(letter, desk.documents().content(back));
        assertTrue(desk.cases().search("December").contains(sian.id()));
    }

    @Test
    void onceAPassphraseIsSetTheAttachedTextIsNotInTheFilesBytes() throws Exception {
        attach(sian, "oh.odt", SampleFiles.odt("Diagnosis: work-related stress, Zanzibarite treatment"),
                DocumentKind.OCCUPATIONAL_HEALTH_REPORT);
        Path file = dir.resolve("repdesk.db");
        desk.protection().change(null, "correct horse battery".toCharArray(), "correct horse battery".toCharArray());
        desk.close();
        desk = null;

        for (Path p : List.of(file, file.resolveSibling("repdesk.db-wal"))) {
            if (Files.exists(p)) {
                String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains("Zanzibarite"), p + " holds the document's words in the clear");
            }
        }
        desk = new RepDesk(Database.open(file, "correct horse battery".toCharArray()), TestDesk.fixedClock());
        assertTrue(desk.cases().search("Zanzibarite").contains(sian.id()));
        assertEquals(1, desk.documents().ofCase(sian.id()).size());
    }

    @Test
    void anonymisingAClosedCaseUnderRetentionRemovesItsPapersAndTheirBytes() throws Exception {
        CaseFile old = desk.cases().open(aCase(desk.members().byId(sian.memberId()).orElseThrow())
                .openedOn(LocalDate.of(2018, 1, 8)).closed(LocalDate.of(2019, 1, 7), "Withdrawn").build());
        attach(old, "fit.png", SampleFiles.png(), DocumentKind.FIT_NOTE);
        var item = desk.retention().review().stream().filter(i -> i.id().equals(old.id())).findFirst().orElseThrow();

        desk.retention().remove(List.of(item), Retention.Removal.ANONYMISE);

        assertTrue(desk.documents().ofCase(old.id()).isEmpty());
        assertEquals(0, storedContents());
    }
}
