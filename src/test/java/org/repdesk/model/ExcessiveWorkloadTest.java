package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The employer's own threshold: capacity over 110% for four consecutive weekly records. */
class ExcessiveWorkloadTest {

    private static final UUID MEMBER = UUID.randomUUID();

    private static WorkloadRecord at(String date, Double capacity) {
        return WorkloadRecord.of(MEMBER, LocalDate.parse(date), capacity, null, null, null, null, null, null);
    }

    private static Optional<LocalDate> reached(WorkloadRecord... records) {
        return ExcessiveWorkload.reachedOn(List.of(records), WmtSettings.DEFAULTS);
    }

    @Test
    void fourConsecutiveMondaysOver110AreFlaggedOnTheFourthRecord() {
        assertEquals(Optional.of(LocalDate.of(2026, 1, 26)), reached(
                at("2026-01-05", 111.0), at("2026-01-12", 120.0), at("2026-01-19", 115.0), at("2026-01-26", 111.0)));
    }

    @Test
    void ofTwoRecordsOnOneDayTheLowerFigureIsTheWeeksFirst() {
        // W02's two records on one day, 105 read before 130: the week is not over, whichever came first
        assertEquals(Optional.empty(), reached(at("2026-01-05", 111.0), at("2026-01-12", 130.0), at("2026-01-12", 105.0),
                at("2026-01-19", 115.0), at("2026-01-26", 111.0)));
        assertEquals(Optional.empty(), reached(at("2026-01-05", 111.0), at("2026-01-12", 105.0), at("2026-01-12", 130.0),
                at("2026-01-19", 115.0), at("2026-01-26", 111.0)));
    }

    @Test
    void threeWeeksOverIsNotYetExcessive() {
        assertEquals(Optional.empty(), reached(at("2026-01-05", 130.0), at("2026-01-12", 130.0), at("2026-01-19", 130.0)));
    }

