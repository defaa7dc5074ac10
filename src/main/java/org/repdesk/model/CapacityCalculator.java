package org.repdesk.model;

/**
 * The employer's WMT capacity formula, as in its public code (wmt-probation-rules,
 * app/points/calculate-available-points.js).
 */
public final class CapacityCalculator {

    private final WmtSettings settings;

    public CapacityCalculator(WmtSettings settings) {
        this.settings = settings;
    }

    /**
     * WMT: available points = nominal target × (contracted / default hours) × ((contracted − reduction)
     * / contracted), truncated to a whole number. Unknown contracted hours count as the grade's default.
     */
    public int availablePoints(Grade grade, Double contractedHours, double reductionHours) {
        return availablePoints(grade, contractedHours, reductionHours, settings.nominalTargetFor(grade));
    }

    public int availablePoints(Grade grade, Double contractedHours, double reductionHours, double nominalTarget) {
        double defaultHours = settings.defaultHoursFor(grade);
        double hours = contractedHours == null ? defaultHours : contractedHours;
        if (hours <= 0) {
            return 0;
        }
        double available = nominalTarget * (hours / defaultHours) * ((hours - reductionHours) / hours);
        return (int) available; // WMT truncates toward zero (parseInt), it does not round.
    }

    /** capacity % = total workload points / available points × 100; null when nothing is available. */
    public Double capacityPercent(double workloadPoints, int availablePoints) {
        if (availablePoints <= 0) {
            return null;
        }
        return workloadPoints / availablePoints * 100.0;
    }
}
