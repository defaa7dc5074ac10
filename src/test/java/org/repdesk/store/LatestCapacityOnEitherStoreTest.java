package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.model.Member;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.Engine;

/**
 * Two WMT records for a member on one day: the latest is the one the rep entered last, on a data
 * file and on a branch casebook alike, wherever a member's latest capacity is read (the workload
 * screen's line, the dashboard's median, a reader's dashboard, the brief).
 */
@ParameterizedClass
@EnumSource(Engine.class)
class LatestCapacityOnEitherStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final UUID LOW_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID HIGH_ID = UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff");

    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    private Database db;
    private WorkloadStore workload;
    private Member alun;
    private Member zoë;

    @BeforeEach
    void twoMembersEachWithTwoRecordsOnOneDay() {
        db = engine.open(dir);
        workload = new WorkloadStore(db);
        alun = aMember().named("Alun Price").build();
        zoë = aMember().named("Zoë Brontë").build();
        new MemberStore(db).insert(alun);
        new MemberStore(db).insert(zoë);
        // An earlier week first, so "latest" has something to pass over.
        workload.insert(record(UUID.randomUUID(), alun, DAY.minusWeeks(1), 140.0));
        workload.insert(record(UUID.randomUUID(), zoë, DAY.minusWeeks(1), 60.0));
        // Alun's lower figure first, then the higher, whose id sorts first; Zoë's the other way about,
        // both in one batch (as an imported file's rows), the later row's id sorting last.
        workload.insert(record(HIGH_ID, alun, DAY, 95.0));
        workload.insert(record(LOW_ID, alun, DAY, 120.0));
        workload.insertAll(List.of(record(UUID.randomUUID(), zoë, DAY, 130.0),
                record(new UUID(-1L, -2L), zoë, DAY, 100.0)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static WorkloadRecord record(UUID id, Member m, LocalDate day, double capacity) {
        return new WorkloadRecord(id, m.id(), day, capacity, null, 37.0, null, 30, null, null);
    }

    @Test
    void theWorkloadScreenShowsTheRecordEnteredLast() {
        Map<UUID, WorkloadStore.Latest> latest = workload.latestOfEach();
        assertEquals(120.0, latest.get(alun.id()).record().capacityPercent(), "Alun");
        assertEquals(100.0, latest.get(zoë.id()).record().capacityPercent(), "Zoë");
        assertEquals(3, latest.get(zoë.id()).records());
    }

    @Test
    void theDashboardsMedianIsOfTheRecordsEnteredLastForTheRepAndForAReader() {
        for (boolean figuresOnly : new boolean[] {false, true}) {
            CaseloadQueries.CapacitySpread spread = new CaseloadQueries(db, figuresOnly).latestCapacitySpread();
            assertEquals(new CaseloadQueries.CapacitySpread(2, 110.0), spread, "figures only: " + figuresOnly);
        }
    }

    @Test
    void theBriefCountsTheRecordsEnteredLast() {
        BriefQueries.Filter period = new BriefQueries.Filter(DAY.minusMonths(1), DAY, null, null, null, null);
        assertEquals(List.of(100.0, 120.0),
                new BriefQueries(db).workloadFigures(period, WmtSettings.DEFAULTS).latestCapacities());
    }
}
