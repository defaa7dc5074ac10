package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.TestDesk;

/** Hearings with a time and a place, deadlines that keep their sum, and what is due in the next two working days. */
class HearingServiceTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile open;

    @BeforeEach
    void setUp() {
        desk = TestDesk.open(dir);
        open = desk.cases().open(aCase(desk.members().save(aMember().named("Carys Bevan").build())).build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Hearing room3(LocalTime at) {
        return new Hearing(null, at, "Meeting Room 3, Cardiff PDU", "Head of PDU", "Emma Thompson, SPO", "HR adviser",
                true);
    }

    @Test
    void aHearingKeepsItsTimePlaceAndPeopleAndADeadlineItsSum() {
        Deadline hearing = Deadline.of(open.id(), LocalDate.of(2026, 12, 10), "Stage 2 capability hearing", true);
        desk.hearings().save(hearing, Optional.of(room3(LocalTime.of(10, 0))), Optional.empty());
        // 10 working days after Friday 18/12/2026: Christmas Day, Boxing Day (on Saturday, so Monday 28th) and New Year's Day skipped
        Deadline appeal = Deadline.of(open.id(), LocalDate.of(2027, 1, 6), "Appeal letter", false);
        desk.hearings().save(appeal, Optional.empty(),
                Optional.of(new Reckoning(null, LocalDate.of(2026, 12, 18), 10)));

        List<HearingService.Scheduled> scheduled = desk.hearings().ofCase(open.id());
        assertEquals(2, scheduled.size());
        Hearing kept = scheduled.get(0).hearing().orElseThrow();
        assertEquals(LocalTime.of(10, 0), kept.startsAt());
        assertEquals("Meeting Room 3, Cardiff PDU", kept.place());
        assertEquals("10 working days after 18/12/2026", scheduled.get(1).reckoning().orElseThrow().describe());
    }

    @Test
    void aHearingKeepsHowLongItIsExpectedToLastAndALengthOverADayIsRefused() {
        Deadline hearing = Deadline.of(open.id(), LocalDate.of(2026, 12, 10), "Stage 2 capability hearing", true);
        Hearing h = room3(LocalTime.of(10, 0));
        desk.hearings().save(hearing, Optional.of(new Hearing(null, h.startsAt(), h.place(), h.chair(),
                h.managementAttendee(), h.noteTaker(), true, 90)), Optional.empty());

        Hearing kept = desk.hearings().hearing(hearing.id()).orElseThrow();
        assertEquals(90, kept.expectedMinutes());
        assertEquals("1 hour 30 minutes", kept.length(org.repdesk.i18n.Messages.ENGLISH).orElseThrow());
        assertEquals("1 awr 30 munud", kept.length(org.repdesk.i18n.Messages.WELSH).orElseThrow());

        ValidationException tooLong = assertThrows(ValidationException.class, () -> desk.hearings().save(hearing,
                Optional.of(new Hearing(null, h.startsAt(), null, null, null, null, true, 25 * 60)), Optional.empty()));
        assertTrue(tooLong.getMessage().startsWith("Expected length must be minutes"), tooLong.getMessage());
        assertEquals(90, desk.hearings().hearing(hearing.id()).orElseThrow().expectedMinutes(), "nothing saved was lost");
    }

    @Test
    void aDeadlineIsCorrectedNotOnlyDeletedAndASumThatDoesNotGiveItsDateIsRefused() {
        Deadline d = Deadline.of(open.id(), LocalDate.of(2026, 12, 1), "Return notes of meeting", false);
        desk.hearings().save(d, Optional.empty(), Optional.empty());

        Deadline moved = new Deadline(d.id(), d.caseId(), LocalDate.of(2026, 12, 3), "Return signed notes", false, false);
        desk.hearings().save(moved, Optional.empty(), Optional.of(new Reckoning(null, LocalDate.of(2026, 11, 26), 5)));
        assertEquals(List.of(moved), desk.cases().deadlines(open.id()));

        ValidationException wrong = assertThrows(ValidationException.class, () -> desk.hearings().save(moved,
                Optional.empty(), Optional.of(new Reckoning(null, LocalDate.of(2026, 11, 26), 6))));
        assertEquals("The due date is not 6 working days after 26/11/2026.", wrong.getMessage());
        assertTrue(desk.audit().ofCase(open.id()).stream().anyMatch(e -> "due on".equals(e.field())
                && "2026-12-01".equals(e.oldValue())), "the trail keeps the old date");
    }

    @Test
    void dueSoonIsTodayAndTheNextTwoWorkingDaysOnOpenCasesHearingsByTheirTime() {
        CaseFile closed = desk.cases().open(aCase(desk.members().save(aMember().named("Owain Jones").number("N2").build()))
                .status(CaseStatus.CLOSED).closed(TestDesk.TODAY.minusDays(3), "Withdrawn").build());
        LocalDate monday = TestDesk.TODAY; // Monday 23/11/2026
        desk.hearings().save(Deadline.of(open.id(), monday.plusDays(2), "Stage 1 meeting", true),
                Optional.of(room3(LocalTime.of(14, 30))), Optional.empty());
        desk.hearings().save(Deadline.of(open.id(), monday.plusDays(2), "Appeal hearing", true),
                Optional.of(room3(LocalTime.of(9, 15))), Optional.empty());
        desk.hearings().save(Deadline.of(open.id(), monday, "Send OH consent form", false), Optional.empty(),
                Optional.empty());
        desk.hearings().save(Deadline.of(open.id(), monday.plusDays(3), "Thursday: not yet", false), Optional.empty(),
                Optional.empty());
        desk.hearings().save(Deadline.of(closed.id(), monday.plusDays(1), "On a closed case", false), Optional.empty(),
                Optional.empty());

        List<String> said = desk.hearings().dueSoon().stream().map(HearingService::describe).toList();

        assertEquals(LocalDate.of(2026, 11, 25), desk.hearings().soonUntil());
        assertEquals(List.of(
                "Mon 23/11 · " + open.reference() + " · Send OH consent form",
                "Wed 25/11 at 09:15 · " + open.reference() + " · Hearing: Appeal hearing · Meeting Room 3, Cardiff PDU",
                "Wed 25/11 at 14:30 · " + open.reference() + " · Hearing: Stage 1 meeting · Meeting Room 3, Cardiff PDU"),
                said);
    }

    @Test
    void aWorkloadRecordIsCorrectedAndTheTrailKeepsTheOldFigure() {
        WorkloadRecord r = desk.workload().add(WorkloadRecord.of(open.memberId(), LocalDate.of(2026, 11, 16), 112.0,
                null, null, null, 41, null, null));
        WorkloadRecord fixed = WorkloadRecord.of(open.memberId(), LocalDate.of(2026, 11, 16), 121.0, null, null, null,
                41, null, "Two PSRs the WMT does not count");
        WorkloadRecord corrected = new WorkloadRecord(r.id(), fixed.memberId(), fixed.recordedOn(), fixed.capacityPercent(),
                fixed.workloadPoints(), fixed.contractedHours(), fixed.reductionHours(), fixed.casesHeld(),
                fixed.hoursWorked(), fixed.uncountedWork());

        desk.workload().edit(corrected);

        assertEquals(List.of(corrected), desk.workload().ofMember(open.memberId()));
        assertTrue(desk.audit().ofMember(open.memberId()).stream().anyMatch(e -> "capacity %".equals(e.field())
                && "112.0".equals(e.oldValue())), desk.audit().ofMember(open.memberId()).toString());
    }
}
