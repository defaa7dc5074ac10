package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.anAbsence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.WorkingPattern;
import org.repdesk.testing.TestDesk;

class AbsenceServiceTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private AbsenceService absences;
    private Member siân;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        absences = desk.absences();
        siân = desk.members().save(aMember().named("Siân Jones").number("N7001").hours(30.0).build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aMemberWithNoPatternWorksMondayToFridayAtHerContractedHours() {
        WorkingPattern p = absences.pattern(siân.id());

        assertEquals(WorkingPattern.MONDAY_TO_FRIDAY, p.days());
        assertEquals(30.0, p.hoursPerWeek());
    }

    @Test
    void anAbsenceOverlappingOneAlreadyRecordedIsRefusedAndNothingChanges() {
        absences.add(anAbsence(siân).from("2026-03-02").to("2026-03-06").build());

        ValidationException e = assertThrows(ValidationException.class,
                () -> absences.add(anAbsence(siân).from("2026-03-06").to("2026-03-10").build()));

        assertTrue(e.getMessage().contains("2026-03-02"), e.getMessage());
        assertEquals(1, absences.ofMember(siân.id()).size());
    }

    @Test
    void hoursOverTheMembersWorkingDayAreRefused() {
        // 30 hours over 5 days is 6 hours a day.
        ValidationException e = assertThrows(ValidationException.class,
                () -> absences.add(anAbsence(siân).from("2026-03-04").hours(6.5).build()));

        assertTrue(e.getMessage().contains("6 hours"), e.getMessage());
        assertTrue(absences.ofMember(siân.id()).isEmpty());
    }

    @Test
    void addingChangingAndDeletingAnAbsenceIsNotedOnHerOpenSicknessAbsenceCaseOnly() {
        CaseFile open = desk.cases().open(aCase(siân).type(CaseType.SICKNESS_ABSENCE, "Formal attendance meeting").build());
        CaseFile closed = desk.cases().open(aCase(siân).type(CaseType.SICKNESS_ABSENCE, "Formal attendance meeting")
                .closed(LocalDate.of(2026, 4, 6), "Withdrawn").build());
        CaseFile capability = desk.cases().open(aCase(siân).type(CaseType.CAPABILITY, "Informal stage (support and improvement plan)").build());

        Absence a = absences.add(anAbsence(siân).from("2026-03-02").to("2026-03-04").build());
        absences.edit(new Absence(a.id(), a.memberId(), a.firstDay(), LocalDate.of(2026, 3, 5), null,
                AbsenceReason.WORK_RELATED_STRESS, false, false, true, true));
        absences.delete(a.id());

        List<String> noted = desk.cases().timeline(open.id()).stream()
                .filter(e -> e.kind() == EntryKind.ABSENCE_RECORD).map(e -> e.summary()).toList();
        assertEquals(3, noted.size(), noted.toString());
        assertTrue(noted.stream().anyMatch(s -> s.contains("05/03/2026") && s.contains("Work-related stress")), noted.toString());
        assertTrue(desk.cases().timeline(closed.id()).stream().noneMatch(e -> e.kind() == EntryKind.ABSENCE_RECORD));
        assertTrue(desk.cases().timeline(capability.id()).stream().noneMatch(e -> e.kind() == EntryKind.ABSENCE_RECORD));
        assertEquals(CaseStatus.CLOSED, closed.status());
    }

    @Test
    void theAuditTrailKeepsWhoChangedTheAbsenceRecordAndWhat() {
        Absence a = absences.add(anAbsence(siân).from("2026-03-02").to("2026-03-04").build());
        absences.edit(new Absence(a.id(), a.memberId(), a.firstDay(), LocalDate.of(2026, 3, 5), null, a.reason(),
                false, false, false, false));
        absences.savePattern(new WorkingPattern(siân.id(), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 15, null));

        List<AuditEntry> trail = desk.audit().ofMember(siân.id());

        assertTrue(trail.stream().anyMatch(e -> e.kind() == AuditEntry.Kind.ABSENCE
                && e.action() == AuditEntry.Action.CREATED));
        assertTrue(trail.stream().anyMatch(e -> e.kind() == AuditEntry.Kind.ABSENCE && "last day".equals(e.field())
                && "2026-03-04".equals(e.oldValue()) && "2026-03-05".equals(e.newValue())));
        assertTrue(trail.stream().anyMatch(e -> e.kind() == AuditEntry.Kind.WORKING_PATTERN));
    }

    @Test
    void importAddsEveryRowOrNoneAndNamesEveryBadLine() throws Exception {
        desk.members().save(aMember().named("Zoë Price").number("N7002").build());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "membership_number,first_day,last_day,hours,reason,disability_related\n"
                + "N7001,2026-02-02,2026-02-04,,Infection,no\n"
                + "N7002,10/02/2026,09/02/2026,,,\n"
                + "N9999,2026-02-02,,,,\n"
                + "N7001,2026-02-03,,2,Flu,maybe\n", StandardCharsets.UTF_8);

        AbsenceImport.Result refused = absences.importer().importFile(bad);

        assertEquals(List.of(3L, 4L, 5L, 5L), refused.problems().stream().map(AbsenceImport.Problem::line).toList(),
                refused.problems().toString());
        assertTrue(absences.ofMember(siân.id()).isEmpty(), "all or nothing");

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "\uFEFFmembership_number,first_day,last_day,hours,reason,disability_related,fit_note\n"
                + "N7001,2026-02-02,2026-02-04,,Infection,no,yes\n"
                + "n7002,10/02/2026,,2.5,work-related stress,,\n", StandardCharsets.UTF_8);

        AbsenceImport.Result done = absences.importer().importFile(good);

        assertEquals(2, done.imported(), done.problems().toString());
        assertEquals(Optional.of(2.5), absences.ofMember(desk.members().byMembershipNumber("N7002").get().id())
                .stream().map(Absence::hours).findFirst());
    }

    @Test
    void importRefusesTwoRowsOfTheFileThatOverlapEachOther() throws Exception {
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, "membership_number,first_day,last_day\nN7001,2026-02-02,2026-02-06\n"
                + "N7001,2026-02-05,2026-02-05\n", StandardCharsets.UTF_8);

        AbsenceImport.Result r = absences.importer().importFile(csv);

        assertEquals(1, r.problems().size());
        assertEquals(3, r.problems().get(0).line());
        assertTrue(absences.ofMember(siân.id()).isEmpty());
    }

    @Test
    void aBrokenFileIsNamedAsTheMemberImportNamesIt() throws Exception {
        // A quote never closed is found only at the end: the line named is where its row starts.
        Path unclosed = dir.resolve("unclosed.csv");
        Files.writeString(unclosed, "membership_number,first_day,reason\nN7001,2026-02-02,Infection\n"
                + "N7001,2026-03-02,\"Infection\nN7001,2026-04-02,Infection\n\n", StandardCharsets.UTF_8);
        Path textAfter = dir.resolve("after.csv");
        Files.writeString(textAfter, "membership_number,first_day,reason\nN7001,2026-02-02,\"Infection\" then more\n",
                StandardCharsets.UTF_8);

        AbsenceImport.Result first = absences.importer().importFile(unclosed);
        AbsenceImport.Result second = absences.importer().importFile(textAfter);

        assertEquals(List.of(new AbsenceImport.Problem(3, org.repdesk.i18n.Messages.text("memberImport.unclosedQuote"))),
                first.problems());
        assertEquals(List.of(new AbsenceImport.Problem(2, org.repdesk.i18n.Messages.text("memberImport.textAfterQuote"))),
                second.problems());
        assertTrue(absences.ofMember(siân.id()).isEmpty(), "nothing imported from a broken file");
    }

    @Test
    void theCalculationUsesTheRecordedWarningAndTheSettings() {
        absences.savePattern(WorkingPattern.fullTime(siân.id(), 37).withWarningOn(LocalDate.of(2026, 8, 3)));
        absences.add(anAbsence(siân).from("2026-10-05").to("2026-10-06").build());

        var r = absences.triggers(siân.id(), TestDesk.TODAY, Optional.empty());

        assertTrue(r.inImprovementPeriod());
        assertTrue(r.all().reached());
        assertTrue(!absences.triggers(siân.id(), TestDesk.TODAY, Optional.of(LocalDate.of(2025, 1, 6)))
                .inImprovementPeriod());
    }
}
