package org.repdesk.ui.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
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
        assertTrue(AuditTrailViewModel.what(vm.entries().get(0)).startsWith("Timeline entry " + caseFile.reference()),
                AuditTrailViewModel.what(vm.entries().get(0)));
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
            assertEquals("Achos " + caseFile.reference() + ": crëwyd", AuditTrailViewModel.what(opened));
            assertEquals("Dana Rep", AuditTrailViewModel.who(opened));
            assertTrue(AuditTrailViewModel.when(opened).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"),
                    AuditTrailViewModel.when(opened));
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }
    }
}
