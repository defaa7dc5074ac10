package org.repdesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.DemandService.DemandSummary;
import org.repdesk.service.RepDesk;

/**
 * The state of the rep's caseload today: the dashboard's tiles and the caseload report share it.
 * Deadlines are listed by case reference, never by name.
 */
public record Caseload(
        LocalDate today,
        int openCases,
        int onHoldCases,
        Map<CaseType, Map<String, Integer>> openByTypeAndStage,
        List<DueItem> dueSoon,
        List<DueItem> overdue,
        int openWithWorkloadFactor,
        int membersWithWmt,
        Double medianCapacity,
        int membersOverThreshold,
        Map<DemandStatus, Integer> demandsByStatus,
        int promisesOverdue) {

    public static final int SOON_DAYS = 14;

    /** A deadline with its case's reference and type. */
    public record DueItem(UUID caseId, String reference, CaseType type, LocalDate due, String what, boolean hearing) {
    }

    public static Caseload of(RepDesk desk) {
        return of(desk, desk.cases().listRows());
    }

    /** The same, from a cases list already read (the app's), so a large file is not read twice. */
    public static Caseload of(RepDesk desk, List<CaseListRow> rows) {
        LocalDate today = desk.cases().today();
        Map<UUID, CaseListRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.caseId(), r));
        Map<CaseType, Map<String, Integer>> byTypeStage = new EnumMap<>(CaseType.class);
        int open = 0;
        int onHold = 0;
        int factor = 0;
        for (CaseListRow r : rows) {
            if (r.status() == CaseStatus.CLOSED) {
                continue;
            }
            if (r.status() == CaseStatus.ON_HOLD) {
                onHold++;
            } else {
                open++;
                byTypeStage.computeIfAbsent(r.type(), t -> new LinkedHashMap<>()).merge(r.stage(), 1, Integer::sum);
            }
            if (r.workloadFactor() == WorkloadFactor.YES || r.workloadFactor() == WorkloadFactor.DISPUTED) {
                factor++;
            }
        }
        List<DueItem> soon = new ArrayList<>();
        List<DueItem> late = new ArrayList<>();
        for (Deadline d : desk.cases().allDeadlines()) {
            CaseListRow r = byId.get(d.caseId());
            if (d.done() || r == null || r.status() == CaseStatus.CLOSED) {
                continue;
            }
            DueItem item = new DueItem(d.caseId(), r.reference(), r.type(), d.dueOn(), d.description(), d.hearing());
            if (d.isOverdue(today)) {
                late.add(item);
            } else if (!d.dueOn().isAfter(today.plusDays(SOON_DAYS))) {
                soon.add(item);
            }
        }
        soon.sort(Comparator.comparing(DueItem::due));
        late.sort(Comparator.comparing(DueItem::due));

        Map<UUID, List<WorkloadRecord>> records = desk.workload().byMember();
        List<Double> latest = new ArrayList<>();
        for (List<WorkloadRecord> list : records.values()) {
            list.stream().filter(w -> w.capacityPercent() != null).max(Comparator.comparing(WorkloadRecord::recordedOn))
                    .ifPresent(w -> latest.add(w.capacityPercent()));
        }
        int over = desk.workload().excessiveSince(records).size();
        latest.sort(null);
        Map<DemandStatus, Integer> demands = new EnumMap<>(DemandStatus.class);
        int promises = 0;
        for (DemandSummary s : desk.demands().summaries()) {
            demands.merge(s.demand().status(), 1, Integer::sum);
            if (s.promiseOverdue()) {
                promises++;
            }
        }
        return new Caseload(today, open, onHold, byTypeStage, soon, late, factor, latest.size(),
                latest.isEmpty() ? null : BriefBuilder.quantile(latest, 0.5), over, demands, promises);
    }

    /** Share of open and on-hold cases where excessive workload is a factor, in whole percent. */
    public int workloadFactorPercent() {
        int live = openCases + onHoldCases;
        return live == 0 ? 0 : Math.round(100f * openWithWorkloadFactor / live);
    }
}
