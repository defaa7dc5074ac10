package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One piece of casework for one member: a capability or sickness-absence case, a workload concern
 * and so on. The reference (e.g. 2026-0042) is given by the store when the case is first saved.
 */
public record CaseFile(
        UUID id,
        String reference,
        UUID memberId,
        CaseType type,
        CaseStatus status,
        String stage,
        LocalDate openedOn,
        LocalDate closedOn,
        String manager,
        String outcome,
        WorkloadFactor workloadFactor,
        String workloadAccount) {

    public static CaseFile open(UUID memberId, CaseType type, String stage, LocalDate openedOn,
            WorkloadFactor workloadFactor) {
        return new CaseFile(UUID.randomUUID(), null, memberId, type, CaseStatus.OPEN, stage, openedOn, null, null,
                null, workloadFactor, null);
    }

    public CaseFile tidied() {
        return new CaseFile(id, reference, memberId, type, status, Problems.tidy(stage), openedOn, closedOn,
                Problems.tidy(manager), Problems.tidy(outcome), workloadFactor, Problems.tidy(workloadAccount));
    }

    public CaseFile withReference(String newReference) {
        return new CaseFile(id, newReference, memberId, type, status, stage, openedOn, closedOn, manager, outcome,
                workloadFactor, workloadAccount);
    }

    public CaseFile withStage(String newStage) {
        return new CaseFile(id, reference, memberId, type, status, newStage, openedOn, closedOn, manager, outcome,
                workloadFactor, workloadAccount);
    }

    public CaseFile withStatus(CaseStatus newStatus, LocalDate newClosedOn, String newOutcome) {
        return new CaseFile(id, reference, memberId, type, newStatus, stage, openedOn, newClosedOn, manager,
                newOutcome, workloadFactor, workloadAccount);
    }

    public CaseFile withDetails(String newManager, WorkloadFactor newFactor, String newAccount) {
        return new CaseFile(id, reference, memberId, type, status, stage, openedOn, closedOn, newManager, outcome,
                newFactor, newAccount);
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    /** What is wrong with this case, in words; empty when it may be saved. */
    public List<String> problems() {
        return new Problems()
                .required("problems.field.member", memberId)
                .required("problems.field.caseType", type)
                .required("problems.field.status", status)
                .required("problems.field.stage", stage)
                .shortText("problems.field.stage", stage)
                .required("problems.field.openedOn", openedOn)
                .plausibleDate("problems.field.openedOn", openedOn)
                .plausibleDate("problems.field.closedOn", closedOn)
                .required("problems.field.workloadFactor", workloadFactor)
                .shortText("problems.field.manager", manager)
                .longText("problems.field.outcome", outcome)
                .longText("problems.field.workloadAccount", workloadAccount)
                .when(status == CaseStatus.CLOSED && closedOn == null, "problems.case.closedOnNeeded")
                .when(status != CaseStatus.CLOSED && closedOn != null, "problems.case.closedOnNotClosed")
                .when(openedOn != null && closedOn != null && closedOn.isBefore(openedOn),
                        "problems.case.closesBeforeOpened")
                .when(status == CaseStatus.CLOSED && (outcome == null || outcome.isBlank()),
                        "problems.case.outcomeNeeded")
                .list();
    }
}
