package org.repdesk.ui.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.ui.workload.WorkloadRecordViewModel.Field;

/** The WMT record form's state, problems and record, with no window. */
class WorkloadRecordViewModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private Member member;
    private WorkloadRecordViewModel vm;

    @BeforeEach
    void form() {
        Messages.setLanguage(Messages.ENGLISH);
        member = aMember().grade(Grade.PO).build();
        vm = WorkloadRecordViewModel.forNew(member, MONDAY, new CapacityCalculator(WmtSettings.DEFAULTS));
    }

    @Test
    void aNewFormShowsNoFieldProblemBeforeAnythingIsTyped() {
        for (Field f : Field.values()) {
            assertEquals("", vm.shownProblem(f).get(), f.name());
        }
        assertFalse(vm.validProperty().get(), "no figure yet");
        assertTrue(vm.formProblemProperty().get().startsWith("Record at least one figure"));
        assertEquals("", vm.shownFormProblem().get(), "nothing said in red before anything was typed");
        assertFalse(vm.cannotSave().get(), "Save is offered, to show what is missing");
    }

    @Test
    void saveOnAnEmptyFormSaysWhatIsMissingAndThenWaits() {
        assertTrue(vm.save().isEmpty());
        assertTrue(vm.shownFormProblem().get().startsWith("Record at least one figure"), vm.shownFormProblem().get());
        assertTrue(vm.cannotSave().get());
        vm.text(Field.CASES).set("42");
        assertEquals("", vm.shownFormProblem().get());
        assertFalse(vm.cannotSave().get());
    }

    @Test
    void capacityIsTakenAsTheWmtReportPrintsIt() {
        vm.text(Field.CAPACITY).set("128%");
        assertTrue(vm.validProperty().get(), vm.allProblems().toString());
        assertEquals(128.0, vm.save().orElseThrow().capacityPercent());
        vm.text(Field.CAPACITY).set(" 97.5 % ");
        assertEquals(97.5, vm.save().orElseThrow().capacityPercent());
    }

    @Test
    void everyProblemShowsAtOnceEachUnderItsOwnField() {
        vm.text(Field.CAPACITY).set("lots");
        vm.text(Field.CASES).set("4.5");
        vm.text(Field.WORKED).set("200");
        assertEquals("Capacity % must be a percentage, like 128 or 128%.", vm.shownProblem(Field.CAPACITY).get());
        assertEquals("Cases held must be a whole number, like 42.", vm.shownProblem(Field.CASES).get());
        assertEquals("Hours worked must be between 0 and 120.", vm.shownProblem(Field.WORKED).get());
        assertEquals("", vm.shownProblem(Field.POINTS).get());
        assertFalse(vm.validProperty().get());
        assertTrue(vm.save().isEmpty());
    }

    @Test
    void aProblemInAnUntouchedFieldShowsWhenSaveIsPressed() {
        vm.text(Field.CAPACITY).set("120");
        vm.weekOfProperty().set(null);
        // Setting the date touched it: a fresh form whose date was never touched shows nothing until Save.
        WorkloadRecordViewModel fresh = WorkloadRecordViewModel.forNew(member, null, null);
        assertEquals("", fresh.shownProblem(Field.WEEK_OF).get());
        assertTrue(fresh.save().isEmpty());
        assertEquals("Give the week the figures are for.", fresh.shownProblem(Field.WEEK_OF).get());
    }

    @Test
    void aFormOpenedAtTheWeekendIsDatedThatWeeksMondayAndCanBeSaved() {
        WorkloadRecordViewModel saturday = WorkloadRecordViewModel.forNew(member, LocalDate.of(2026, 12, 5),
                new CapacityCalculator(WmtSettings.DEFAULTS));
        assertEquals(LocalDate.of(2026, 11, 30), saturday.weekOfProperty().get());
        saturday.text(Field.CAPACITY).set("115");
        assertEquals("", saturday.shownProblem(Field.WEEK_OF).get());
        assertTrue(saturday.validProperty().get());
    }

    @Test
    void aWeekendDayIsRefusedAndTheWeeksMondayIsNamed() {
        vm.text(Field.CAPACITY).set("115");
        vm.weekOfProperty().set(LocalDate.of(2026, 11, 28)); // a Saturday
        assertEquals("That is a Saturday: give a day of the working week, such as its Monday, 23/11/2026.",
                vm.shownProblem(Field.WEEK_OF).get());
        assertFalse(vm.validProperty().get());
        vm.weekOfProperty().set(LocalDate.of(2026, 11, 27)); // the Friday
        assertTrue(vm.validProperty().get());
    }

    @Test
    void withoutAPercentageTheCapacityIsWorkedOutFromPointsAndSaid() {
        vm.text(Field.POINTS).set("2171");
        vm.text(Field.CONTRACTED).set("37");
        assertEquals("Capacity by the WMT formula: 100.0%", vm.computedProperty().get());
        assertEquals(100.0, vm.save().orElseThrow().capacityPercent(), 0.001);
        vm.text(Field.CAPACITY).set("128");
        assertEquals("", vm.computedProperty().get(), "the report's own figure wins, and nothing is said");
    }

    @Test
    void reductionOverContractedHoursIsSaidAtTheReduction() {
        vm.text(Field.CAPACITY).set("100");
        vm.text(Field.CONTRACTED).set("30");
        vm.text(Field.REDUCTION).set("31");
        assertEquals("Reduction hours cannot be more than contracted hours.", vm.shownProblem(Field.REDUCTION).get());
    }

    @Test
    void aCorrectedRecordKeepsItsId() {
        WorkloadRecord saved = WorkloadRecord.of(member.id(), MONDAY, 104.0, null, 37.0, null, 40, null, null);
        WorkloadRecordViewModel edit = WorkloadRecordViewModel.forEditing(member, saved, null);
        assertTrue(edit.isEditing());
        assertEquals("104", edit.text(Field.CAPACITY).get());
        edit.text(Field.CASES).set("41");
        WorkloadRecord fixed = edit.save().orElseThrow();
        assertEquals(saved.id(), fixed.id());
        assertEquals(41, fixed.casesHeld());
    }

    @Test
    void inWelshTheProblemsAreWelsh() {
        Messages.setLanguage(Messages.WELSH);
        try {
            WorkloadRecordViewModel cy = WorkloadRecordViewModel.forNew(member, MONDAY, null);
            cy.text(Field.CAPACITY).set("llawer");
            assertEquals("Capasiti %: rhaid iddo fod yn ganran, fel 128 neu 128%.", cy.shownProblem(Field.CAPACITY).get());
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }
}
