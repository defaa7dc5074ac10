package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.TestDesk;

/** The attach form's rules, with no window. */
class AttachDocumentViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aDroppedFitNoteIsTitledByItsNameDatedTodayAndItsKindGuessed() throws Exception {
        Path file = Files.write(dir.resolve("Fit note 12-11.png"), SampleFiles.png());
        AttachDocumentViewModel vm = AttachDocumentViewModel.forFile(file, TestDesk.TODAY);

        assertEquals("Fit note 12-11", vm.titleProperty().get());
        assertEquals(TestDesk.TODAY, vm.dateProperty().get());
        assertEquals(DocumentKind.FIT_NOTE, vm.kindProperty().get());
        assertTrue(vm.fileSummaryProperty().get().startsWith("Fit note 12-11.png · "), vm.fileSummaryProperty().get());
        assertTrue(vm.canSaveProperty().get());
        AttachDocumentViewModel.Request r = vm.request();
        assertEquals(file, r.file());
        assertEquals(null, r.note(), "an empty note is no note");
    }

    @Test
    void aLetterWhoseNameSaysNothingWaitsForTheRepToSayWhatItIs() throws Exception {
        Path file = Files.write(dir.resolve("scan0042.pdf"), SampleFiles.pdf("x"));
        AttachDocumentViewModel vm = AttachDocumentViewModel.forFile(file, TestDesk.TODAY);

        assertFalse(vm.canSaveProperty().get());
        assertEquals("Choose what kind of document this is.", vm.kindProblemProperty().get());
        vm.kindProperty().set(DocumentKind.LETTER_FROM_EMPLOYER);
        assertEquals("", vm.kindProblemProperty().get());
        assertTrue(vm.canSaveProperty().get());
    }

    @Test
    void aBlankTitleAnUnreadableDateAndAFileOverTheLimitAreSaidBesideTheirFields() throws Exception {
        Path file = Files.write(dir.resolve("minutes.txt"), "Minutes of the stage 1 meeting".getBytes());
        AttachDocumentViewModel vm = AttachDocumentViewModel.forFile(file, TestDesk.TODAY);
        assertEquals(DocumentKind.MEETING_NOTES, vm.kindProperty().get());

        vm.titleProperty().set("   ");
        assertEquals("Title is required.", vm.titleProblemProperty().get());
        vm.titleProperty().set("Minutes, stage 1");
        vm.dateTypedProblemProperty().set("Date must be a real date written like 23/11/2026.");
        assertEquals("Date must be a real date written like 23/11/2026.", vm.dateProblemProperty().get());
        assertFalse(vm.canSaveProperty().get());
        vm.dateTypedProblemProperty().set("");
        assertTrue(vm.canSaveProperty().get());

        Path big = dir.resolve("bundle.pdf");
        try (var f = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            f.write(java.nio.ByteBuffer.wrap(new byte[] {1}), CaseDocument.MAX_BYTES + 1_048_576);
        }
        vm.fileProperty().set(big);
        assertEquals("bundle.pdf is 26.1 MB; a document can be at most 25 MB.", vm.fileProblemProperty().get());
        assertFalse(vm.canSaveProperty().get());
        vm.fileProperty().set(dir);
        assertTrue(vm.fileProblemProperty().get().endsWith("is a folder; choose a file."));
        vm.fileProperty().set(dir.resolve("setup.exe"));
        assertTrue(vm.fileProblemProperty().get().endsWith("is no longer there."), vm.fileProblemProperty().get());
    }

    @Test
    void editingKeepsTheFileAndGivesTheDocumentWithItsNewDetails() {
        CaseDocument d = new CaseDocument(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 2,
                DocumentKind.OTHER, "scan", "scan.pdf", DocumentFormat.PDF, LocalDate.of(2026, 11, 2), null, "ab", 2048);
        AttachDocumentViewModel vm = AttachDocumentViewModel.forEditing(d);
        assertTrue(vm.isEditing());
        assertEquals("scan.pdf · 2 KB", vm.fileSummaryProperty().get());

        vm.kindProperty().set(DocumentKind.OCCUPATIONAL_HEALTH_REPORT);
        vm.titleProperty().set("OH report after referral");
        vm.noteProperty().set("Recommends a 20% caseload reduction");
        CaseDocument edited = vm.edited();

        assertEquals(DocumentKind.OCCUPATIONAL_HEALTH_REPORT, edited.kind());
        assertEquals("OH report after referral", edited.title());
        assertEquals("Recommends a 20% caseload reduction", edited.note());
        assertEquals(d.sha256(), edited.sha256());
        assertEquals(2, edited.number());
    }

    @Test
    void kindsAreGuessedOnlyFromWordsThatSayThem() {
        assertEquals(Optional.of(DocumentKind.OCCUPATIONAL_HEALTH_REPORT),
                AttachDocumentViewModel.guessKind("OH_report_Nov.docx"));
        assertEquals(Optional.of(DocumentKind.FIT_NOTE), AttachDocumentViewModel.guessKind("fitnote.jpg"));
        assertEquals(Optional.empty(), AttachDocumentViewModel.guessKind("profit notes.odt"));
        assertEquals(Optional.empty(), AttachDocumentViewModel.guessKind("ohio.pdf"));
    }
}
