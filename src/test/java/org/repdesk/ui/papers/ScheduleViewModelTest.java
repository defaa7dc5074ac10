package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;
import org.repdesk.model.WorkingDays;
import org.repdesk.service.HearingService;
import org.repdesk.testing.TestDesk;

/** The deadline and hearing form's rules, with no window. */
class ScheduleViewModelTest {

    private final WorkingDays days = WorkingDays.englandAndWales();
    private final UUID caseId = UUID.randomUUID();

    @Test
    void tenWorkingDaysAfterAFridayBeforeChristmasIsSaidAndKeptAsItsSum() {
        ScheduleViewModel vm = ScheduleViewModel.forNew(caseId, TestDesk.TODAY, days::after);
        vm.whatProperty().set("Appeal letter");
        vm.byWorkingDaysProperty().set(true);
        vm.fromProperty().set(LocalDate.of(2026, 12, 18));
        vm.daysProperty().set(10);

        assertEquals("Due on Wednesday 06/01/2027", vm.resultProperty().get());
        ScheduleViewModel.Result r = vm.result();
        assertEquals(LocalDate.of(2027, 1, 6), r.deadline().dueOn());
        assertEquals("10 working days after 18/12/2026", r.reckoning().orElseThrow().describe());
        assertEquals(Optional.empty(), r.hearing(), "not a hearing: no room or time");
    }

    @Test
    void aHearingTakesItsTimeAndPlaceAndATimeThatIsNotOneIsSaid() {
        ScheduleViewModel vm = ScheduleViewModel.forNew(caseId, TestDesk.TODAY, days::after);
        vm.whatProperty().set("Stage 2 capability hearing");
        vm.hearingProperty().set(true);
        vm.dueDateProperty().set(LocalDate.of(2026, 12, 10));
        vm.timeProperty().set("half ten");
        assertFalse(vm.canSaveProperty().get());
        assertEquals("Start time must be written like 10:00 or 14:30.", vm.problemsProperty().get());

        vm.timeProperty().set("9.30");
        vm.placeProperty().set("  Teams: https://teams.example/meet/123 ");
        vm.companionAllowedProperty().set(false);
        Hearing h = vm.result().hearing().orElseThrow();
        assertEquals(LocalTime.of(9, 30), h.startsAt());
        assertEquals("Teams: https://teams.example/meet/123", h.place());
        assertFalse(h.companionAllowed());
        assertEquals(Optional.empty(), vm.result().reckoning(), "a date given as a date has no sum");
    }

    @Test
    void aHearingsExpectedLengthIsTypedAsMinutesOrHoursAndMinutesAndShownAgainWhenCorrected() {
        ScheduleViewModel vm = ScheduleViewModel.forNew(caseId, TestDesk.TODAY, days::after);
        vm.whatProperty().set("Stage 2 capability hearing");
        vm.hearingProperty().set(true);
        vm.lengthProperty().set("an afternoon");
        assertFalse(vm.canSaveProperty().get());
        assertTrue(vm.problemsProperty().get().startsWith("Expected length must be minutes"), vm.problemsProperty().get());

        vm.lengthProperty().set("90");
        assertEquals(90, vm.result().hearing().orElseThrow().expectedMinutes());
        vm.lengthProperty().set("2:15");
        org.repdesk.model.Hearing h = vm.result().hearing().orElseThrow();
        assertEquals(135, h.expectedMinutes());

        ScheduleViewModel again = ScheduleViewModel.forEditing(new HearingService.Scheduled(vm.result().deadline(),
                Optional.of(h), Optional.empty()), days::after);
        assertEquals("2:15", again.lengthProperty().get());
    }

    @Test
    void correctingADeadlineKeepsItsIdentityDoneFlagAndShowsItsSum() {
        Deadline d = new Deadline(UUID.randomUUID(), caseId, LocalDate.of(2027, 1, 6), "Appeal letter", false, true);
        ScheduleViewModel vm = ScheduleViewModel.forEditing(new HearingService.Scheduled(d, Optional.empty(),
                Optional.of(new Reckoning(d.id(), LocalDate.of(2026, 12, 18), 10))), days::after);
        assertTrue(vm.isEditing());
        assertTrue(vm.byWorkingDaysProperty().get());
        assertEquals(10, vm.daysProperty().get());

        vm.daysProperty().set(5);
        ScheduleViewModel.Result r = vm.result();
        assertEquals(d.id(), r.deadline().id());
        assertTrue(r.deadline().done());
        assertEquals(LocalDate.of(2026, 12, 29), r.deadline().dueOn(), "Christmas Day and the Boxing Day holiday skipped");
    }

    @Test
    void nothingSaidAboutWhatIsDueCannotBeSaved() {
        ScheduleViewModel vm = ScheduleViewModel.forNew(caseId, TestDesk.TODAY, days::after);
        assertFalse(vm.canSaveProperty().get());
        assertEquals("What is due is required.", vm.problemsProperty().get());
    }
}
