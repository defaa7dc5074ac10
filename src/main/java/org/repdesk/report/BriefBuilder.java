package org.repdesk.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.WmtSettings;
import org.repdesk.report.Brief.Count;
import org.repdesk.report.Brief.Row;
import org.repdesk.service.RepDesk;
import org.repdesk.service.ValidationException;
import org.repdesk.store.BriefQueries;
import org.repdesk.store.BriefQueries.EvidenceCell;

/**
 * Computes a negotiation brief's content once; the renderers only lay it out. Small groups are
 * merged here (rows into "other …", months into runs), so every format hides the same things.
 */
public final class BriefBuilder {

    private final RepDesk desk;
    private final BriefQueries queries;

    public BriefBuilder(RepDesk desk) {
        this.desk = desk;
        this.queries = desk.briefQueries();
    }

    public Brief build(BriefScope scope, String producedBy) {
        if (!scope.problems().isEmpty()) {
            throw new ValidationException(scope.problems());
        }
        BriefQueries.Filter filter = new BriefQueries.Filter(scope.from(), scope.to(), scope.region(), scope.team(),
                scope.grade(), scope.caseType());
        int small = scope.smallGroup();
        try (BriefQueries.Beside beside = queries.beside()) {
            return build(scope, producedBy, filter, small, beside);
        }
    }

    /**
     * The linked cases, the latest capacities, the months and the sickness-absence count are read beside the
     * rest ({@link BriefQueries#beside}), split so that on a casebook both connections' shares are about equal
     * (psql, 100,000 cases, no parallel workers, 7 Dec 2026): for an officer linked cases 182, latest
     * capacities 80, months 62 and the sickness count 70-100 ms against totals, cube and the four-week run
     * 70 + 100 + 230 (the count and the months had been the caller's: 550 against 260 ms); for a rep 43 + 107
     * + 5 + 15 against 20 + 18 + 100 and the sickness cases 9. The caller reads all of its own first (totals,
     * cube, run, each demand's history and responses, the sickness cases with absences), then takes the
     * others' answers: on a data file each is read then, on the caller's connection, as before.
     */
    private Brief build(BriefScope scope, String producedBy, BriefQueries.Filter filter, int small,
            BriefQueries.Beside beside) {
        List<Demand> chosen = desk.demands().all().stream()
                .filter(d -> scope.demandIds().isEmpty() || scope.demandIds().contains(d.id()))
                .sorted(Comparator.comparing(Demand::kind).thenComparing(Demand::raisedOn))
                .toList();
        List<UUID> chosenIds = chosen.stream().map(Demand::id).toList();
        java.util.function.Supplier<Map<UUID, Integer>> linked = beside.read(q -> q.linkedCasesInScope(chosenIds, filter));
        java.util.function.Supplier<List<Double>> latest = beside.read(q -> q.latestCapacities(filter));
        java.util.function.Supplier<List<BriefQueries.MonthCount>> months = beside.read(q -> q.openedByMonth(filter));
        java.util.function.Supplier<Integer> sicknessCases = beside.read(q -> q.sicknessCaseCount(filter));
        BriefQueries.Totals totals = queries.totals(filter);
        List<EvidenceCell> evidenceCells = queries.evidenceCube(filter);
        WmtSettings settings = desk.settings().wmt();
        int over = queries.overThreshold(filter, settings);
        List<Brief.DemandSection> sections = new ArrayList<>();
        for (Demand d : chosen) { // the linked cases' counts put in once the second connection has them
            sections.add(new Brief.DemandSection(d, desk.demands().history(d.id()), desk.demands().responses(d.id()), null));
        }
        Brief.AbsenceReasons reasons = BriefAbsenceReasons.of(desk, filter, scope.to(), small, sicknessCases);

        Brief.Evidence evidence = new Brief.Evidence(
                new Count(totals.inScope()),
                new Count(sum(evidenceCells, c -> c.type() == CaseType.CAPABILITY)),
                new Count(sum(evidenceCells, c -> c.type() == CaseType.SICKNESS_ABSENCE)),
                new Count(totals.workloadFactor()),
                byTypeAndStage(evidenceCells, small),
                merge(group(evidenceCells, c -> Phrase.label(c.status()), statusOrder()), small, Phrase.of("doc.brief.other")),
                merge(group(evidenceCells, c -> Phrase.label(c.grade()), null), small, Phrase.of("doc.brief.otherGrades")),
                merge(group(evidenceCells, c -> c.region() == null ? Phrase.of("doc.brief.regionNotRecorded")
                        : Phrase.label(c.region()), null), small, Phrase.of("doc.brief.otherRegions")),
                trend(scope, months.get(), small),
                wmt(settings, small, over, latest.get()),
                reasons);

        Map<UUID, Integer> linkedCases = linked.get();
        sections.replaceAll(d -> new Brief.DemandSection(d.demand(), d.history(), d.responses(),
                new Count(linkedCases.get(d.demand().id()))));
        List<Brief.IdentifiedCase> named = scope.includeIdentities()
                ? queries.namedCases(filter).stream().map(n -> new Brief.IdentifiedCase(n.reference(), n.memberName(),
                        n.type(), n.stage(), n.status())).toList()
                : List.of();
        return new Brief(scope, desk.cases().today(), producedBy, sections, evidence, named);
    }

    private static int sum(List<EvidenceCell> cells, Predicate<EvidenceCell> which) {
        return cells.stream().filter(which).mapToInt(EvidenceCell::count).sum();
    }

