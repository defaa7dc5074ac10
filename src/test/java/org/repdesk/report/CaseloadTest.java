package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.FileCheck;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/**
 * The dashboard's figures come from aggregate SQL; here they must equal the same figures worked
 * out the plain way from whole lists (every case row, deadline and workload record, and the
 * model's own ExcessiveWorkload rule), on random files.
 */
class CaseloadTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private RepDesk desk;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theDashboardsQueriesGiveTheSameFiguresAsCountingEveryRecord(long seed) {
        Random r = new Random(seed);
        LocalDate today = desk.cases().today();
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            members.add(desk.members().save(aMember().named("Member " + i).number("N-" + i).build()));
        }
        CaseType[] types = CaseType.values();
        for (int i = 0; i < 60; i++) {
            CaseType type = types[r.nextInt(types.length)];
            List<String> stages = desk.settings().stages().stagesFor(type);
            CaseFile c = desk.cases().open(aCase(members.get(r.nextInt(members.size())))
                    .type(type, stages.get(r.nextInt(stages.size())))
                    .workload(WorkloadFactor.values()[r.nextInt(WorkloadFactor.values().length)])
                    .openedOn(today.minusDays(30 + r.nextInt(300))).build());
            int pick = r.nextInt(4);
            if (pick == 0) {
                desk.cases().update(c.withStatus(CaseStatus.CLOSED, today.minusDays(5), "Resolved"));
            } else if (pick == 1) {
                desk.cases().update(c.withStatus(CaseStatus.ON_HOLD, null, null));
            }
            for (int d = r.nextInt(4); d > 0; d--) {
                Deadline deadline = desk.cases().addDeadline(Deadline.of(c.id(), today.plusDays(r.nextInt(40) - 20),
                        "Deadline " + d, r.nextBoolean()));
                if (r.nextInt(5) == 0) {
                    desk.cases().setDeadlineDone(deadline.id(), true);
                }
            }
            // Closed or reopened after its deadlines were set: the deadlines follow (V6's triggers).
            if (pick == 2 && r.nextInt(3) == 0) {
                desk.cases().update(desk.cases().byId(c.id()).orElseThrow()
                        .withStatus(CaseStatus.CLOSED, today.minusDays(1), "Withdrawn"));
            } else if (pick == 0 && r.nextInt(3) == 0) {
                desk.cases().update(desk.cases().byId(c.id()).orElseThrow().withStatus(CaseStatus.OPEN, null, null));
            }
        }
        // Weekly records with gaps, second records in a week, missing capacities and values at the threshold.
        for (Member m : members.subList(0, 20)) {
            LocalDate on = today.minusWeeks(30).plusDays(r.nextInt(7));
            for (int k = r.nextInt(14); k > 0; k--) {
                on = on.plusDays(new int[] {1, 3, 7, 7, 7, 7, 14}[r.nextInt(7)]);
                Double pct = r.nextInt(8) == 0 ? null : new double[] {95, 110, 110.5, 120, 130, 140}[r.nextInt(6)];
                desk.workload().add(WorkloadRecord.of(m.id(), on, pct, pct == null ? 1500.0 : null, null, null, null,
                        null, null));
            }
        }

        Caseload fromSql = Caseload.of(desk);
        Caseload counted = countedOneByOne();
        assertEquals(counted.openCases(), fromSql.openCases());
        assertEquals(counted.onHoldCases(), fromSql.onHoldCases());
        assertEquals(counted.openWithWorkloadFactor(), fromSql.openWithWorkloadFactor());
        assertEquals(counted.openByTypeAndStage(), fromSql.openByTypeAndStage());
        assertEquals(dues(counted.overdue()), dues(fromSql.overdue()));
        assertEquals(dues(counted.dueSoon()), dues(fromSql.dueSoon()));
        assertEquals(counted.overdue().size(), fromSql.overdueCount());
        assertEquals(counted.dueSoon().size(), fromSql.dueSoonCount());
        assertEquals(counted.membersWithWmt(), fromSql.membersWithWmt());
        assertEquals(counted.medianCapacity(), fromSql.medianCapacity());
        assertEquals(counted.membersOverThreshold(), fromSql.membersOverThreshold());
        for (CaseType type : CaseType.values()) {
            for (Caseload.DueBand band : Caseload.DueBand.values()) {
                assertEquals(countIn(counted, type, band, today), fromSql.due(type, band), type + " " + band);
            }
        }

        // The dashboard's glance: the soonest two (which two of a day's several is not fixed), all counted.
        Caseload glance = Caseload.of(desk, 2);
        assertEquals(fromSql.overdue().stream().limit(2).map(Caseload.DueItem::due).toList(),
                glance.overdue().stream().map(Caseload.DueItem::due).toList());
        assertTrue(fromSql.overdue().containsAll(glance.overdue()));
        assertEquals(fromSql.overdueCount(), glance.overdueCount());
        assertEquals(fromSql.dueSoonCount(), glance.dueSoonCount());
        // The dashboard's first frame reads the rest first and the members' workload after: the same figures.
        Caseload first = Caseload.withoutWorkload(desk, 2);
        assertFalse(first.workloadRead());
        assertEquals(null, first.workload());
        assertEquals(glance, first.with(Caseload.Workload.of(desk)));
        assertEquals(new Caseload.Workload(counted.membersWithWmt(), counted.medianCapacity(),
                counted.membersOverThreshold()), glance.workload());
        assertEquals(List.of(), new FileCheck(desk.database()).run().problems());
    }

    @org.junit.jupiter.api.Test
    void aDeadlineLeavesTheFiguresWhenItsCaseClosesAndComesBackWhenItReopens() throws Exception {
        LocalDate today = desk.cases().today();
        Member m = desk.members().save(aMember().named("Carys Lloyd").build());
        CaseFile c = desk.cases().open(aCase(m).openedOn(today.minusDays(60)).build());
        desk.cases().addDeadline(Deadline.of(c.id(), today.minusDays(3), "Appeal letter", false));
        desk.cases().addDeadline(Deadline.of(c.id(), today.plusDays(2), "Hearing", true));
        assertEquals(List.of(1, 1), dueCounts());

        CaseFile closed = desk.cases().update(c.withStatus(CaseStatus.CLOSED, today, "Resolved"));
        assertEquals(List.of(0, 0), dueCounts());
        desk.cases().addDeadline(Deadline.of(c.id(), today.minusDays(1), "Added after closing", false));
        assertEquals(List.of(0, 0), dueCounts());

        desk.cases().update(closed.withStatus(CaseStatus.ON_HOLD, null, null));
        assertEquals(List.of(2, 1), dueCounts());
        assertEquals(List.of(), new FileCheck(desk.database()).run().problems());

        // A flag out of step with its case (not something RepDesk writes) is found by the file check.
        desk.database().write(conn -> {
            try (java.sql.Statement st = conn.createStatement()) {
                return st.executeUpdate("UPDATE deadline SET case_closed = 1 WHERE description = 'Hearing'");
            }
        });
        List<String> problems = new FileCheck(desk.database()).run().problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("deadlines belong to closed cases"), problems.get(0));
    }

    @org.junit.jupiter.api.Test
    void theReportListsTheLongestOverdueByReferenceAndCountsEveryOneByTypeAndLateness() {
        LocalDate today = desk.cases().today();
        Member m = desk.members().save(aMember().named("Carys Lloyd").build());
        CaseFile c = desk.cases().open(aCase(m).type(CaseType.CAPABILITY, desk.settings().stages().stagesFor(CaseType.CAPABILITY).get(0)).openedOn(today.minusDays(400)).build());
        int overdue = Caseload.REPORT_LISTED + 5;
        for (int i = 1; i <= overdue; i++) {
            desk.cases().addDeadline(Deadline.of(c.id(), today.minusDays(i), "Letter " + i, false));
        }
        desk.cases().addDeadline(Deadline.of(c.id(), today.plusDays(3), "Hearing", true));

        Caseload report = Caseload.of(desk);

        assertEquals(Caseload.REPORT_LISTED, report.overdue().size());
        assertEquals(overdue, report.overdueCount());
        assertEquals(today.minusDays(overdue), report.overdue().get(0).due(), "the longest overdue first");
        assertEquals(7, report.due(CaseType.CAPABILITY, Caseload.DueBand.OVERDUE_WEEK));
        assertEquals(1, report.due(CaseType.CAPABILITY, Caseload.DueBand.DUE_SOON));
        assertEquals(overdue, java.util.Arrays.stream(Caseload.DueBand.values())
                .filter(b -> b != Caseload.DueBand.DUE_SOON).mapToInt(b -> report.due(CaseType.CAPABILITY, b)).sum());
        String html = CaseloadHtml.render(report);
        assertTrue(html.contains("The 200 longest overdue of 205 are listed here"), html);
        assertTrue(html.contains("Overdue over three months"), html);
    }

    /** The band a deadline falls in, worked out from its date the plain way. */
    private static int countIn(Caseload counted, CaseType type, Caseload.DueBand band, LocalDate today) {
        int n = 0;
        for (Caseload.DueItem d : counted.overdue()) {
            long late = java.time.temporal.ChronoUnit.DAYS.between(d.due(), today);
            Caseload.DueBand b = late <= 7 ? Caseload.DueBand.OVERDUE_WEEK
                    : !d.due().isBefore(today.minusMonths(1)) ? Caseload.DueBand.OVERDUE_MONTH
                    : !d.due().isBefore(today.minusMonths(3)) ? Caseload.DueBand.OVERDUE_QUARTER
                    : Caseload.DueBand.OVERDUE_LONGER;
            n += d.type() == type && b == band ? 1 : 0;
        }
        if (band == Caseload.DueBand.DUE_SOON) {
            n += (int) counted.dueSoon().stream().filter(d -> d.type() == type).count();
        }
        return n;
    }

    private List<Integer> dueCounts() {
        Caseload figures = Caseload.of(desk);
        return List.of(figures.overdueCount(), figures.dueSoonCount());
    }

    /** Due items as comparable text; same-day items in reference order. */
    private static List<String> dues(List<Caseload.DueItem> items) {
        return items.stream().map(d -> d.due() + " " + d.reference() + " " + d.what() + " " + d.hearing()).toList();
    }

    /** The figures the plain way, as the dashboard worked them out before it used aggregate queries. */
    private Caseload countedOneByOne() {
        LocalDate today = desk.cases().today();
        List<CaseListRow> rows = desk.cases().listRows();
        Map<UUID, CaseListRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.caseId(), row));
        Map<CaseType, Map<String, Integer>> byTypeStage = new java.util.EnumMap<>(CaseType.class);
        int open = 0;
        int onHold = 0;
        int factor = 0;
        for (CaseListRow row : rows) {
            if (row.status() == CaseStatus.CLOSED) {
                continue;
            }
            if (row.status() == CaseStatus.ON_HOLD) {
                onHold++;
            } else {
                open++;
                byTypeStage.computeIfAbsent(row.type(), t -> new java.util.TreeMap<>()).merge(row.stage(), 1, Integer::sum);
            }
            if (row.workloadFactor() == WorkloadFactor.YES || row.workloadFactor() == WorkloadFactor.DISPUTED) {
                factor++;
            }
        }
        List<Caseload.DueItem> soon = new ArrayList<>();
        List<Caseload.DueItem> late = new ArrayList<>();
        for (Deadline d : desk.cases().allDeadlines()) {
            CaseListRow row = byId.get(d.caseId());
            if (d.done() || row == null || row.status() == CaseStatus.CLOSED) {
                continue;
            }
            Caseload.DueItem item = new Caseload.DueItem(d.caseId(), row.reference(), row.type(), d.dueOn(),
                    d.description(), d.hearing());
            if (d.isOverdue(today)) {
                late.add(item);
            } else if (!d.dueOn().isAfter(today.plusDays(Caseload.SOON_DAYS))) {
                soon.add(item);
            }
        }
        Comparator<Caseload.DueItem> order = Comparator.comparing(Caseload.DueItem::due)
                .thenComparing(Caseload.DueItem::reference);
        soon.sort(order);
        late.sort(order);
        Map<UUID, List<WorkloadRecord>> records = new java.util.HashMap<>();
        desk.workload().all().forEach(w -> records.computeIfAbsent(w.memberId(), k -> new ArrayList<>()).add(w));
        List<Double> latest = new ArrayList<>();
        for (List<WorkloadRecord> list : records.values()) {
            list.stream().filter(w -> w.capacityPercent() != null).max(Comparator.comparing(WorkloadRecord::recordedOn))
                    .ifPresent(w -> latest.add(w.capacityPercent()));
        }
        latest.sort(null);
        int over = (int) records.values().stream()
                .filter(own -> org.repdesk.model.ExcessiveWorkload.reachedOn(own, desk.settings().wmt()).isPresent()).count();
        // Stages compared as maps: the SQL version orders them by the catalogue, which equals() ignores.
        return new Caseload(today, open, onHold, byTypeStage, soon.size(), soon, late.size(), late, factor,
                latest.size(), latest.isEmpty() ? null : BriefBuilder.quantile(latest, 0.5), over, Map.of(), 0);
    }
}
