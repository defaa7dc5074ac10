package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.anAbsence;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** The absence screen's state and commands, without a window. */
class AbsenceViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Member zoë;
    private AbsenceViewModel vm;
    private final List<String> failures = new ArrayList<>();

    /** Runs store work at once, as the background worker would, and keeps what failed. */
    private final AbsenceViewModel.Runner atOnce = new AbsenceViewModel.Runner() {
        @Override
        public <T> void run(String failure, AbsenceViewModel.Job<T> job, Consumer<T> done) {
            try {
                done.accept(job.run());
            } catch (Exception e) {
                failures.add(failure + ": " + e.getMessage());
            }
        }
    };

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        zoë = desk.members().save(aMember().named("Zoë Price").number("N9001").hours(37.0).build());
        vm = new AbsenceViewModel(desk.absences(), atOnce);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anAbsenceTypedInTheFormIsSavedAndCountedInTheCalculation() {
        vm.show(zoë);
        assertFalse(vm.canSaveProperty().get(), "nothing to save before a first day");

        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        vm.lastDayProperty().set(LocalDate.of(2026, 6, 10));
        vm.reasonProperty().set(AbsenceReason.WORK_RELATED_STRESS);
        assertTrue(vm.canSaveProperty().get(), vm.formProblemsProperty().get());
        vm.save();

        assertEquals(1, vm.rows().size());
        assertEquals(3.0, vm.rows().get(0).daysLost());
        assertEquals(LocalDate.of(2027, 6, 10), vm.rows().get(0).dropsOutOn());
        assertTrue(vm.asWrittenTextProperty().get().startsWith("As the policy is written: 3 days, 1 spell"),
                vm.asWrittenTextProperty().get());
        assertEquals(1, desk.absences().ofMember(zoë.id()).size());
        assertNull(vm.firstDayProperty().get(), "the form is ready for the next one");
    }

    @Test
    void aLastDayBeforeTheFirstIsSaidBesideTheFormAndCannotBeSaved() {
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 10));
        vm.lastDayProperty().set(LocalDate.of(2026, 6, 8));

        assertFalse(vm.canSaveProperty().get());
        assertTrue(vm.formProblemsProperty().get().contains("is before the first day"), vm.formProblemsProperty().get());
    }

    @Test
    void anOverlapIsRefusedBeforeTheStoreIsAsked() {
        desk.absences().add(anAbsence(zoë).from("2026-06-08").to("2026-06-12").build());
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 12));

        assertFalse(vm.canSaveProperty().get());
        assertTrue(vm.formProblemsProperty().get().contains("2026-06-08"), vm.formProblemsProperty().get());
    }

    @Test
    void deletingAsksFirstAndKeepsTheAbsenceWhenTheRepSaysNo() {
        desk.absences().add(anAbsence(zoë).from("2026-06-08").to("2026-06-12").build());
        vm.show(zoë);
        vm.selectedProperty().set(vm.rows().get(0));
        List<String> asked = new ArrayList<>();

        vm.delete((question, detail) -> {
            asked.add(question);
            return false;
        });
        assertEquals(1, desk.absences().ofMember(zoë.id()).size());

        vm.delete((question, detail) -> true);
        assertEquals(List.of("Delete the absence from 08/06/2026 to 12/06/2026?"), asked);
        assertTrue(desk.absences().ofMember(zoë.id()).isEmpty());
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void theCalculationIsShownBothWaysAndTheWhatIfSaysWhenTwoMoreDaysWouldReachIt() {
        desk.absences().add(anAbsence(zoë).from("2026-02-02").to("2026-02-04").build());
        desk.absences().add(anAbsence(zoë).from("2026-04-13").to("2026-04-15").disabilityRelated().build());
        vm.show(zoë);

        assertTrue(vm.asWrittenTextProperty().get().contains("6 days, 2 spells: trigger not reached"),
                vm.asWrittenTextProperty().get());
        assertTrue(vm.withoutTextProperty().get().contains("3 days, 1 spell"), vm.withoutTextProperty().get());

        vm.whatIfFromProperty().set(LocalDate.of(2026, 11, 26));
        vm.whatIfDaysProperty().set("2");

        assertTrue(vm.whatIfTextProperty().get().contains("(to 27/11/2026)"), vm.whatIfTextProperty().get());
        assertTrue(vm.whatIfTextProperty().get().contains("8 days, 3 spells: trigger reached by days"),
                vm.whatIfTextProperty().get());
        assertEquals(2, vm.stripProperty().get().blocks().size(), "the strip draws the two recorded absences");
    }

    @Test
    void aSavedPatternChangesTheTriggerAndAWarningStartsTheImprovementPeriod() {
        vm.show(zoë);
        assertFalse(vm.patternNoteProperty().get().isEmpty(), "says the pattern is assumed");

        vm.worksOnProperty(DayOfWeek.TUESDAY).set(false);
        vm.worksOnProperty(DayOfWeek.THURSDAY).set(false);
        vm.hoursPerWeekProperty().set("22.5");
        vm.savePattern();

        assertTrue(vm.triggerTextProperty().get().contains("5 days or 4 spells"), vm.triggerTextProperty().get());
        assertTrue(vm.patternNoteProperty().get().isEmpty());

        vm.warningOnProperty().set(LocalDate.of(2026, 10, 1));
        vm.savePattern();
        assertTrue(vm.resultProperty().get().inImprovementPeriod());
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void hoursOverHerWorkingDayAreRefusedBesideTheForm() {
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 10));
        vm.partDayProperty().set(true);
        vm.hoursProperty().set("8");

        assertFalse(vm.canSaveProperty().get());
        assertTrue(vm.formProblemsProperty().get().contains("7.4 hours"), vm.formProblemsProperty().get());

        vm.hoursProperty().set("2");
        assertTrue(vm.canSaveProperty().get());
    }

    /** Answers the question to close, noting what was asked. */
    private AbsenceViewModel.Confirm answering(boolean discard, List<String> asked) {
        return (question, detail) -> {
            asked.add(question);
            return discard;
        };
    }

    @Test
    void anEmptyFormClosesWithoutAsking() {
        vm.show(zoë);
        List<String> asked = new ArrayList<>();

        assertFalse(vm.unsavedProperty().get());
        assertTrue(vm.mayClose(answering(false, asked)));
        assertEquals(List.of(), asked);
    }

    @Test
    void aHalfTypedAbsenceIsAskedAboutAndKeepEditingLeavesItAsTyped() {
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        List<String> asked = new ArrayList<>();

        assertTrue(vm.unsavedProperty().get());
        assertFalse(vm.mayClose(answering(false, asked)), "Keep editing: the window stays");
        assertEquals(LocalDate.of(2026, 6, 8), vm.firstDayProperty().get());
        assertTrue(vm.mayClose(answering(true, asked)), "Discard: it closes");
        assertEquals(List.of("Discard the absence typed for Zoë Price?", "Discard the absence typed for Zoë Price?"),
                asked);
    }

    @Test
    void goingToAnotherDeskSaysWhereDiscardGoesInEnglishAndWelsh() {
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        List<String> details = new ArrayList<>();
        AbsenceViewModel.Confirm keepEditing = (question, detail) -> {
            details.add(detail);
            return false;
        };
        assertFalse(vm.mayClose(keepEditing, org.repdesk.ui.Leaving.TO_CASEBOOK));
        assertFalse(vm.mayClose(keepEditing, org.repdesk.ui.Leaving.TO_OWN_FILE));
        try {
            org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
            assertFalse(vm.mayClose(keepEditing, org.repdesk.ui.Leaving.TO_CASEBOOK));
        } finally {
            org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.ENGLISH);
        }
        assertEquals(List.of("It has not been added to the record. Keep editing goes back to the form; Discard switches "
                + "to the branch casebook without it.", "It has not been added to the record. Keep editing goes back to "
                + "the form; Discard goes back to your own data file without it.", "Nid yw wedi’i ychwanegu at y cofnod. "
                + "Mae Parhau i olygu yn mynd yn ôl i’r ffurflen; mae Taflu yn newid i lyfr achosion y gangen hebddo."),
                details);
    }

    @Test
    void closingWithTheAppSaysDiscardClosesRepDeskNotTheWindow() {
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        List<String> details = new ArrayList<>();
        AbsenceViewModel.Confirm keepEditing = (question, detail) -> {
            details.add(detail);
            return false;
        };
        assertFalse(vm.mayClose(keepEditing));
        assertFalse(vm.mayClose(keepEditing, org.repdesk.ui.Leaving.APP));
        assertEquals(List.of("It has not been added to the record. Keep editing goes back to the form; Discard closes "
                + "the window without it.", "It has not been added to the record. Keep editing goes back to the form; "
                + "Discard closes RepDesk without it."), details);

        details.clear();
        vm.show(zoë);
        vm.hoursPerWeekProperty().set("20");
        assertFalse(vm.mayClose(keepEditing, org.repdesk.ui.Leaving.APP));
        assertEquals(List.of("They have not been saved. Keep editing goes back to the window; Discard closes RepDesk "
                + "without them."), details);
    }

    @Test
    void textInADateFieldThatIsNotYetADateCountsAsTyped() {
        vm.show(zoë);
        vm.lastDayTypedProblemProperty().set("Last day: \"10/06/20\" is not a date");
        assertNull(vm.lastDayProperty().get());
        assertTrue(vm.unsavedProperty().get());

        vm.lastDayTypedProblemProperty().set("");
        assertFalse(vm.unsavedProperty().get(), "the text rubbed out: nothing typed");
    }

    @Test
    void aReasonChosenOrABoxTickedCountsAsTypedAndPuttingItBackDoesNot() {
        vm.show(zoë);
        vm.reasonProperty().set(AbsenceReason.WORK_RELATED_STRESS);
        assertTrue(vm.unsavedProperty().get());
        vm.reasonProperty().set(AbsenceReason.OTHER);
        assertFalse(vm.unsavedProperty().get());

        vm.fitNoteProperty().set(true);
        assertTrue(vm.unsavedProperty().get());
        vm.fitNoteProperty().set(false);
        vm.partDayProperty().set(true);
        assertTrue(vm.unsavedProperty().get());
    }

    @Test
    void anAbsenceAddedLeavesNothingToAskAbout() {
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        vm.save();

        assertEquals(1, vm.rows().size());
        assertFalse(vm.unsavedProperty().get());
        assertTrue(vm.mayClose(answering(false, new ArrayList<>())));
    }

    @Test
    void aRecordedAbsenceChosenIsAskedAboutOnlyOnceChanged() {
        desk.absences().add(anAbsence(zoë).from("2026-06-08").to("2026-06-12").withFitNote().build());
        vm.show(zoë);
        vm.selectedProperty().set(vm.rows().get(0));
        assertFalse(vm.unsavedProperty().get(), "shown as recorded: nothing typed");

        vm.lastDayProperty().set(LocalDate.of(2026, 6, 11));
        List<String> asked = new ArrayList<>();
        assertFalse(vm.mayClose(answering(false, asked)));
        assertEquals(List.of("Discard the changes to the absence from 08/06/2026 (Zoë Price)?"), asked);

        vm.lastDayProperty().set(LocalDate.of(2026, 6, 12));
        assertFalse(vm.unsavedProperty().get(), "put back as recorded");
    }

    @Test
    void aWorkingPatternChangedAndNotSavedIsAskedAboutAndPuttingItBackIsNot() {
        vm.show(zoë);
        assertFalse(vm.unsavedProperty().get(), "the pattern as read: nothing typed");

        vm.hoursPerWeekProperty().set("20");
        List<String> asked = new ArrayList<>();
        assertFalse(vm.mayClose(answering(false, asked)), "Keep editing: the window stays");
        assertEquals(List.of("Discard the changes to Zoë Price's working pattern?"), asked);
        assertEquals("20", vm.hoursPerWeekProperty().get());

        vm.hoursPerWeekProperty().set("37.0"); // her 37 hours, written another way
        assertFalse(vm.unsavedProperty().get(), "put back as read");
        vm.worksOnProperty(DayOfWeek.FRIDAY).set(false);
        assertTrue(vm.unsavedProperty().get(), "a day unticked counts");
        vm.worksOnProperty(DayOfWeek.FRIDAY).set(true);
        vm.warningOnTypedProblemProperty().set("Formal warning given on: \"01/10/20\" is not a date");
        assertTrue(vm.unsavedProperty().get(), "a warning date half-typed counts");
    }

    @Test
    void aSavedPatternLeavesNothingToAskAbout() {
        vm.show(zoë);
        vm.hoursPerWeekProperty().set("22.50");
        vm.worksOnProperty(DayOfWeek.MONDAY).set(false);
        vm.savePattern();

        assertFalse(vm.unsavedProperty().get(), vm.hoursPerWeekProperty().get());
        assertTrue(vm.mayClose(answering(false, new ArrayList<>())));
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void anAbsenceAndThePatternBothTypedAreAskedAboutTogether() {
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        vm.hoursPerWeekProperty().set("20");
        List<String> details = new ArrayList<>();

        assertFalse(vm.mayClose((question, detail) -> {
            details.add(question + " " + detail);
            return false;
        }));
        assertEquals(List.of("Discard the absence typed for Zoë Price? It has not been added to the record, and the "
                + "changes to the working pattern have not been saved. Keep editing goes back to the window; Discard "
                + "closes it without them."), details);
    }

    @Test
    void anotherAbsenceChosenWhileOneIsHalfTypedAsksAndKeepEditingLeavesTheTyping() {
        desk.absences().add(anAbsence(zoë).from("2026-02-02").to("2026-02-04").build());
        vm.show(zoë);
        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        List<String> asked = new ArrayList<>();

        assertFalse(vm.choose(vm.rows().get(0), answering(false, asked)), "Keep editing");
        assertEquals(LocalDate.of(2026, 6, 8), vm.firstDayProperty().get());
        assertNull(vm.editingProperty().get(), "still the new absence");
        assertNull(vm.rowOfTheForm(), "the list's choice goes back to none");

        assertTrue(vm.choose(vm.rows().get(0), answering(true, asked)), "Discard");
        assertEquals(LocalDate.of(2026, 2, 2), vm.firstDayProperty().get());
        assertEquals(vm.rows().get(0), vm.rowOfTheForm());
        assertEquals(List.of("Discard the absence typed for Zoë Price?", "Discard the absence typed for Zoë Price?"),
                asked);
    }

    @Test
    void newWhileARecordedAbsenceIsChangedAsksAndChoosingItsOwnRowAsksNothing() {
        desk.absences().add(anAbsence(zoë).from("2026-02-02").to("2026-02-04").build());
        desk.absences().add(anAbsence(zoë).from("2026-03-09").to("2026-03-09").build());
        vm.show(zoë);
        AbsenceViewModel.Row february = vm.rows().stream()
                .filter(r -> r.absence().firstDay().getMonthValue() == 2).findFirst().orElseThrow();
        assertTrue(vm.choose(february, answering(false, new ArrayList<>())), "nothing typed: nothing asked");
        vm.lastDayProperty().set(LocalDate.of(2026, 2, 3));
        List<String> asked = new ArrayList<>();

        assertTrue(vm.choose(february, answering(false, asked)), "its own row again");
        assertEquals(LocalDate.of(2026, 2, 3), vm.lastDayProperty().get(), "the change is still there");
        assertFalse(vm.newAbsence(answering(false, asked)), "Keep editing");
        assertEquals(LocalDate.of(2026, 2, 3), vm.lastDayProperty().get());
        assertEquals(february, vm.rowOfTheForm());
        assertEquals(List.of("Discard the changes to the absence from 02/02/2026 (Zoë Price)?"), asked);

        assertTrue(vm.newAbsence(answering(true, asked)), "Discard");
        assertNull(vm.editingProperty().get());
        assertFalse(vm.unsavedProperty().get());
    }

    @Test
    void patternChangesTypedStayWhenAnAbsenceIsAddedOrDeleted() {
        vm.show(zoë);
        vm.hoursPerWeekProperty().set("20");
        vm.worksOnProperty(DayOfWeek.FRIDAY).set(false);

        vm.firstDayProperty().set(LocalDate.of(2026, 6, 8));
        vm.save();
        assertEquals(1, vm.rows().size());
        assertEquals("20", vm.hoursPerWeekProperty().get(), "not read over from the store");
        assertFalse(vm.worksOnProperty(DayOfWeek.FRIDAY).get());
        assertTrue(vm.unsavedProperty().get(), "still typed and not saved");

        vm.selectedProperty().set(vm.rows().get(0));
        vm.delete((question, detail) -> true);
        assertTrue(vm.rows().isEmpty());
        assertEquals("20", vm.hoursPerWeekProperty().get());
        assertTrue(vm.unsavedProperty().get());
        assertEquals(37.0, desk.absences().pattern(zoë.id()).hoursPerWeek(), "nothing saved of it meanwhile");
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