    private static Map<Phrase, Integer> statusOrder() {
        Map<Phrase, Integer> order = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            order.put(Phrase.label(s), 0);
        }
        return order;
    }

    /** Groups in the seed's order, else alphabetically by their English words (the same order in either language). */
    private static Map<Phrase, Integer> group(List<EvidenceCell> cells, java.util.function.Function<EvidenceCell, Phrase> key,
            Map<Phrase, Integer> seed) {
        // Summed by phrase first, then sorted: the sorted map compares phrases by their English words,
        // and merging each cell into it wrote two phrases out (a bundle look-up and a format each) per
        // comparison, every cell of the evidence cube over again (issue 21, seventh session).
        Map<Phrase, Integer> sums = new LinkedHashMap<>();
        for (EvidenceCell c : cells) {
            sums.merge(key.apply(c), c.count(), Integer::sum);
        }
        Map<Phrase, Integer> map = seed == null ? new java.util.TreeMap<>(Comparator.comparing(Phrase::toString))
                : new LinkedHashMap<>(seed);
        sums.forEach((phrase, count) -> map.merge(phrase, count, Integer::sum));
        return map;
    }

    private static List<Row> byTypeAndStage(List<EvidenceCell> cells, int small) {
        List<Row> rows = new ArrayList<>();
        for (CaseType type : List.of(CaseType.CAPABILITY, CaseType.SICKNESS_ABSENCE)) {
            Map<Phrase, Integer> stages = new LinkedHashMap<>();
            cells.stream().filter(c -> c.type() == type)
                    .sorted(Comparator.comparing(EvidenceCell::stage))
                    .forEach(c -> stages.merge(Phrase.stage(c.stage()), c.count(), Integer::sum));
            for (Row r : merge(stages, small, Phrase.of("doc.brief.otherStages"))) {
                rows.add(new Row(Phrase.of("doc.brief.typeAndStage", Map.of("type", Phrase.label(type), "stage", r.label())),
                        r.count()));
            }
        }
        return rows;
    }

    /** Keeps groups of at least {@code small}; the rest are summed into one "other" row. */
    static List<Row> merge(Map<Phrase, Integer> groups, int small, Phrase otherLabel) {
        List<Row> rows = new ArrayList<>();
        int other = 0;
        for (var e : groups.entrySet()) {
            if (e.getValue() > 0 && e.getValue() < small) {
                other += e.getValue();
            } else {
                rows.add(new Row(e.getKey(), new Count(e.getValue())));
            }
        }
        if (other > 0) {
            rows.add(new Row(otherLabel, new Count(other)));
        }
        return rows;
    }

    /**
     * Months from the period's start to its end; a run of months is merged while either count in
     * it is a small group, so no bar on the chart stands for one or two people.
     */
    static List<Brief.Trend> trend(BriefScope scope, List<BriefQueries.MonthCount> counts, int small) {
        Map<YearMonth, int[]> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(scope.from()); !m.isAfter(YearMonth.from(scope.to())); m = m.plusMonths(1)) {
            byMonth.put(m, new int[2]);
        }
        for (BriefQueries.MonthCount c : counts) {
            int[] cell = byMonth.get(YearMonth.parse(c.month()));
            if (cell != null) {
                cell[c.type() == CaseType.CAPABILITY ? 0 : 1] += c.count();
            }
        }
        List<Run> runs = new ArrayList<>();
        YearMonth runStart = null;
        int cap = 0;
        int sick = 0;
        YearMonth runEnd = null;
        for (var e : byMonth.entrySet()) {
            if (runStart == null) {
                runStart = e.getKey();
            }
            runEnd = e.getKey();
            cap += e.getValue()[0];
            sick += e.getValue()[1];
            if (!isSmall(cap, small) && !isSmall(sick, small)) {
                runs.add(new Run(runStart, runEnd, cap, sick));
                runStart = null;
                cap = 0;
                sick = 0;
            }
        }
        if (runStart != null) {
            if (!runs.isEmpty() && (isSmall(cap, small) || isSmall(sick, small))) {
                // the small tail joins the previous bucket rather than standing alone
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(last.start(), runEnd, last.capability() + cap, last.sickness() + sick));
            } else {
                runs.add(new Run(runStart, runEnd, cap, sick));
            }
        }
        return runs.stream().map(r -> new Brief.Trend(label(r.start(), r.end()), new Count(r.capability()),
                new Count(r.sickness()))).toList();
    }

    /** Months merged into one bar. */
    private record Run(YearMonth start, YearMonth end, int capability, int sickness) {
    }

    private static boolean isSmall(int n, int small) {
        return n > 0 && n < small;
    }

    /** "Sep 2026", or "Sep 2026–Nov 2026" for a run, each month in the document's language. */
    private static Phrase label(YearMonth start, YearMonth end) {
        return start.equals(end) ? Phrase.of("doc.brief.month", Map.of("month", start))
                : Phrase.of("doc.brief.months", Map.of("from", start, "to", end));
    }

    /**
     * Each member's latest capacity in the period; the four-week rule over all their records in it
     * (ExcessiveWorkload's, counted in SQL).
     */
    private static Brief.Wmt wmt(WmtSettings settings, int small, int over, List<Double> latest) {
        boolean enough = latest.size() >= small;
        return new Brief.Wmt(new Count(latest.size()),
                enough ? quantile(latest, 0.5) : null,
                enough ? quantile(latest, 0.25) : null,
                enough ? quantile(latest, 0.75) : null,
                new Count(over), settings.excessivePercent(), settings.excessiveWeeks(),
                enough ? latest : List.of());
    }

    /** Linear interpolation between closest ranks (the usual spreadsheet QUARTILE.INC). */
    static double quantile(List<Double> sorted, double q) {
        double pos = q * (sorted.size() - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
    }
}
