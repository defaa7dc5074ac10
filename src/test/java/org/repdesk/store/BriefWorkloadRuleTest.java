package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.repdesk.model.Region;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.Engine;

/**
 * A brief counts the members over the excessive-workload threshold, and each member's latest capacity,
 * in SQL; here the same records go through {@link ExcessiveWorkload#reachedOn} a member at a time, as
 * the brief read them before, and the two must agree: the rule's edge cases one member each, then
 * random records. Records of one day are taken lowest figure first, the order the brief always read
 * them in (the member, date and capacity index).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class BriefWorkloadRuleTest {

    private static final LocalDate FROM = LocalDate.of(2025, 11, 5); // a Wednesday
    private static final LocalDate TO = LocalDate.of(2027, 1, 31);

    @Parameter
    Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private final List<WorkloadRecord> records = new ArrayList<>();
    private final Map<UUID, Region> regions = new LinkedHashMap<>();

    @BeforeEach
    void open() {
        db = engine.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A member in the region given, with a record (date, capacity) for each pair; null is a record with no figure. */
    private UUID member(Region region, Object... dateAndCapacity) {
        Member m = aMember().inRegion(region).build();
        new MemberStore(db).insert(m);
        regions.put(m.id(), region);
        for (int i = 0; i < dateAndCapacity.length; i += 2) {
            Number capacity = (Number) dateAndCapacity[i + 1];
            records.add(WorkloadRecord.of(m.id(), LocalDate.parse((String) dateAndCapacity[i]),
                    capacity == null ? null : capacity.doubleValue(), null, null, null, null, null, null));
        }
        return m.id();
    }

    private UUID member(Object... dateAndCapacity) {
        return member(Region.WALES, dateAndCapacity);
    }

    @Test
    void everyEdgeOfTheFourWeekRuleIsCountedAsTheRuleItselfCountsIt() {
        member("2026-01-05", 111, "2026-01-12", 120, "2026-01-19", 115, "2026-01-26", 111); // four weeks: over
        member("2026-01-05", 130, "2026-01-12", 130, "2026-01-19", 130); // three weeks: not yet
        member("2026-01-09", 111, "2026-01-12", 111, "2026-01-21", 111, "2026-02-01", 111); // Fri, Mon, Wed, Sun
        member("2026-01-04", 111, "2026-01-05", 111, "2026-01-12", 111, "2026-01-19", 111); // Sunday, then Monday
        member("2026-01-05", 111, "2026-01-12", 120, "2026-01-19", 110, "2026-01-26", 111, "2026-02-02", 111,
                "2026-02-09", 111); // exactly 110 is not over 110 and breaks the run
        member("2026-01-05", 125, "2026-01-12", 125, "2026-01-19", 95, "2026-01-26", 125, "2026-02-02", 125,
                "2026-02-09", 125, "2026-02-16", 125); // restarted, then four more
        member("2026-01-05", 125, "2026-01-12", 125, "2026-01-19", 125, "2026-02-02", 125); // a week with no record
        member("2026-01-05", 125, "2026-01-12", 125, "2026-01-19", null, "2026-01-26", 125); // a record with no figure
        member("2026-01-05", 125, "2026-01-08", 125, "2026-01-12", 125, "2026-01-15", 125); // two a week: one week each
        member("2026-01-05", 100, "2026-01-07", 125, "2026-01-12", 125, "2026-01-19", 125, "2026-01-26", 125,
                "2026-02-02", 125); // the week's first record decides: the first week is not over
        member("2026-01-05", 125, "2026-01-07", 100, "2026-01-12", 125, "2026-01-19", 125, "2026-01-26", 125);
        member("2026-01-05", 125, "2026-01-05", 100, "2026-01-12", 125, "2026-01-19", 125, "2026-01-26", 125,
                "2026-01-26", 140); // one day's records lowest first: the first week is not over; latest is 140, entered last
        member("2026-01-05", 125, "2026-01-05", 125, "2026-01-12", 125, "2026-01-19", 125, "2026-01-26", 125);
        member("2025-12-15", 111, "2025-12-22", 111, "2025-12-29", 111, "2026-01-05", 111); // the turn of the year
        member("2026-12-21", 111, "2026-12-28", 111, "2027-01-04", 111, "2027-01-11", 111); // 2026 has a week 53
        member("2026-03-02", 111, "2026-03-09", 111, "2026-03-16", 111, "2026-03-23", 111, "2026-03-30", 111,
                "2026-04-06", 111, "2026-04-13", 111, "2026-04-20", 111); // a long run is one member
        member("2025-10-27", 125, "2025-11-06", 125, "2025-11-13", 125, "2025-11-20", 125); // a week before the period
        member("2025-11-03", 90, "2025-11-06", 125, "2025-11-10", 125, "2025-11-17", 125, "2025-11-24", 125); // its
        // week's first record is before the period, so the sixth's counts and the run is four weeks
        member("2027-01-11", 125, "2027-01-18", 125, "2027-01-25", 125, "2027-02-01", 125, "2027-02-08", 90); // after
        member("2026-05-04", null, "2026-05-11", null); // no figure at all: no latest capacity
        member("2024-05-06", 140, "2024-05-13", 140, "2024-05-20", 140, "2024-05-27", 140); // all before the period
        member("2026-06-01", 125, "2026-06-01", 125, "2026-06-08", 125, "2026-06-08", 100, "2026-06-15", 125,
                "2026-06-22", 125);
        new WorkloadStore(db).insertAll(records);

        for (WmtSettings settings : List.of(WmtSettings.DEFAULTS, new WmtSettings(2171, 37, 2659, 37, 120, 2),
                new WmtSettings(2171, 37, 2659, 37, 110, 1), new WmtSettings(2171, 37, 2659, 37, 124.5, 3))) {
            assertSameAsTheRule(filter(null), settings);
        }
        assertSameAsTheRule(new BriefQueries.Filter(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 2, 1), null, null,
                null, null), WmtSettings.DEFAULTS);
        assertEquals(11, figures(filter(null), WmtSettings.DEFAULTS).overThreshold(),
                "the members above whose records in the period show four weeks over: 1, 3, 4, 6, 10, 11, 13-16, 18");
    }

    @Test
    void randomRecordsGiveTheSameFiguresAsTheRuleForEveryThresholdAndPeriod() {
        Random rnd = new Random(2026);
        // 376/3 has no short decimal: a casebook's latest capacity passes through text (BriefQueries) and must come back exact.
        Double[] figures = {95.0, 109.9, 110.0, 110.5, 118.0, 376.0 / 3, 140.0, null};
        for (int m = 0; m < 60; m++) {
            List<Object> pairs = new ArrayList<>();
            LocalDate day = FROM.minusWeeks(3).plusDays(rnd.nextInt(7));
            for (int i = 0; i < 40; i++) {
                day = day.plusDays(rnd.nextInt(10) < 7 ? 7 : rnd.nextInt(15)); // mostly weekly, some gaps and repeats
                pairs.add(day.toString());
                pairs.add(rnd.nextInt(3) == 0 ? figures[rnd.nextInt(figures.length)] : figures[3 + rnd.nextInt(4)]);
            }
            member(m % 3 == 0 ? Region.LONDON : Region.WALES, pairs.toArray());
        }
        new WorkloadStore(db).insertAll(records);
        int over = 0;
        for (WmtSettings settings : List.of(WmtSettings.DEFAULTS, new WmtSettings(2171, 37, 2659, 37, 115, 3),
                new WmtSettings(2171, 37, 2659, 37, 109.9, 6))) {
            over += assertSameAsTheRule(filter(null), settings);
            over += assertSameAsTheRule(filter(Region.LONDON), settings);
            over += assertSameAsTheRule(new BriefQueries.Filter(FROM.plusWeeks(10).plusDays(3), FROM.plusWeeks(30), null,
                    null, null, null), settings);
        }
        assertTrue(over > 20, "enough members over the threshold to compare: " + over);
    }

    private static BriefQueries.Filter filter(Region region) {
        return new BriefQueries.Filter(FROM, TO, region, null, null, null);
    }

    private BriefQueries.WorkloadFigures figures(BriefQueries.Filter f, WmtSettings settings) {
        return new BriefQueries(db).workloadFigures(f, settings);
    }

    /** Compares the brief's figures with the rule's, member by member; gives how many were over. */
    private int assertSameAsTheRule(BriefQueries.Filter f, WmtSettings settings) {
        Map<UUID, List<WorkloadRecord>> byMember = new LinkedHashMap<>();
        records.stream()
                .filter(r -> r.capacityPercent() != null && !r.recordedOn().isBefore(f.from())
                        && !r.recordedOn().isAfter(f.to()) && (f.region() == null || regions.get(r.memberId()) == f.region()))
                .sorted(Comparator.comparing(WorkloadRecord::recordedOn).thenComparing(WorkloadRecord::capacityPercent))
                .forEach(r -> byMember.computeIfAbsent(r.memberId(), k -> new ArrayList<>()).add(r));
        List<Double> latest = new ArrayList<>();
        int over = 0;
        for (List<WorkloadRecord> own : byMember.values()) {
            // The latest is the record of the latest day entered last: records are entered in the list's order.
            LocalDate day = own.stream().map(WorkloadRecord::recordedOn).max(Comparator.naturalOrder()).orElseThrow();
            WorkloadRecord last = null;
            for (WorkloadRecord r : records) {
                if (own.contains(r) && r.recordedOn().equals(day)) {
                    last = r;
                }
            }
            latest.add(last.capacityPercent());
            over += ExcessiveWorkload.reachedOn(own, settings).isPresent() ? 1 : 0;
        }
        latest.sort(null);
        BriefQueries.WorkloadFigures got = figures(f, settings);
        String what = engine + ", " + f.from() + " to " + f.to() + ", " + f.region() + ", over "
                + settings.excessivePercent() + "% for " + settings.excessiveWeeks() + " weeks";
        assertEquals(latest, got.latestCapacities(), "each member's latest capacity, " + what);
        assertEquals(over, got.overThreshold(), "members over the threshold, " + what);
        return over;
    }
}
