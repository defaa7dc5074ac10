package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dated snapshot of a member's workload: the employer's WMT figures beside the member's own
 * account (hours actually worked, work the WMT does not count), since the unions hold the WMT
 * undercounts real work.
 */
public record WorkloadRecord(
        UUID id,
        UUID memberId,
        LocalDate recordedOn,
        Double capacityPercent,
        Double workloadPoints,
        Double contractedHours,
        Double reductionHours,
        Integer casesHeld,
        Double hoursWorked,
        String uncountedWork) {

    public static WorkloadRecord of(UUID memberId, LocalDate recordedOn, Double capacityPercent,
            Double workloadPoints, Double contractedHours, Double reductionHours, Integer casesHeld,
            Double hoursWorked, String uncountedWork) {
        return new WorkloadRecord(UUID.randomUUID(), memberId, recordedOn, capacityPercent, workloadPoints,
                contractedHours, reductionHours, casesHeld, hoursWorked, Problems.tidy(uncountedWork));
    }

    public List<String> problems() {
        return new Problems()
                .required("Member", memberId)
                .required("Date", recordedOn)
                .plausibleDate("Date", recordedOn)
                .range("Capacity %", capacityPercent, 0, 1000)
                .range("Workload points", workloadPoints, 0, 100_000)
                .range("Contracted hours", contractedHours, 0.5, 60)
                .range("Reduction hours", reductionHours, 0, 60)
                .range("Cases held", casesHeld, 0, 2000)
                .range("Hours worked", hoursWorked, 0, 120)
                .when(contractedHours != null && reductionHours != null && reductionHours > contractedHours,
                        "Reduction hours cannot be more than contracted hours.")
                .longText("Work the WMT does not count", uncountedWork)
                .when(capacityPercent == null && workloadPoints == null && casesHeld == null && hoursWorked == null
                        && uncountedWork == null,
                        "Record at least one figure: capacity %, workload points, cases held or hours worked.")
                .list();
    }
}
