package org.repdesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the cases list: the case with what the list shows of its member and deadlines. */
public record CaseListRow(
        UUID caseId,
        String reference,
        UUID memberId,
        String memberName,
        Region region,
        Grade grade,
        CaseType type,
        CaseStatus status,
        String stage,
        LocalDate openedOn,
        WorkloadFactor workloadFactor,
        LocalDate nextDeadline) {

    /** The next open deadline has passed. */
    public boolean isOverdue(LocalDate today) {
        return nextDeadline != null && nextDeadline.isBefore(today);
    }
}
