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
                .required("problems.field.member", memberId)
                .required("problems.field.date", recordedOn)
                .plausibleDate("problems.field.date", recordedOn)
                .range("problems.field.capacityPercent", capacityPercent, 0, 1000)
                .range("problems.field.workloadPoints", workloadPoints, 0, 100_000)
                .range("problems.field.contractedHours", contractedHours, 0.5, 60)
                .range("problems.field.reductionHours", reductionHours, 0, 60)
                .range("problems.field.casesHeld", casesHeld, 0, 2000)
                .range("problems.field.hoursWorked", hoursWorked, 0, 120)
                .when(contractedHours != null && reductionHours != null && reductionHours > contractedHours,
                        "problems.workload.reductionOverContracted")
                .longText("problems.field.uncountedWork", uncountedWork)
                .when(capacityPercent == null && workloadPoints == null && casesHeld == null && hoursWorked == null
                        && uncountedWork == null, "problems.workload.noFigure")
                .list();
    }
}