    @Test
    void recordsOnDifferentWeekdaysCountByIsoWeek() {
        // Fri W02, Mon W03, Wed W04, Sun 1 Feb (still ISO week W05)
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), reached(
                at("2026-01-09", 111.0), at("2026-01-12", 111.0), at("2026-01-21", 111.0), at("2026-02-01", 111.0)));
    }

    @Test
    void sundayThenNextMondayAreConsecutiveWeeks() {
        assertEquals(Optional.of(LocalDate.of(2026, 1, 19)), reached(
                at("2026-01-04", 111.0), at("2026-01-05", 111.0), at("2026-01-12", 111.0), at("2026-01-19", 111.0)));
    }

    @Test
    void exactly110IsNotOver110AndBreaksTheRun() {
        assertEquals(Optional.empty(), reached(
                at("2026-01-05", 111.0), at("2026-01-12", 120.0), at("2026-01-19", 110.0), at("2026-01-26", 111.0),
                at("2026-02-02", 111.0), at("2026-02-09", 111.0)));
    }

    @Test
    void aRecordAtOrBelowThresholdRestartsTheCount() {
        // run broken in week of 19 Jan; four more weeks over from 26 Jan reach the threshold on 16 Feb
        assertEquals(Optional.of(LocalDate.of(2026, 2, 16)), reached(
                at("2026-01-05", 125.0), at("2026-01-12", 125.0), at("2026-01-19", 95.0), at("2026-01-26", 125.0),
                at("2026-02-02", 125.0), at("2026-02-09", 125.0), at("2026-02-16", 125.0)));
    }

    @Test
    void aWeekWithNoRecordBreaksTheRun() {
        // nothing recorded in the week of 26 Jan
        assertEquals(Optional.of(LocalDate.of(2026, 2, 23)), reached(
                at("2026-01-05", 125.0), at("2026-01-12", 125.0), at("2026-01-19", 125.0),
                at("2026-02-02", 125.0), at("2026-02-09", 125.0), at("2026-02-16", 125.0), at("2026-02-23", 125.0)));
        assertEquals(Optional.empty(), reached(
                at("2026-01-05", 125.0), at("2026-01-12", 125.0), at("2026-01-19", 125.0), at("2026-02-02", 125.0)));
    }

    @Test
    void aRecordWithNoCapacityFigureLeavesItsWeekUncounted() {
        assertEquals(Optional.empty(), reached(
                at("2026-01-05", 125.0), at("2026-01-12", 125.0), at("2026-01-19", null), at("2026-01-26", 125.0)));
    }

    @Test
    void twoRecordsInOneWeekCountAsOneWeek() {
        assertEquals(Optional.empty(), reached(
                at("2026-01-05", 125.0), at("2026-01-08", 125.0), at("2026-01-12", 125.0), at("2026-01-15", 125.0)));
    }

    @Test
    void theRunCarriesOverTheTurnOfTheYear() {
        // 2025-W51, 2025-W52, 2026-W01 (Mon 29 Dec 2025), 2026-W02
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), reached(
                at("2025-12-15", 111.0), at("2025-12-22", 111.0), at("2025-12-29", 111.0), at("2026-01-05", 111.0)));
    }

    @Test
    void theRunCarriesOverAFiftyThreeWeekYear() {
        // 2026 has an ISO week 53 (28 Dec 2026 – 3 Jan 2027)
        assertEquals(Optional.of(LocalDate.of(2027, 1, 11)), reached(
                at("2026-12-21", 111.0), at("2026-12-28", 111.0), at("2027-01-04", 111.0), at("2027-01-11", 111.0)));
    }

    @Test
    void recordsGivenOutOfOrderAreReadInDateOrder() {
        List<WorkloadRecord> records = new ArrayList<>(List.of(
                at("2026-01-05", 111.0), at("2026-01-12", 120.0), at("2026-01-19", 115.0), at("2026-01-26", 111.0)));
        Collections.reverse(records);
        assertEquals(Optional.of(LocalDate.of(2026, 1, 26)), ExcessiveWorkload.reachedOn(records, WmtSettings.DEFAULTS));
    }

    @Test
    void theFirstDateTheThresholdIsReachedIsReportedNotALaterOne() {
        assertEquals(Optional.of(LocalDate.of(2026, 1, 26)), reached(
                at("2026-01-05", 111.0), at("2026-01-12", 111.0), at("2026-01-19", 111.0), at("2026-01-26", 111.0),
                at("2026-02-02", 111.0), at("2026-02-09", 111.0)));
    }

    @Test
    void thresholdAndNumberOfWeeksComeFromSettings() {
        WmtSettings stricter = new WmtSettings(2171, 37, 2659, 37, 120, 2);
        List<WorkloadRecord> records = List.of(
                at("2026-01-05", 115.0), at("2026-01-12", 121.0), at("2026-01-19", 121.0), at("2026-01-26", 111.0));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 19)), ExcessiveWorkload.reachedOn(records, stricter));
        // the same records under the employer's 110% × 4 rule are over only from 5 to 26 Jan
        assertEquals(Optional.of(LocalDate.of(2026, 1, 26)), ExcessiveWorkload.reachedOn(records, WmtSettings.DEFAULTS));
        WmtSettings oneWeek = new WmtSettings(2171, 37, 2659, 37, 110, 1);
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), ExcessiveWorkload.reachedOn(records, oneWeek));
    }

    @Test
    void noRecordsMeansNoFlag() {
        assertTrue(ExcessiveWorkload.reachedOn(List.of(), WmtSettings.DEFAULTS).isEmpty());
    }

    @Test
    void weeksAreLabelledByIsoWeekYear() {
        assertEquals("2026-W01", ExcessiveWorkload.weekLabel(LocalDate.of(2026, 1, 1)));
        assertEquals("2026-W01", ExcessiveWorkload.weekLabel(LocalDate.of(2025, 12, 29)));
        assertEquals("2026-W53", ExcessiveWorkload.weekLabel(LocalDate.of(2027, 1, 1)));
        assertEquals("2026-W07", ExcessiveWorkload.weekLabel(LocalDate.of(2026, 2, 15)));
    }
}
