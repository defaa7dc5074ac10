package org.repdesk.ui.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.DocumentService;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.TestDesk;

/** A case's audit trail, newest first and without note text, with no window. */
class AuditTrailViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private final AtOnce atOnce = new AtOnce();

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        desk.settings().saveRepName("Dana Rep");
        Member m = desk.members().save(aMember().named("Siân Jones").build());
        caseFile = desk.cases().open(aCase(m).type(CaseType.CAPABILITY, "Informal").openedOn(LocalDate.of(2026, 1, 2))
                .build());
        desk.cases().addEntry(TimelineEntry.of(caseFile.id(), LocalDate.of(2026, 2, 1), EntryKind.NOTE, "Call",
                "Private health detail"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theCasesTrailIsNewestFirstWithoutNoteTextAndClearsForNoCase() {
        AuditTrailViewModel vm = new AuditTrailViewModel(() -> desk, AuditTrailViewModel.Scope.CASE, atOnce);
        vm.show(caseFile.id());
        assertEquals(2, vm.entries().size());
        assertTrue(vm.what(vm.entries().get(0)).startsWith("Timeline entry " + caseFile.reference()),
                vm.what(vm.entries().get(0)));
        assertFalse(vm.entries().toString().contains("Private health detail"));
        vm.show(null);
        assertTrue(vm.entries().isEmpty());
    }

    @Test
    void aTrailStillBeingReadForACaseLeftBehindIsNotShown() {
        AuditTrailViewModel vm = new AuditTrailViewModel(() -> desk, AuditTrailViewModel.Scope.CASE, atOnce);
        atOnce.holdNext();
        vm.show(caseFile.id());
        vm.show(null);
        atOnce.release();
        assertTrue(vm.entries().isEmpty());
    }

    @Test
    void theTrailIsWordedInTheRepsLanguage() {
        AuditTrailViewModel vm = new AuditTrailViewModel(() -> desk, AuditTrailViewModel.Scope.CASE, atOnce);
        vm.show(caseFile.id());
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        try {
            org.repdesk.model.AuditEntry opened = vm.entries().get(vm.entries().size() - 1);
            assertEquals("Achos " + caseFile.reference() + ": crëwyd", vm.what(opened));
            assertEquals("Dana Rep", AuditTrailViewModel.who(opened));
            assertTrue(AuditTrailViewModel.when(opened).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"),
                    AuditTrailViewModel.when(opened));
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }
    }

    @Test
    void twoDocumentsOnACaseAreTwoLinesNamedByTheirNumberAndTitleInEitherLanguage() throws Exception {
        desk.documents().attach(new DocumentService.Attachment(caseFile.id(), "invite.eml",
                SampleFiles.eml("Invitation", "Please attend."), DocumentKind.LETTER_FROM_EMPLOYER,
                LocalDate.of(2026, 3, 1), "Invitation to a hearing", null));
        CaseDocument fitNote = desk.documents().attach(new DocumentService.Attachment(caseFile.id(), "fit note.png",
                SampleFiles.png(), DocumentKind.FIT_NOTE, LocalDate.of(2026, 3, 2), null, null));
        AuditTrailViewModel vm = new AuditTrailViewModel(() -> desk, AuditTrailViewModel.Scope.CASE, atOnce);
        vm.show(caseFile.id());
        String ref = caseFile.reference();
        assertEquals(List.of("Document 2 on case " + ref + ", “fit note”: created",
                "Document 1 on case " + ref + ", “Invitation to a hearing”: created"), documentLines(vm));
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        try {
            assertEquals(List.of("Dogfen 2 ar achos " + ref + ", “fit note”: crëwyd",
                    "Dogfen 1 ar achos " + ref + ", “Invitation to a hearing”: crëwyd"), documentLines(vm));
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }

        desk.documents().delete(fitNote.id());
        vm.refresh();
        assertEquals(List.of("Document 2 on case " + ref + ": deleted", "Document 2 on case " + ref + ": created",
                "Document 1 on case " + ref + ", “Invitation to a hearing”: created"), documentLines(vm),
                "a deleted document keeps its number in the trail, and its title goes with it");
    }

    private static List<String> documentLines(AuditTrailViewModel vm) {
        return vm.entries().stream().filter(e -> e.kind() == AuditEntry.Kind.DOCUMENT).map(vm::what).toList();
    }
}
