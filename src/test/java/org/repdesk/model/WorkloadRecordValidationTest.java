package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkloadRecordValidationTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static WorkloadRecord record(Double capacity, Double points, Double contracted, Double reduction,
            Integer cases, Double worked, String uncounted) {
        return WorkloadRecord.of(MEMBER, DAY, capacity, points, contracted, reduction, cases, worked, uncounted);
    }

    @Test
    void aWeeklyRecordWithWmtFiguresAndTheMembersOwnAccountIsAccepted() {
        assertEquals(List.of(), record(118.5, 2573.0, 37.0, 3.0, 52, 46.5,
                "Court duty twice; 9 uncommenced requirements; cover for a colleague").problems());
    }

    @Test
    void aRecordWithNoFigureAtAllIsRefused() {
        assertEquals(List.of("Record at least one figure: capacity %, workload points, cases held or hours worked."),
                record(null, null, 37.0, null, null, null, null).problems());
    }

    @Test
    void theMembersOwnAccountAloneIsEnough() {
        assertEquals(List.of(), record(null, null, null, null, null, null, "Unpaid evening report writing").problems());
    }

    @Test
    void reductionHoursCannotExceedContractedHours() {
        assertEquals(List.of("Reduction hours cannot be more than contracted hours."),
                record(100.0, null, 20.0, 22.0, null, null, null).problems());
        assertEquals(List.of(), record(100.0, null, 20.0, 20.0, null, null, null).problems());
    }

    @Test
    void figuresOutOfRangeAreEachNamed() {
        List<String> problems = record(-1.0, -5.0, 80.0, -2.0, -1, 200.0, null).problems();
        assertEquals(List.of("Capacity % must be between 0 and 1000.", "Workload points must be between 0 and 100000.",
                "Contracted hours must be between 0.5 and 60.", "Reduction hours must be between 0 and 60.",
                "Cases held must be between 0 and 2000.", "Hours worked must be between 0 and 120."), problems);
    }

    @Test
    void aRecordNeedsItsMemberAndDate() {
        WorkloadRecord r = WorkloadRecord.of(null, null, 110.0, null, null, null, null, null, null);
        assertEquals(List.of("Member is required.", "Date is required."), r.problems());
    }

    @Test
    void theDefaultWmtSettingsAreValid() {
        assertEquals(List.of(), WmtSettings.DEFAULTS.problems());
    }

    @Test
    void wmtSettingsOutOfRangeAreEachNamed() {
        List<String> problems = new WmtSettings(0, 0, 0, 61, 0, 0).problems();
        assertEquals(6, problems.size(), problems.toString());
        assertTrue(problems.contains("PO default hours must be between 1 and 60."));
        assertTrue(problems.contains("PSO default hours must be between 1 and 60."));
        assertTrue(problems.contains("Consecutive weeks must be between 1 and 52."));
    }
}
