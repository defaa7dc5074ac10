package org.repdesk.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The picture of a calculation, as data: the window as a strip of days, each absence drawn on it,
 * and the running count of days lost climbing towards the trigger line. The app draws it on a
 * canvas and the case summary as SVG, from the same numbers.
 *
 * @param steps                  the running count as policy is written, one point per counted day
 * @param stepsWithoutDisability the same without disability-related absence
 * @param maxDays                the height of the scale: above both the trigger and the count
 */
public record AttendanceStrip(LocalDate from, LocalDate to, double triggerDays, double maxDays, List<Block> blocks,
        List<Step> steps, List<Step> stepsWithoutDisability, LocalDate tippedOn) {

    /** How an absence stands in the count. */
    public enum Kind {
        COUNTED, DISABILITY_RELATED, PREGNANCY_RELATED
    }

    /** One absence on the strip, clipped to the window; {@code tipped} for the one that reached the trigger. */
    public record Block(LocalDate first, LocalDate last, Kind kind, boolean tipped) {
    }

    /** The running count of days lost after {@code date}. */
    public record Step(LocalDate date, double days) {
    }

    public static AttendanceStrip of(AttendanceTriggers calculator, WorkingPattern pattern, List<Absence> absences,
            AttendanceTriggers.Result result) {
        LocalDate from = result.windowFrom();
        LocalDate to = result.on();
        List<Block> blocks = new ArrayList<>();
        Absence tipped = result.all().tippedBy();
        for (Absence a : absences) {
            if (a.lastDay().isBefore(from) || a.firstDay().isAfter(to)) {
                continue;
            }
            Kind kind = a.countsAsPregnancyRelated() ? Kind.PREGNANCY_RELATED
                    : a.countsAsDisabilityRelated() ? Kind.DISABILITY_RELATED : Kind.COUNTED;
            blocks.add(new Block(a.firstDay().isBefore(from) ? from : a.firstDay(), a.lastDay().isAfter(to) ? to
                    : a.lastDay(), kind, tipped != null && tipped.id().equals(a.id())));
        }
        List<Step> steps = steps(calculator.halfDaysByDay(from, to, pattern, absences, true));
        List<Step> without = steps(calculator.halfDaysByDay(from, to, pattern, absences, false));
        double top = Math.max(result.triggerDays(), result.all().daysLost());
        return new AttendanceStrip(from, to, result.triggerDays(), Math.max(1, Math.ceil(top * 1.15)), List.copyOf(blocks),
                steps, without, result.all().tippedOn());
    }

    private static List<Step> steps(Map<LocalDate, Integer> halves) {
        List<Step> steps = new ArrayList<>();
        int running = 0;
        for (Map.Entry<LocalDate, Integer> e : halves.entrySet()) {
            running += e.getValue();
            steps.add(new Step(e.getKey(), running / 2.0));
        }
        return List.copyOf(steps);
    }

    /** Where {@code date} starts along the strip, from 0 (the window's first day) to 1 (the day after its last). */
    public double x(LocalDate date) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return ChronoUnit.DAYS.between(from, date) / (double) days;
    }

    /** The first of each month inside the window, for the scale. */
    public List<LocalDate> monthStarts() {
        List<LocalDate> months = new ArrayList<>();
        LocalDate m = from.withDayOfMonth(1);
        if (m.isBefore(from)) {
            m = m.plusMonths(1);
        }
        for (; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
