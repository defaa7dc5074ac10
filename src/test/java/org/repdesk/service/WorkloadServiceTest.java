package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.TestDesk;

class WorkloadServiceTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private WorkloadService workload;
    private Member zoë;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        workload = desk.workload();
        zoë = desk.members().save(aMember().named("Zoë Brontë").grade(Grade.PSO).build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private WorkloadRecord weekly(String date, double capacity) {
        return WorkloadRecord.of(zoë.id(), LocalDate.parse(date), capacity, null, null, null, null, null, null);
    }

    @Test
    void capacityWithTheDefaultFiguresFollowsTheWmtFormula() {
        // PO, 37 h, no reduction: 2171 available; 2400 points → 110.548 %
        WorkloadService.Capacity c = workload.capacity(Grade.PO, 37.0, 0, 2400, null);
        assertEquals(2171, c.availablePoints());
        assertEquals(110.548, c.capacityPercent(), 0.001);
        // PSO, 30 h, 3 h reduction: 2659 × 27/37 = 1940.35 → 1940; 1940 points → 100 %
        WorkloadService.Capacity pso = workload.capacity(Grade.PSO, 30.0, 3, 1940, null);
        assertEquals(1940, pso.availablePoints());
        assertEquals(100.0, pso.capacityPercent(), 1e-9);
    }

    @Test
    void capacityUsesTheRegionsSavedWmtFigures() {
        desk.settings().saveWmt(new WmtSettings(1000, 35, 1200, 36, 110, 4));
        // PO: 1000 × 30/35 = 857.14 → 857
        assertEquals(857, workload.capacity(Grade.PO, 30.0, 0, 857, null).availablePoints());
        // unknown hours count as the PSO default of 36: the whole 1200
        assertEquals(1200, workload.capacity(Grade.PSO, null, 0, 600, null).availablePoints());
        assertEquals(50.0, workload.capacity(Grade.PSO, null, 0, 600, null).capacityPercent(), 1e-9);
    }

    @Test
    void aNominalTargetGivenForOneCalculationOverridesTheSetting() {
        WorkloadService.Capacity c = workload.capacity(Grade.PO, 18.5, 0, 500, 2000.0);
        assertEquals(1000, c.availablePoints());
        assertEquals(50.0, c.capacityPercent(), 1e-9);
    }

    @Test
    void withNoAvailablePointsThereIsNoCapacityFigure() {
        WorkloadService.Capacity c = workload.capacity(Grade.PO, 10.0, 10, 500, null);
        assertEquals(0, c.availablePoints());
        assertNull(c.capacityPercent());
    }

    @Test
    void recordsAreKeptPerMemberOldestFirst() {
        WorkloadRecord later = workload.add(weekly("2026-11-16", 121.0));
        WorkloadRecord earlier = workload.add(weekly("2026-11-09", 119.0));
        assertEquals(List.of(earlier, later), workload.ofMember(zoë.id()));
        workload.delete(earlier.id());
        assertEquals(List.of(later), workload.all());
    }

    @Test
    void anInvalidRecordIsRefusedInWordsAndNotSaved() {
        WorkloadRecord bad = WorkloadRecord.of(zoë.id(), LocalDate.of(2026, 11, 16), null, null, 20.0, 25.0, null,
                null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> workload.add(bad));
        assertEquals(List.of("Reduction hours cannot be more than contracted hours.",
                "Record at least one figure: capacity %, workload points, cases held or hours worked."), e.problems());
        assertEquals(List.of(), workload.ofMember(zoë.id()));
    }

    @Test
    void fourWeeksOverTheThresholdAreFlaggedOnTheFourthWeek() {
        for (String monday : List.of("2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16")) {
            workload.add(weekly(monday, 115.0));
        }
        assertEquals(Optional.of(LocalDate.of(2026, 11, 16)), workload.excessiveSince(workload.ofMember(zoë.id())));
    }

    @Test
    void theFlagFollowsTheSavedThreshold() {
        for (String monday : List.of("2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16")) {
            workload.add(weekly(monday, 115.0));
        }
        desk.settings().saveWmt(new WmtSettings(2171, 37, 2659, 37, 120, 4));
        assertEquals(Optional.empty(), workload.excessiveSince(workload.ofMember(zoë.id())));
        desk.settings().saveWmt(new WmtSettings(2171, 37, 2659, 37, 110, 2));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), workload.excessiveSince(workload.ofMember(zoë.id())));
    }
}
