package org.repdesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Whether a member reached the attendance policy's trigger, and how: the sums a rep otherwise does
 * by hand from the employer's printout. Pure: the same absences, pattern and date give the same answer.
 *
 * <p>The policy's words, as applied here (AttendanceSettings holds every figure):
 * <ul>
 * <li>Only the member's working days count: the weekdays of their pattern, less England and Wales
 *     bank holidays (a spell over Christmas costs no day for 25 and 26 December or their substitutes).</li>
 * <li>A part day of more than half the member's working day counts as a day; of more than one hour,
 *     as half a day; of an hour or less, not at all (and is no spell).</li>
 * <li>A spell is an unbroken absence: records with no working day between them (off Friday, back
 *     off Monday) are one spell, as the employer's printout shows a spell split by a new fit note.</li>
 * <li>The window is the rolling {@code windowMonths} ending on the date asked about. In an improvement
 *     period (the {@code improvementMonths} after a formal warning) only absence after the warning
 *     counts, against a trigger of {@code improvementPercent} of the normal one (Napo: "just two
 *     further days' absence in the next six months").</li>
 * <li>Pregnancy-related absence never counts (Equality Act 2010 s18). Disability-related absence
 *     counts under the policy as written; every figure is also given without it (s20).</li>
 * </ul>
 */
public final class AttendanceTriggers {

    /** Which limit was reached. */
    public enum ReachedBy {
        DAYS, SPELLS, BOTH;

        /** As the JSON writes it: "days", "spells", "both". */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One count over the window.
     *
     * @param tippedBy the absence whose day took the count to the trigger; null when not reached
     * @param tippedOn that day
     */
    public record Tally(double daysLost, int spells, boolean reached, ReachedBy reachedBy, Absence tippedBy,
            LocalDate tippedOn) {
    }

    /** An absence and when it leaves the rolling window. */
    public record Dropping(Absence absence, double daysInWindow, LocalDate dropsOutOn) {
    }

    /**
     * The answer for one date.
     *
     * @param windowFrom            the first day counted (the day after the warning in an improvement period)
     * @param improvementEnds       the last day of the improvement period, when one applies on {@code on}
     * @param underTriggerAgainOn   with no further absence, the first day the count is under the trigger
     *                              again (as the policy is written); null when it is not reached
     * @param workingDaysInWindow   how many days the member was due to work in the window
     */
    public record Result(LocalDate on, LocalDate windowFrom, boolean inImprovementPeriod, LocalDate improvementEnds,
            double triggerDays, int triggerSpells, Tally all, Tally withoutDisabilityRelated, List<Dropping> absences,
            LocalDate underTriggerAgainOn, int workingDaysInWindow) {
    }

    private final AttendanceSettings settings;
    private final BankHolidays holidays;

    public AttendanceTriggers(AttendanceSettings settings, BankHolidays holidays) {
        this.settings = settings;
        this.holidays = holidays;
    }

    public static AttendanceTriggers englandAndWales(AttendanceSettings settings) {
        return new AttendanceTriggers(settings, BankHolidays.englandAndWales());
    }

    public AttendanceSettings settings() {
        return settings;
    }

    /** A day the member was due to work: one of their weekdays and not a bank holiday. */
    public boolean isWorkingDay(WorkingPattern pattern, LocalDate date) {
        return pattern.worksOn(date.getDayOfWeek()) && !holidays.isBankHoliday(date);
    }

    public int workingDaysBetween(WorkingPattern pattern, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(pattern, d)) {
                n++;
            }
        }
        return n;
    }

    /** What {@code absence} costs on {@code date}, in half days (0, 1 or 2). */
    public int halfDaysOn(Absence absence, WorkingPattern pattern, LocalDate date) {
        if (date.isBefore(absence.firstDay()) || date.isAfter(absence.lastDay()) || !isWorkingDay(pattern, date)) {
            return 0;
        }
        if (!absence.isPartDay()) {
            return 2;
        }
        double hours = absence.hours();
        if (hours > pattern.hoursPerDay() / 2) {
            return 2;
        }
        return hours > settings.partDayOverHours() ? 1 : 0;
    }

    /** The days lost to one absence over its whole length (for the list beside the picture). */
    public double daysLost(Absence absence, WorkingPattern pattern) {
        int halves = 0;
        for (LocalDate d = absence.firstDay(); !d.isAfter(absence.lastDay()); d = d.plusDays(1)) {
            halves += halfDaysOn(absence, pattern, d);
        }
        return halves / 2.0;
    }

    /** The last day of an absence of {@code workingDays} of the member's working days starting {@code from}. */
    public LocalDate lastDayOf(WorkingPattern pattern, LocalDate from, int workingDays) {
        if (workingDays < 1 || pattern.days().isEmpty()) {
            return from;
        }
        LocalDate d = from;
        int counted = isWorkingDay(pattern, d) ? 1 : 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (isWorkingDay(pattern, d)) {
                counted++;
            }
        }
        return d;
    }

    /** The trigger and the counts on {@code on}, both ways, with each absence's drop-out date. */
    public Result on(LocalDate on, WorkingPattern pattern, List<Absence> absences) {
        Result result = count(on, pattern, absences);
        if (!result.all().reached()) {
            return result;
        }
        return new Result(result.on(), result.windowFrom(), result.inImprovementPeriod(), result.improvementEnds(),
                result.triggerDays(), result.triggerSpells(), result.all(), result.withoutDisabilityRelated(),
                result.absences(), underAgainOn(on, pattern, absences, result), result.workingDaysInWindow());
    }

    /** "If she is off {@code extra} too": the count on the later of {@code on} and the extra absence's last day. */
    public Result whatIf(LocalDate on, WorkingPattern pattern, List<Absence> absences, Absence extra) {
        List<Absence> with = new ArrayList<>(absences);
        with.add(extra);
        LocalDate date = extra.lastDay().isAfter(on) ? extra.lastDay() : on;
        return on(date, pattern, with);
    }

    private Result count(LocalDate on, WorkingPattern pattern, List<Absence> absences) {
        LocalDate warning = pattern.warningOn();
        LocalDate improvementEnds = warning == null ? null : warning.plusMonths(settings.improvementMonths());
        boolean improvement = warning != null && on.isAfter(warning) && !on.isAfter(improvementEnds);
        LocalDate from = improvement ? warning.plusDays(1) : on.minusMonths(settings.windowMonths()).plusDays(1);
        double normalDays = settings.triggerDaysFor(pattern.hoursPerWeek());
        double triggerDays = improvement ? settings.improvementTriggerDays(normalDays) : normalDays;
        int triggerSpells = improvement ? settings.improvementTriggerSpells() : settings.triggerSpells();

        Predicate<Absence> counts = a -> !a.countsAsPregnancyRelated();
        Tally all = tally(from, on, pattern, absences, counts, triggerDays, triggerSpells);
        Tally without = tally(from, on, pattern, absences, counts.and(a -> !a.countsAsDisabilityRelated()),
                triggerDays, triggerSpells);

        List<Dropping> dropping = new ArrayList<>();
        for (Absence a : sorted(absences)) {
            int halves = 0;
            if (counts.test(a)) {
                for (LocalDate d = max(a.firstDay(), from); !d.isAfter(min(a.lastDay(), on)); d = d.plusDays(1)) {
                    halves += halfDaysOn(a, pattern, d);
                }
            }
            dropping.add(new Dropping(a, halves / 2.0, dropsOutOn(a.lastDay())));
        }
        return new Result(on, from, improvement, improvement ? improvementEnds : null, triggerDays, triggerSpells,
                all, without, List.copyOf(dropping), null, workingDaysBetween(pattern, from, on));
    }

    /** The first day the window no longer holds {@code lastDay}. */
    public LocalDate dropsOutOn(LocalDate lastDay) {
        LocalDate x = lastDay.plusMonths(settings.windowMonths());
        while (x.minusMonths(settings.windowMonths()).isBefore(lastDay)) {
            x = x.plusDays(1); // 29 February: a year on is 28 February, which still holds it
        }
        return x;
    }

    private LocalDate underAgainOn(LocalDate on, WorkingPattern pattern, List<Absence> absences, Result now) {
        // The count falls a day at a time as each counted day leaves the window, not only when a whole spell does.
        TreeSet<LocalDate> candidates = new TreeSet<>();
        for (Absence a : absences) {
            for (LocalDate d = max(a.firstDay(), now.windowFrom()); !d.isAfter(min(a.lastDay(), on)); d = d.plusDays(1)) {
                if (halfDaysOn(a, pattern, d) > 0) {
                    candidates.add(dropsOutOn(d));
                }
            }
        }
        if (now.improvementEnds() != null) {
            candidates.add(now.improvementEnds().plusDays(1));
        }
        for (LocalDate x : candidates) {
            if (!count(x, pattern, absences).all().reached()) {
                return x;
            }
        }
        return null;
    }

    private Tally tally(LocalDate from, LocalDate to, WorkingPattern pattern, List<Absence> absences,
            Predicate<Absence> counts, double triggerDays, int triggerSpells) {
        List<Absence> counting = sorted(absences).stream().filter(counts).toList();
        TreeMap<LocalDate, Absence> byDay = new TreeMap<>();
        TreeMap<LocalDate, Integer> halvesByDay = halfDaysByDay(from, to, pattern, counting, byDay);
        List<LocalDate[]> spells = spells(counting, pattern);
        int halves = 0;
        int spellCount = 0;
        int lastSpell = -1;
        Absence tippedBy = null;
        LocalDate tippedOn = null;
        int spellIndex = 0;
        for (Map.Entry<LocalDate, Integer> day : halvesByDay.entrySet()) {
            LocalDate d = day.getKey();
            halves += day.getValue();
            while (spellIndex < spells.size() && spells.get(spellIndex)[1].isBefore(d)) {
                spellIndex++;
            }
            if (spellIndex != lastSpell) {
                spellCount++;
                lastSpell = spellIndex;
            }
            if (tippedBy == null && (daysReached(halves, triggerDays) || spellCount >= triggerSpells)) {
                tippedBy = byDay.get(d);
                tippedOn = d;
            }
        }
        boolean byDays = daysReached(halves, triggerDays);
        boolean bySpells = spellCount >= triggerSpells;
        ReachedBy reachedBy = byDays && bySpells ? ReachedBy.BOTH : byDays ? ReachedBy.DAYS
                : bySpells ? ReachedBy.SPELLS : null;
        return new Tally(halves / 2.0, spellCount, reachedBy != null, reachedBy, tippedBy, tippedOn);
    }

    /**
     * The half days counted on each day from {@code from} to {@code to} (days costing nothing left out),
     * pregnancy-related absence never, disability-related only when {@code withDisabilityRelated}.
     */
    public TreeMap<LocalDate, Integer> halfDaysByDay(LocalDate from, LocalDate to, WorkingPattern pattern,
            List<Absence> absences, boolean withDisabilityRelated) {
        List<Absence> counting = sorted(absences).stream().filter(a -> !a.countsAsPregnancyRelated())
                .filter(a -> withDisabilityRelated || !a.countsAsDisabilityRelated()).toList();
        return halfDaysByDay(from, to, pattern, counting, new TreeMap<>());
    }

    private TreeMap<LocalDate, Integer> halfDaysByDay(LocalDate from, LocalDate to, WorkingPattern pattern,
            List<Absence> counting, TreeMap<LocalDate, Absence> byDay) {
        // Each day counts once, at the most any record on it gives (records should not overlap; if they do, no double count).
        TreeMap<LocalDate, Integer> halvesByDay = new TreeMap<>();
        for (Absence a : counting) {
            for (LocalDate d = max(a.firstDay(), from); !d.isAfter(min(a.lastDay(), to)); d = d.plusDays(1)) {
                int h = halfDaysOn(a, pattern, d);
                if (h > halvesByDay.getOrDefault(d, 0)) {
                    halvesByDay.put(d, h);
                    byDay.put(d, a);
                }
            }
        }
        return halvesByDay;
    }

    private boolean daysReached(int halves, double triggerDays) {
        double days = halves / 2.0;
        return settings.reachedOnlyWhenMore() ? days > triggerDays : days >= triggerDays;
    }

    /**
     * Spells as [first day, last day], in order: records that cost something, joined when no working
     * day of the member's lies between them. Only spells that cost a day or half day count.
     */
    private List<LocalDate[]> spells(List<Absence> counting, WorkingPattern pattern) {
        List<LocalDate[]> spells = new ArrayList<>();
        for (Absence a : counting) {
            if (daysLost(a, pattern) == 0) {
                continue;
            }
            LocalDate[] last = spells.isEmpty() ? null : spells.get(spells.size() - 1);
            if (last != null && noWorkingDayBetween(pattern, last[1], a.firstDay())) {
                last[1] = max(last[1], a.lastDay());
            } else {
                spells.add(new LocalDate[] {a.firstDay(), a.lastDay()});
            }
        }
        return spells;
    }

    private boolean noWorkingDayBetween(WorkingPattern pattern, LocalDate end, LocalDate start) {
        for (LocalDate d = end.plusDays(1); d.isBefore(start); d = d.plusDays(1)) {
            if (isWorkingDay(pattern, d)) {
                return false;
            }
        }
        return true;
    }

    private static List<Absence> sorted(List<Absence> absences) {
        return absences.stream().sorted(Comparator.comparing(Absence::firstDay).thenComparing(Absence::lastDay)).toList();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
