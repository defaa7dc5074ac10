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
 * Deadlines are listed by case reference, never by name. The members' workload ({@link #workload()}) is
 * null when the figures were read {@link #withoutWorkload without it}.
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
        Workload workload,
        Map<DemandStatus, Integer> demandsByStatus,
        int promisesOverdue,
        List<DueCount> dueByType) {

    public static final int SOON_DAYS = 14;

    /**
     * How many deadlines the caseload report lists by reference in each of its two lists (the rest are
     * counted): at 100,000 cases 52,000 were due or overdue, and listing them all made a 1,490-page
     * PDF that took minutes and 3.9 GB to lay out (issue 21). The deadlines export lists every one.
     */
    public static final int REPORT_LISTED = 200;

    /** How far a live deadline is from today: due soon, or overdue by up to a week, a month, three months, or longer. */
    public enum DueBand {
        DUE_SOON, OVERDUE_WEEK, OVERDUE_MONTH, OVERDUE_QUARTER, OVERDUE_LONGER
    }

    /** How many open deadlines of live cases of one type fall in one band. */
    public record DueCount(CaseType type, DueBand band, int count) {
    }

    /** The figures without the counts by type and band (as the dashboard's tiles and older callers make them). */
    public Caseload(LocalDate today, int openCases, int onHoldCases, Map<CaseType, Map<String, Integer>> openByTypeAndStage,
            int dueSoonCount, List<DueItem> dueSoon, int overdueCount, List<DueItem> overdue, int openWithWorkloadFactor,
            int membersWithWmt, Double medianCapacity, int membersOverThreshold, Map<DemandStatus, Integer> demandsByStatus,
            int promisesOverdue) {
        this(today, openCases, onHoldCases, openByTypeAndStage, dueSoonCount, dueSoon, overdueCount, overdue,
                openWithWorkloadFactor, new Workload(membersWithWmt, medianCapacity, membersOverThreshold),
                demandsByStatus, promisesOverdue, List.of());
    }

    /** A deadline with its case's reference and type. */
    public record DueItem(UUID caseId, String reference, CaseType type, LocalDate due, String what, boolean hearing) {
    }

    /**
     * The caseload report: every figure, the due deadlines counted by case type and how late, and the
     * {@link #REPORT_LISTED} soonest of each list by reference. Nothing read grows with the file but
     * counts (a few dozen rows), so a report of 300,000 cases needs no more memory than one of 300.
     */
    public static Caseload of(RepDesk desk) {
        return of(desk, REPORT_LISTED, true, true);
    }

    /** The count for one type and band (0 when none). */
    public int due(CaseType type, DueBand band) {
        return dueByType.stream().filter(d -> d.type() == type && d.band() == band).mapToInt(DueCount::count).sum();
    }

    /**
     * The figures, by aggregate queries (a large file is not read whole); the due and overdue lists
     * hold the soonest {@code listed} deadlines each, their counts all of them (the dashboard shows four).
     */
    public static Caseload of(RepDesk desk, int listed) {
        return of(desk, listed, false, true);
    }

    /**
     * As {@link #of(RepDesk, int)} without the members' workload ({@link #workloadRead()} false, {@link #workload()}
     * null), for the dashboard's first frame: the latest capacities and the over-threshold
     * count are the two dearest statements of the dashboard (at 100,000 cases ~200 ms of a core at start-up,
     * of its ~400, on the core the window is being built with, issue 21); {@link Workload#of} reads them after.
     */
    public static Caseload withoutWorkload(RepDesk desk, int listed) {
        return of(desk, listed, false, false);
    }

    /** The members' latest WMT capacities and how many are over the threshold: the dashboard's WMT tile. */
    public record Workload(int membersWithWmt, Double medianCapacity, int membersOverThreshold) {

        /** Read by two statements over the workload records. */
        public static Workload of(RepDesk desk) {
            CaseloadQueries q = desk.caseloadQueries();
            CaseloadQueries.CapacitySpread capacities = q.latestCapacitySpread();
            WmtSettings wmt = desk.settings().wmt();
            int over = q.membersOverThreshold(wmt.excessivePercent(), wmt.excessiveWeeks());
            return new Workload(capacities.members(), capacities.median(), over);
        }
    }

    /** False for figures read {@link #withoutWorkload}: {@link #workload()} is then null. */
    public boolean workloadRead() {
        return workload != null;
    }

    /** How many members have a WMT capacity recorded (0 while the workload is not read). */
    public int membersWithWmt() {
        return workload == null ? 0 : workload.membersWithWmt();
    }

    /** The median of the members' latest WMT capacities (null when none, or while the workload is not read). */
    public Double medianCapacity() {
        return workload == null ? null : workload.medianCapacity();
    }

    /** How many members are over the employer's excessive-workload threshold (0 while the workload is not read). */
    public int membersOverThreshold() {
        return workload == null ? 0 : workload.membersOverThreshold();
    }

    /** These figures with the members' workload {@code w} (read after them). */
    public Caseload with(Workload w) {
        return new Caseload(today, openCases, onHoldCases, openByTypeAndStage, dueSoonCount, dueSoon, overdueCount,
                overdue, openWithWorkloadFactor, w, demandsByStatus, promisesOverdue, dueByType);
    }

    /**
     * With {@code byType}, the due deadlines counted by type and band, and the due and overdue
     * totals summed from them (the same deadlines, read once); without, the totals alone. Without
     * {@code workload}, the members' workload is left unread.
     */
    private static Caseload of(RepDesk desk, int listed, boolean byType, boolean workload) {
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
        List<DueCount> bands = new ArrayList<>();
        int soonCount;
        int lateCount;
        if (byType) {
            for (CaseloadQueries.DueByType d : q.dueByType(today, soonUntil, today.minusDays(7), today.minusMonths(1),
                    today.minusMonths(3))) {
                bands.add(new DueCount(d.type(), DueBand.values()[d.band()], d.count()));
            }
            soonCount = bands.stream().filter(d -> d.band() == DueBand.DUE_SOON).mapToInt(DueCount::count).sum();
            lateCount = bands.stream().filter(d -> d.band() != DueBand.DUE_SOON).mapToInt(DueCount::count).sum();
        } else {
            CaseloadQueries.DueCounts counts = q.dueCounts(today, soonUntil);
            soonCount = counts.soon();
            lateCount = counts.overdue();
        }
        List<DueItem> late = items(q.due(null, today.minusDays(1), listed));
        List<DueItem> soon = items(q.due(today, soonUntil, listed));

        Workload w = workload ? Workload.of(desk) : null;
        Map<DemandStatus, Integer> demands = new EnumMap<>(DemandStatus.class);
        int promises = 0;
        for (DemandSummary s : desk.demands().summariesWithoutEvidence()) {
            demands.merge(s.demand().status(), 1, Integer::sum);
            if (s.promiseOverdue()) {
                promises++;
            }
        }
        return new Caseload(today, open, onHold, byTypeStage, soonCount, soon, lateCount, late, factor, w, demands,
                promises, List.copyOf(bands));
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
