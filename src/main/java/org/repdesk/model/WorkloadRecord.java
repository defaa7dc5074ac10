package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.repdesk.i18n.Messages;

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
                .required(Messages.text("problems.field.member"), memberId)
                .required(Messages.text("problems.field.date"), recordedOn)
                .plausibleDate(Messages.text("problems.field.date"), recordedOn)
                .range(Messages.text("problems.field.capacityPercent"), capacityPercent, 0, 1000)
                .range(Messages.text("problems.field.workloadPoints"), workloadPoints, 0, 100_000)
                .range(Messages.text("problems.field.contractedHours"), contractedHours, 0.5, 60)
                .range(Messages.text("problems.field.reductionHours"), reductionHours, 0, 60)
                .range(Messages.text("problems.field.casesHeld"), casesHeld, 0, 2000)
                .range(Messages.text("problems.field.hoursWorked"), hoursWorked, 0, 120)
                .when(contractedHours != null && reductionHours != null && reductionHours > contractedHours,
                        Messages.text("problems.workload.reductionOverContracted"))
                .longText(Messages.text("problems.field.uncountedWork"), uncountedWork)
                .when(capacityPercent == null && workloadPoints == null && casesHeld == null && hoursWorked == null
                        && uncountedWork == null,
                        Messages.text("problems.workload.noFigure"))
                .list();
    }
}
