package org.repdesk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The employer's own definition of excessive workload: capacity over 110% for four consecutive
 * weeks (ministerial written answer, March 2021). Threshold and run length come from settings.
 */
public final class ExcessiveWorkload {

    private ExcessiveWorkload() {
    }

    /**
     * The first date on which the member's weekly records show the run, or empty. Records count as
     * consecutive when they fall in successive ISO weeks; a week with no record breaks the run. A
     * week counts by its first record; of two on one day, the lower figure is the first (as the
     * brief's and the workload screen's SQL read them).
     */
    public static Optional<LocalDate> reachedOn(List<WorkloadRecord> records, WmtSettings settings) {
        List<WorkloadRecord> dated = records.stream()
                .filter(r -> r.capacityPercent() != null && r.recordedOn() != null)
                .sorted(Comparator.comparing(WorkloadRecord::recordedOn).thenComparing(WorkloadRecord::capacityPercent))
                .toList();
        int run = 0;
        LocalDate previousWeek = null;
        for (WorkloadRecord record : dated) {
            LocalDate week = mondayOf(record.recordedOn());
            if (previousWeek != null && week.equals(previousWeek)) {
                continue; // a second record in the same week neither extends nor breaks the run
            }
            boolean over = record.capacityPercent() > settings.excessivePercent();
            boolean follows = previousWeek != null && ChronoUnit.WEEKS.between(previousWeek, week) == 1;
            run = over ? (follows ? run + 1 : 1) : 0;
            previousWeek = week;
            if (run >= settings.excessiveWeeks()) {
                return Optional.of(record.recordedOn());
            }
        }
        return Optional.empty();
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.minusDays(date.getDayOfWeek().getValue() - 1L);
    }

    /** The ISO week label (2026-W07) used when listing weekly records. */
    public static String weekLabel(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
