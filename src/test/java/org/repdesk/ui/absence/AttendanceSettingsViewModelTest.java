package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
