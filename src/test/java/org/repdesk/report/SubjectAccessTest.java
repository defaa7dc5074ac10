package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.Priority;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.RepDesk;
import org.repdesk.service.ValidationException;
import org.repdesk.testing.TestDesk;

class SubjectAccessTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Member siân;
    private CaseFile first;
    private CaseFile second;
    private CaseFile othersCase;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        desk.settings().saveRepName("Dana Rep");
        siân = desk.members().save(aMember().named("Siân Łukasz").number("N12345").email("sian@example.org")
                .build());
        first = desk.cases().open(aCase(siân).type(CaseType.CAPABILITY, "Informal")
                .openedOn(LocalDate.of(2026, 3, 2)).account("Caseload of 64 since March").build());
        second = desk.cases().open(aCase(siân).type(CaseType.SICKNESS_ABSENCE, "Stage 1")
                .openedOn(LocalDate.of(2026, 6, 1)).build());
        desk.cases().addEntry(TimelineEntry.of(first.id(), LocalDate.of(2026, 3, 9), EntryKind.MEETING,
                "Capability meeting", "Occupational health referral agreed"));
        desk.cases().addDeadline(Deadline.of(second.id(), LocalDate.of(2026, 12, 4), "Appeal letter due", false));
        desk.workload().add(WorkloadRecord.of(siân.id(), LocalDate.of(2026, 3, 3), 121.5, 2400.0, null, null, 48,
                45.5, "Court duty every Tuesday"));
        Demand demand = desk.demands().raise(Demand.raise("Suspend capability where workload is a factor", null,
                DemandKind.URGENT_DEMAND, null, LocalDate.of(2026, 1, 5), Priority.HIGH));
        desk.demands().linkCase(demand.id(), first.id());

        Member other = desk.members().save(aMember().named("Tomasz Other").number("N99999").build());
        othersCase = desk.cases().open(aCase(other).type(CaseType.GRIEVANCE, "Stage 1")
                .openedOn(LocalDate.of(2026, 4, 1)).build());
        desk.cases().addEntry(TimelineEntry.of(othersCase.id(), LocalDate.of(2026, 4, 2), EntryKind.NOTE,
                "Call", "Tomasz's private matter"));
        desk.workload().add(WorkloadRecord.of(other.id(), LocalDate.of(2026, 3, 3), 99.0, null, null, null, null,
                null, "Tomasz's uncounted work"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void oneActionWritesAJsonAndAPdfIntoAFolderNamedForTheRequestDate() throws Exception {
        SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, "n12345", dir);

        assertEquals(dir.resolve("subject-access-2026-11-23-N12345"), w.folder());
        assertEquals(2, w.files().size());
        for (Path f : w.files()) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(w.folder())));
            for (Path f : w.files()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
            }
        }
        SubjectAccessFolder.Written again = SubjectAccessFolder.write(desk, "N12345", dir);
        assertEquals(dir.resolve("subject-access-2026-11-23-N12345-2"), again.folder(), "never overwrites");
        assertTrue(desk.audit().ofMember(siân.id()).stream().anyMatch(e -> e.action() == AuditEntry.Action.EXPORTED));
    }

    @Test
    void theJsonHoldsAllTheMembersDataAndNothingOfAnotherMember() throws Exception {
        SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, "N12345", dir);
        String json = Files.readString(w.files().get(0), StandardCharsets.UTF_8);

        for (String expected : List.of("Siân Łukasz", "N12345", "sian@example.org", first.reference(),
                second.reference(), "Caseload of 64 since March", "Occupational health referral agreed",
                "Appeal letter due", "Court duty every Tuesday", "121.5",
                "Suspend capability where workload is a factor", "\"auditTrail\"", "Dana Rep", "CREATED")) {
            assertTrue(json.contains(expected), "missing: " + expected);
        }
        for (String others : List.of("Tomasz", "N99999", othersCase.reference(), "private matter")) {
            assertFalse(json.contains(others), "another member's data: " + others);
        }
        assertEquals(2, w.response().cases().size());
        assertNotEquals(0, w.response().auditTrail().size());
    }

    @Test
    void aWelshResponseNamesTheStatusOfTheDemandACaseIsEvidenceForInWelsh() {
        String welsh = SubjectAccessHtml.render(desk.subjectAccess().gather("N12345"),
                org.repdesk.i18n.DocumentLanguage.WELSH);
        assertTrue(welsh.contains("Suspend capability where workload is a factor (Wedi&#39;i godi)"), welsh);
        assertFalse(welsh.contains("(Raised)"), "no English status in a Welsh response");
    }

    @Test
    void thePdfIsReadableAndNamesTheMemberAndTheirCases() throws Exception {
        SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, "N12345", dir);
        String text;
        try (PDDocument pdf = Loader.loadPDF(w.files().get(1).toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // table cells wrap lines
        }
        for (String expected : List.of("Siân Łukasz", "N12345", first.reference(), second.reference(),
                "Occupational health referral agreed", "Court duty every Tuesday")) {
            assertTrue(text.contains(expected), "missing from the PDF: " + expected);
        }
        assertFalse(text.contains("Tomasz"));
    }

    @Test
    void anUnknownMembershipNumberIsRefusedAndNoFolderIsMade() throws Exception {
        assertThrows(ValidationException.class, () -> SubjectAccessFolder.write(desk, "N00000", dir));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("subject-access")));
        }
    }
}
