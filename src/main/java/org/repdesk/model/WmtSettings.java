package org.repdesk.model;

import java.util.List;

/**
 * The WMT figures a region configures. The defaults are placeholders to be checked against the
 * region's own WMT settings: the employer's code reads them from its database (unsourced here).
 */
public record WmtSettings(double poNominalTarget, double poDefaultHours, double psoNominalTarget,
        double psoDefaultHours, double excessivePercent, int excessiveWeeks) {

    public static final WmtSettings DEFAULTS = new WmtSettings(2171, 37, 2659, 37, 110, 4);

    public double nominalTargetFor(Grade grade) {
        return grade.usesPsoWmtDefaults() ? psoNominalTarget : poNominalTarget;
    }

    public double defaultHoursFor(Grade grade) {
        return grade.usesPsoWmtDefaults() ? psoDefaultHours : poDefaultHours;
    }

    public List<String> problems() {
        return new Problems()
                .range("PO nominal target", poNominalTarget, 1, 100_000)
                .range("PO default hours", poDefaultHours, 1, 60)
                .range("PSO nominal target", psoNominalTarget, 1, 100_000)
                .range("PSO default hours", psoDefaultHours, 1, 60)
                .range("Excessive workload threshold %", excessivePercent, 1, 1000)
                .range("Consecutive weeks", excessiveWeeks, 1, 52)
                .list();
    }
}
