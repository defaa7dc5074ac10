package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AttendanceSettings;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** The attendance figures in Settings: checked as typed, saved together. */
class AttendanceSettingsViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private AttendanceSettingsViewModel vm;

    private final AbsenceViewModel.Runner atOnce = new AbsenceViewModel.Runner() {
        @Override
        public <T> void run(String failure, AbsenceViewModel.Job<T> job, Consumer<T> done) {
            try {
                done.accept(job.run());
            } catch (Exception e) {
                throw new AssertionError(failure, e);
            }
        }
    };

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        vm = new AttendanceSettingsViewModel(desk.settings(), atOnce);
        vm.load();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theDefaultsAreThePolicysFigures() {
        assertEquals("8", vm.field("triggerDays").get());
        assertEquals("4", vm.field("triggerSpells").get());
        assertEquals("25", vm.field("improvementPercent").get());
    }

    @Test
    void aLocalAgreementsFiguresAreSavedAndUsedByTheCalculator() {
        vm.field("triggerDays").set("10");
        vm.field("improvementMonths").set("3");
        vm.reachedOnlyWhenMoreProperty().set(true);

        assertEquals(List.of(), vm.save(() -> { }));

        AttendanceSettings saved = desk.settings().attendance();
        assertEquals(10, saved.triggerDays());
        assertEquals(3, saved.improvementMonths());
        assertTrue(saved.reachedOnlyWhenMore());
        assertEquals(10, desk.absences().calculator().settings().triggerDays());
    }

    @Test
    void eachProblemIsKeptByItsFigureAndShownOnceTouchedOrOnSave() {
        vm.field("triggerSpells").set("four");

        assertEquals("Trigger: spells must be a number such as 8 or 7.5.", vm.problem("triggerSpells").shownProperty().get());
        assertEquals("", vm.problem("triggerDays").get());
        assertFalse(vm.validProperty().get());

        vm.field("triggerSpells").set("4");
        vm.field("windowMonths").set("40");
        assertEquals("", vm.problem("triggerSpells").get());
        assertTrue(vm.problem("windowMonths").get().contains("between 1 and 36"), vm.problem("windowMonths").get());
        assertEquals("", vm.problem("improvementMonths").shownProperty().get());
    }

    @Test
    void theFiguresReadFromTheFileAreNotTouchedAndSaveShowsEveryProblem() {
        assertTrue(vm.validProperty().get());
        assertFalse(vm.problem("triggerDays").touchedProperty().get(), "filled in from the file, not by the rep");
        vm.field("improvementMonths").set("");
        vm.problem("improvementMonths").untouch();
        assertEquals("", vm.problem("improvementMonths").shownProperty().get());

        assertEquals(1, vm.save(() -> { }).size());

        assertEquals("Improvement period (months) must be a number such as 8 or 7.5.",
                vm.problem("improvementMonths").shownProperty().get());
        assertEquals(AttendanceSettings.DEFAULTS, desk.settings().attendance());
    }

    @Test
    void aFigureThatIsNotANumberIsNamedAndNothingIsSaved() {
        vm.field("triggerSpells").set("four");
        vm.field("improvementPercent").set("250");

        List<String> problems = vm.save(() -> { });

        assertEquals(List.of("Trigger: spells must be a number such as 8 or 7.5."), problems);
        assertEquals(AttendanceSettings.DEFAULTS, desk.settings().attendance());
        vm.field("triggerSpells").set("4");
        assertTrue(vm.problems().get(0).contains("must be between 1 and 100"), vm.problems().toString());
    }
}
