package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.model.ExcessiveWorkload;
import org.repdesk.model.Member;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.Engine;
import org.repdesk.testing.TestDesk;

/**
 * The workload screen's lines come from SQL (each member's latest record, how many, and since when
 * the four-week rule is met); here they are worked out again the plain way, from every record read
 * whole, over generated casework with awkward records added (several in one week, two on one day,
 * no figure, weeks missed), on a data file and on a branch casebook, and the two must agree.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class WorkloadFiguresOnEitherStoreTest {

    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    private RepDesk desk;
    private org.repdesk.store.Database db;

    @BeforeEach
    void generatedCaseworkWithAwkwardRecords() {
        db = engine.open(dir);
        desk = new RepDesk(db, TestDesk.fixedClock());
        new DemoData(desk).generate(80, 300, 42);
        Random rnd = new Random(11);
        List<Member> members = desk.members().all();
        LocalDate from = TestDesk.TODAY.minusWeeks(30);
        List<WorkloadRecord> added = new ArrayList<>();
        for (Member m : members.subList(0, members.size() / 2)) {
            LocalDate day = from.plusDays(rnd.nextInt(7));
            for (int i = 0; i < 6 + rnd.nextInt(20); i++) {
                day = switch (rnd.nextInt(6)) {
                    case 0 -> day; // two on one day
                    case 1 -> day.plusDays(1 + rnd.nextInt(3)); // perhaps the same week
                    case 2 -> day.plusWeeks(2); // a week missed
                    default -> day.plusWeeks(1);
                };
                Double capacity = rnd.nextInt(8) == 0 ? null : 100.0 + rnd.nextInt(26);
                added.add(WorkloadRecord.of(m.id(), day, capacity, capacity == null ? 1800.0 : null, 37.0, null,
                        20 + rnd.nextInt(30), null, null));
            }
        }
        added.forEach(desk.workload()::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void eachMembersLatestRecordCountAndExcessiveDateAreThoseOfTheirRecordsReadWhole() {
        for (WmtSettings wmt : List.of(WmtSettings.DEFAULTS, new WmtSettings(2171, 37, 2659, 37, 105, 2),
                new WmtSettings(2171, 37, 2659, 37, 120, 1))) {
            desk.settings().saveWmt(wmt);
            Map<UUID, WorkloadService.MemberFigures> expected = readWhole(wmt);
            assertTrue(expected.values().stream().filter(f -> f.excessiveSince() != null).count() >= 5,
                    "some members meet the rule at " + wmt);
            assertTrue(expected.values().stream().anyMatch(f -> f.excessiveSince() == null), "and some do not");
            Map<UUID, WorkloadService.MemberFigures> fromSql = desk.workload().figuresByMember();
            assertEquals(expected.keySet(), fromSql.keySet(), "members with records");
            expected.forEach((member, figures) -> assertEquals(figures, fromSql.get(member), "at " + wmt));
        }
    }

    @Test
    void theDashboardsCountOverTheThresholdIsHowManyMembersTheRuleFindsInTheirRecordsReadWhole() {
        // One more member whose first week opens with two records on one day, 100% and 130%: the lower
        // is that week's first, so the week is not over and the three over weeks after it make no run of four.
        Member sameDay = desk.members().all().get(desk.members().all().size() - 1);
        LocalDate monday = TestDesk.TODAY.minusWeeks(10).with(java.time.DayOfWeek.MONDAY);
        for (double capacity : new double[] {130.0, 100.0}) {
            desk.workload().add(WorkloadRecord.of(sameDay.id(), monday, capacity, null, 37.0, null, 30, null, null));
        }
        for (int week = 1; week <= 3; week++) {
            desk.workload().add(WorkloadRecord.of(sameDay.id(), monday.plusWeeks(week), 130.0, null, 37.0, null, 30,
                    null, null));
        }
        for (WmtSettings wmt : List.of(WmtSettings.DEFAULTS, new WmtSettings(2171, 37, 2659, 37, 105, 2),
                new WmtSettings(2171, 37, 2659, 37, 120, 1))) {
            long expected = readWhole(wmt).values().stream().filter(f -> f.excessiveSince() != null).count();
            assertEquals(expected, desk.caseloadQueries().membersOverThreshold(wmt.excessivePercent(),
                    wmt.excessiveWeeks()), "at " + wmt);
        }
    }

    @Test
    void theDashboardsMedianIsOfEachMembersLatestFigureInTheirRecordsReadWhole() {
        // V18's statement takes a member's last day from a narrow index, that day's figure when it is the
        // day's only record with one, and goes to the order entered only when the day has two or more. So:
        // members whose last day has two figures (entered lower then higher, and higher then lower), a
        // figure then a record without one, and two figures before a last day with one.
        List<Member> members = desk.members().all();
        LocalDate day = TestDesk.TODAY.plusWeeks(1);
        Double[][] lastDays = {{118.0, 104.0}, {97.0, 131.0}, {122.0, null}, {null, 99.0}, {null}};
        for (int i = 0; i < lastDays.length; i++) {
            for (Double capacity : lastDays[i]) {
                desk.workload().add(WorkloadRecord.of(members.get(i).id(), day, capacity,
                        capacity == null ? 1800.0 : null, 37.0, null, 30, null, null));
            }
        }
        Member earlierTies = members.get(lastDays.length);
        for (double capacity : new double[] {140.0, 90.0}) {
            desk.workload().add(WorkloadRecord.of(earlierTies.id(), day.minusDays(2), capacity, null, 37.0, null, 30,
                    null, null));
        }
        desk.workload().add(WorkloadRecord.of(earlierTies.id(), day, 111.0, null, 37.0, null, 30, null, null));

        Map<UUID, Double> latest = new HashMap<>();
        for (WorkloadRecord r : desk.workload().all()) { // each member's in the order entered within a day
            if (r.capacityPercent() != null) {
                latest.put(r.memberId(), r.capacityPercent());
            }
        }
        assertEquals(104.0, latest.get(members.get(0).id()));
        assertEquals(131.0, latest.get(members.get(1).id()));
        assertEquals(122.0, latest.get(members.get(2).id()));
        assertEquals(111.0, latest.get(earlierTies.id()));
        List<Double> sorted = latest.values().stream().sorted().toList();
        int n = sorted.size();
        double median = (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
        for (boolean figuresOnly : new boolean[] {false, true}) {
            assertEquals(new org.repdesk.store.CaseloadQueries.CapacitySpread(n, median),
                    new org.repdesk.store.CaseloadQueries(db, figuresOnly).latestCapacitySpread(),
                    "figures only: " + figuresOnly);
        }
    }

    /** The plain way: every record, grouped by member, the model's rule over each member's. */
    private Map<UUID, WorkloadService.MemberFigures> readWhole(WmtSettings wmt) {
        Map<UUID, List<WorkloadRecord>> byMember = new HashMap<>();
        for (WorkloadRecord r : desk.workload().all()) {
            byMember.computeIfAbsent(r.memberId(), k -> new ArrayList<>()).add(r);
        }
        Map<UUID, WorkloadService.MemberFigures> figures = new HashMap<>();
        byMember.forEach((member, own) -> {
            // The latest day's record; of two that day, the one entered last (all() reads them as entered).
            WorkloadRecord latest = own.get(own.size() - 1);
            figures.put(member, new WorkloadService.MemberFigures(latest, own.size(),
                    ExcessiveWorkload.reachedOn(own, wmt).orElse(null)));
        });
        return figures;
    }
}
