package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.ExcessiveWorkload;
import org.repdesk.model.Member;
import org.repdesk.model.WorkingPattern;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.DemoData;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/**
 * The brief counts in SQL, a member at a time; here every figure is worked out again the plain way,
 * from every case, member, workload record and absence read whole, over generated casework with
 * absences and working patterns added, and the two must agree exactly.
 */
class BriefFiguresAtScaleTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private LocalDate today;

    @BeforeEach
    void generatedCasework() {
        desk = TestDesk.open(dir);
        new DemoData(desk).generate(120, 900, 42);
        today = desk.cases().today();
        Random rnd = new Random(7);
        AbsenceReason[] reasons = AbsenceReason.values();
        Map<UUID, Boolean> done = new HashMap<>();
        for (CaseFile c : desk.cases().all()) {
            if (c.type() != CaseType.SICKNESS_ABSENCE || done.putIfAbsent(c.memberId(), true) != null
                    || rnd.nextInt(3) == 0) {
                continue; // a third of the members with sickness cases have no absence recorded
            }
            LocalDate day = c.openedOn().minusMonths(14).with(DayOfWeek.MONDAY);
            for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
                day = day.plusWeeks(3 + rnd.nextInt(20));
                desk.absences().add(Absence.of(c.memberId(), day, day.plusDays(rnd.nextInt(12)), null,
                        reasons[rnd.nextInt(reasons.length)], false, false, false, false));
            }
            if (rnd.nextBoolean()) {
                desk.absences().savePattern(new WorkingPattern(c.memberId(),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 22.5, null));
            }
        }
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyFigureOfTheBriefIsWhatCountingEveryRowGives() {
        for (BriefScope scope : List.of(BriefScope.of(today.minusYears(1), today).withSmallGroup(1),
                BriefScope.of(today.minusMonths(5), today.minusMonths(1)).withSmallGroup(1))) {
            Brief.Evidence e = new BriefBuilder(desk).build(scope, null).evidence();
            Map<UUID, Member> members = desk.members().all().stream()
                    .collect(Collectors.toMap(Member::id, Function.identity()));
            List<CaseFile> inScope = desk.cases().all().stream()
                    .filter(c -> !c.openedOn().isAfter(scope.to())
                            && (c.closedOn() == null || !c.closedOn().isBefore(scope.from())))
                    .toList();
            List<CaseFile> evidence = inScope.stream().filter(c -> (c.type() == CaseType.CAPABILITY
                    || c.type() == CaseType.SICKNESS_ABSENCE) && factor(c)).toList();
            assertTrue(evidence.size() > 50, "enough evidence cases to test with: " + evidence.size());

            assertEquals(inScope.size(), e.casesInScope().value());
            assertEquals(inScope.stream().filter(BriefFiguresAtScaleTest::factor).count(), e.workloadFactorCases().value());
            assertEquals(evidence.stream().filter(c -> c.type() == CaseType.CAPABILITY).count(),
                    e.capabilityWithWorkload().value());
            assertEquals(evidence.stream().filter(c -> c.type() == CaseType.SICKNESS_ABSENCE).count(),
                    e.sicknessWithWorkload().value());
            assertEquals(counted(evidence, c -> Phrase.of("doc.brief.typeAndStage", Map.of("type", Phrase.label(c.type()),
                    "stage", Phrase.typed(c.stage()))).toString()), rows(e.byTypeAndStage()));
            assertEquals(counted(evidence, c -> Phrase.label(c.status()).toString()), rows(e.byStatus()));
            assertEquals(counted(evidence, c -> Phrase.label(members.get(c.memberId()).grade()).toString()),
                    rows(e.byGrade()));
            assertEquals(counted(evidence, c -> members.get(c.memberId()).region() == null
                    ? Phrase.of("doc.brief.regionNotRecorded").toString()
                    : Phrase.label(members.get(c.memberId()).region()).toString()), rows(e.byRegion()));

            assertWmt(scope, e.wmt());
            assertEquals(reasons(scope, inScope), rows(e.absenceReasons().byReason()));
            assertEquals(inScope.stream().filter(c -> c.type() == CaseType.SICKNESS_ABSENCE).count(),
                    e.absenceReasons().cases().value());
        }
    }

    private static boolean factor(CaseFile c) {
        return c.workloadFactor() == WorkloadFactor.YES || c.workloadFactor() == WorkloadFactor.DISPUTED;
    }

    private static Map<String, Integer> counted(List<CaseFile> cases, Function<CaseFile, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        cases.forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> rows(List<Brief.Row> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        rows.stream().filter(r -> r.count().value() > 0).forEach(r -> counts.put(r.label().toString(), r.count().value()));
        return counts;
    }

    private void assertWmt(BriefScope scope, Brief.Wmt wmt) {
        Map<UUID, List<WorkloadRecord>> byMember = new LinkedHashMap<>();
        desk.workload().all().stream()
                .filter(w -> w.capacityPercent() != null && !w.recordedOn().isBefore(scope.from())
                        && !w.recordedOn().isAfter(scope.to()))
                .forEach(w -> byMember.computeIfAbsent(w.memberId(), k -> new ArrayList<>()).add(w));
        List<Double> latest = new ArrayList<>();
        int over = 0;
        for (List<WorkloadRecord> records : byMember.values()) {
            latest.add(records.stream().max(Comparator.comparing(WorkloadRecord::recordedOn)).orElseThrow()
                    .capacityPercent());
            over += ExcessiveWorkload.reachedOn(records, desk.settings().wmt()).isPresent() ? 1 : 0;
        }
        latest.sort(null);
        assertTrue(latest.size() > 20, "enough members with workload records: " + latest.size());
        assertEquals(latest.size(), wmt.members().value());
        assertEquals(latest, wmt.capacities());
        assertEquals(BriefBuilder.quantile(latest, 0.5), wmt.median());
        assertEquals(BriefBuilder.quantile(latest, 0.25), wmt.lowerQuartile());
        assertEquals(over, wmt.overThreshold().value());
    }

    /** Each sickness case's main reason, from every absence of its member, as the issue 18 rule reads. */
    private Map<String, Integer> reasons(BriefScope scope, List<CaseFile> inScope) {
        Map<String, Integer> counts = new TreeMap<>();
        for (CaseFile c : inScope) {
            if (c.type() != CaseType.SICKNESS_ABSENCE) {
                continue;
            }
            WorkingPattern pattern = desk.absences().pattern(c.memberId());
            LocalDate from = c.openedOn().minusMonths(12);
            LocalDate to = c.closedOn() != null && c.closedOn().isBefore(scope.to()) ? c.closedOn() : scope.to();
            Map<AbsenceReason, Double> days = new HashMap<>();
            for (Absence a : desk.absences().ofMember(c.memberId())) {
                if (!a.lastDay().isBefore(from) && !a.firstDay().isAfter(to)) {
                    days.merge(a.reason(), desk.absences().calculator().daysLost(a, pattern), Double::sum);
                }
            }
            String main = days.entrySet().stream().filter(d -> d.getValue() > 0)
                    .max(Map.Entry.<AbsenceReason, Double>comparingByValue().thenComparing(d -> -d.getKey().ordinal()))
                    .map(d -> Phrase.label(d.getKey()).toString())
                    .orElse(Phrase.of("absence.brief.noneRecorded").toString());
            counts.merge(main, 1, Integer::sum);
        }
        assertTrue(counts.size() > 3, "several reasons to count: " + counts);
        return counts;
    }
}
