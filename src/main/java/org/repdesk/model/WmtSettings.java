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
                .range("problems.field.poNominalTarget", poNominalTarget, 1, 100_000)
                .range("problems.field.poDefaultHours", poDefaultHours, 1, 60)
                .range("problems.field.psoNominalTarget", psoNominalTarget, 1, 100_000)
                .range("problems.field.psoDefaultHours", psoDefaultHours, 1, 60)
                .range("problems.field.excessivePercent", excessivePercent, 1, 1000)
                .range("problems.field.consecutiveWeeks", excessiveWeeks, 1, 52)
                .list();
    }
}
