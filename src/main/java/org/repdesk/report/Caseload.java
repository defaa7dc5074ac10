package org.repdesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.store.CaseloadQueries;
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
        int dueSoonCount,
        List<DueItem> dueSoon,
        int overdueCount,
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

    /** Everything, every due deadline listed: the caseload report. */
    public static Caseload of(RepDesk desk) {
        return of(desk, Integer.MAX_VALUE);
    }

    /**
     * The figures, by aggregate queries (a large file is not read whole); the due and overdue lists
     * hold the soonest {@code listed} deadlines each, their counts all of them (the dashboard shows four).
     */
    public static Caseload of(RepDesk desk, int listed) {
        LocalDate today = desk.cases().today();
        CaseloadQueries q = desk.caseloadQueries();
        StageCatalogue catalogue = desk.settings().stages();
        Map<CaseType, Map<String, Integer>> byTypeStage = new EnumMap<>(CaseType.class);
        int open = 0;
        int onHold = 0;
        int factor = 0;
        for (CaseloadQueries.LiveCount c : q.liveCounts()) {
            if (c.status() == CaseStatus.ON_HOLD) {
                onHold += c.count();
            } else {
                open += c.count();
                byTypeStage.computeIfAbsent(c.type(), t -> new TreeMap<>(stageOrder(catalogue.stagesFor(t))))
                        .merge(c.stage(), c.count(), Integer::sum);
            }
            if (c.factor() == WorkloadFactor.YES || c.factor() == WorkloadFactor.DISPUTED) {
                factor += c.count();
            }
        }
        LocalDate soonUntil = today.plusDays(SOON_DAYS);
        CaseloadQueries.DueCounts counts = q.dueCounts(today, soonUntil);
        List<DueItem> late = items(q.due(null, today.minusDays(1), listed));
        List<DueItem> soon = items(q.due(today, soonUntil, listed));

        List<Double> latest = new ArrayList<>(q.latestCapacities());
        latest.sort(null);
        WmtSettings wmt = desk.settings().wmt();
        int over = q.membersOverThreshold(wmt.excessivePercent(), wmt.excessiveWeeks());
        Map<DemandStatus, Integer> demands = new EnumMap<>(DemandStatus.class);
        int promises = 0;
        for (DemandSummary s : desk.demands().summariesWithoutEvidence()) {
            demands.merge(s.demand().status(), 1, Integer::sum);
            if (s.promiseOverdue()) {
                promises++;
            }
        }
        return new Caseload(today, open, onHold, byTypeStage, counts.soon(), soon, counts.overdue(), late, factor,
                latest.size(), latest.isEmpty() ? null : BriefBuilder.quantile(latest, 0.5), over, demands, promises);
    }

    /** Soonest first; same-day deadlines by reference. */
    private static List<DueItem> items(List<CaseloadQueries.Due> due) {
        return due.stream().map(d -> new DueItem(d.caseId(), d.reference(), d.type(), d.due(), d.what(), d.hearing()))
                .sorted(Comparator.comparing(DueItem::due).thenComparing(DueItem::reference)).toList();
    }

    /** Stages in the catalogue's order (the order a case moves through them); others after, by name. */
    private static Comparator<String> stageOrder(List<String> stages) {
        return Comparator.<String>comparingInt(s -> {
            int at = stages.indexOf(s);
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    }

    /** Share of open and on-hold cases where excessive workload is a factor, in whole percent. */
    public int workloadFactorPercent() {
        int live = openCases + onHoldCases;
        return live == 0 ? 0 : Math.round(100f * openWithWorkloadFactor / live);
    }
}
