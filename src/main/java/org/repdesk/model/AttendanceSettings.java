package org.repdesk.model;

import java.util.List;

/**
 * The attendance management policy's figures (AI/PSI/PI 01/2017 as Napo describes it; see
 * docs DOMAIN "Sickness absence"), each editable in Settings because local agreements differ.
 *
 * <p>Part-time trigger: under {@code shortHoursBelow} hours a week, {@code shortHoursTriggerDays};
 * from there up to {@code fullTimeHours}, pro rata by hours: {@code triggerDays × hours /
 * fullTimeHours}, rounded to the nearest half day (22.5 h: 8 × 22.5 / 37 = 4.86 → 5 days).
 *
 * @param triggerDays           days lost that reach the trigger (full time)
 * @param triggerSpells         separate spells that reach the trigger (any hours)
 * @param windowMonths          the rolling window
 * @param reachedOnlyWhenMore   false: "8 or more" reaches it; true: "more than 8" (Napo's wording)
 * @param fullTimeHours         a full-time week
 * @param shortHoursBelow       members working under this many hours a week have the short-hours trigger
 * @param shortHoursTriggerDays that trigger
 * @param partDayOverHours      a part day of more than this many hours (and no more than half a day) is half a day
 * @param improvementMonths     the improvement period after a formal warning
 * @param improvementPercent    the trigger during it, as a percentage of the normal one
 */
public record AttendanceSettings(double triggerDays, int triggerSpells, int windowMonths,
        boolean reachedOnlyWhenMore, double fullTimeHours, double shortHoursBelow, double shortHoursTriggerDays,
        double partDayOverHours, int improvementMonths, double improvementPercent) {

    public static final AttendanceSettings DEFAULTS = new AttendanceSettings(8, 4, 12, false, 37, 20, 4, 1, 6, 25);

    /** The normal trigger in days for a member working {@code hoursPerWeek}. */
    public double triggerDaysFor(double hoursPerWeek) {
        if (hoursPerWeek < shortHoursBelow) {
            return shortHoursTriggerDays;
        }
        if (hoursPerWeek >= fullTimeHours) {
            return triggerDays;
        }
        return nearestHalf(triggerDays * hoursPerWeek / fullTimeHours);
    }

    /** The improvement-period trigger in days: a share of the normal one, to the nearest half day (8 → 2). */
    public double improvementTriggerDays(double normalDays) {
        return Math.max(0.5, nearestHalf(normalDays * improvementPercent / 100));
    }

    /** The improvement-period trigger in spells: the same share, to a whole spell, at least one (4 → 1). */
    public int improvementTriggerSpells() {
        return (int) Math.max(1, Math.round(triggerSpells * improvementPercent / 100));
    }

    static double nearestHalf(double days) {
        return Math.round(days * 2) / 2.0;
    }

    public List<String> problems() {
        return List.copyOf(problemsByField().values());
    }

    /**
     * Each figure's problem, by its name ("triggerDays", as the record's component), in the order of
     * the record: a form says each beside its field. Empty when every figure is within its range.
     */
    public java.util.Map<String, String> problemsByField() {
        java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
        range(found, "triggerDays", triggerDays, 0.5, 100);
        range(found, "triggerSpells", triggerSpells, 1, 50);
        range(found, "windowMonths", windowMonths, 1, 36);
        range(found, "fullTimeHours", fullTimeHours, 1, 60);
        range(found, "shortHoursBelow", shortHoursBelow, 0, 60);
        range(found, "shortHoursTriggerDays", shortHoursTriggerDays, 0.5, 100);
        range(found, "partDayOverHours", partDayOverHours, 0, 12);
        range(found, "improvementMonths", improvementMonths, 1, 36);
        range(found, "improvementPercent", improvementPercent, 1, 100);
        return found;
    }

    private static void range(java.util.Map<String, String> found, String figure, double value, double min,
            double max) {
        new Problems().range("absence.setting." + figure, value, min, max).list().stream().findFirst()
                .ifPresent(p -> found.put(figure, p));
    }
}
