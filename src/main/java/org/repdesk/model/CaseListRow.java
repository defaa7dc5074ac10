package org.repdesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the cases list: the case with what the list shows of its member and deadlines.
 * {@code fileRow} is the case's row number in the data file: search results name cases by it
 * (see {@link CaseMatches}), which spares a large search one lookup per matching case.
 */
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
        LocalDate nextDeadline,
        long fileRow) {

    /** The next open deadline has passed. */
    public boolean isOverdue(LocalDate today) {
        return nextDeadline != null && nextDeadline.isBefore(today);
    }
}
