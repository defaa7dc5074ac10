package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A demand put to the employer. Its current status is kept with it for lists; the history of
 * status changes lives in {@link DemandStatusChange}s. The evidence rule says which cases count as
 * evidence for it (e.g. capability cases where workload is a factor).
 *
 * @param sourceKey a stable key for demands loaded from a bulletin, so loading twice adds nothing
 */
public record Demand(
        UUID id,
        String title,
        String text,
        DemandKind kind,
        String raisedBy,
        LocalDate raisedOn,
        Priority priority,
        DemandStatus status,
        CaseType evidenceCaseType,
        boolean evidenceNeedsWorkloadFactor,
        String sourceKey) {

    public static Demand raise(String title, String text, DemandKind kind, String raisedBy, LocalDate raisedOn,
            Priority priority) {
        return new Demand(UUID.randomUUID(), Problems.tidy(title), Problems.tidy(text), kind, Problems.tidy(raisedBy),
                raisedOn, priority, DemandStatus.RAISED, null, false, null);
    }

    public Demand withEvidenceRule(CaseType type, boolean needsWorkloadFactor) {
        return new Demand(id, title, text, kind, raisedBy, raisedOn, priority, status, type, needsWorkloadFactor,
                sourceKey);
    }

    public Demand withSourceKey(String key) {
        return new Demand(id, title, text, kind, raisedBy, raisedOn, priority, status, evidenceCaseType,
                evidenceNeedsWorkloadFactor, key);
    }

    public Demand withStatus(DemandStatus newStatus) {
        return new Demand(id, title, text, kind, raisedBy, raisedOn, priority, newStatus, evidenceCaseType,
                evidenceNeedsWorkloadFactor, sourceKey);
    }

    public Demand withDetails(String newTitle, String newText, DemandKind newKind, String newRaisedBy,
            LocalDate newRaisedOn, Priority newPriority) {
        return new Demand(id, Problems.tidy(newTitle), Problems.tidy(newText), newKind, Problems.tidy(newRaisedBy),
                newRaisedOn, newPriority, status, evidenceCaseType, evidenceNeedsWorkloadFactor, sourceKey);
    }

    /** Whether a case counts as evidence under this demand's rule (no rule: no suggestions). */
    public boolean isEvidencedBy(CaseType type, WorkloadFactor factor) {
        if (evidenceCaseType == null || type != evidenceCaseType) {
            return false;
        }
        return !evidenceNeedsWorkloadFactor || factor == WorkloadFactor.YES || factor == WorkloadFactor.DISPUTED;
    }

    public List<String> problems() {
        return new Problems()
                .required("problems.field.title", title)
                .shortText("problems.field.title", title)
                .longText("problems.field.fullText", text)
                .required("problems.field.kind", kind)
                .shortText("problems.field.raisedBy", raisedBy)
                .required("problems.field.raisedOn", raisedOn)
                .plausibleDate("problems.field.raisedOn", raisedOn)
                .required("problems.field.priority", priority)
                .required("problems.field.status", status)
                .list();
    }
}
