package org.repdesk.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which weekdays a member works and how many hours a week: the days an absence can cost, and the
 * length of "a normal working day" the part-day rule measures against.
 *
 * @param warningOn the date of a formal warning, when the member is in (or was in) an improvement
 *                  period; null when none has been given
 */
public record WorkingPattern(UUID memberId, Set<DayOfWeek> days, double hoursPerWeek, LocalDate warningOn) {

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public WorkingPattern {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** Full time, Monday to Friday: the pattern assumed until the rep records the member's own. */
    public static WorkingPattern fullTime(UUID memberId, double hoursPerWeek) {
        return new WorkingPattern(memberId, MONDAY_TO_FRIDAY, hoursPerWeek, null);
    }

    /** The hours of one working day: the week's hours shared evenly over the days worked. */
    public double hoursPerDay() {
        return days.isEmpty() ? 0 : hoursPerWeek / days.size();
    }

    public boolean worksOn(DayOfWeek day) {
        return days.contains(day);
    }

    public WorkingPattern withWarningOn(LocalDate date) {
        return new WorkingPattern(memberId, days, hoursPerWeek, date);
    }

    public List<String> problems() {
        return new Problems()
                .when(days.isEmpty(), "absence.problem.noDays")
                .when(!(hoursPerWeek >= 0.5 && hoursPerWeek <= 60), "absence.problem.hoursPerWeek")
                .when(!days.isEmpty() && hoursPerDay() > 24, "absence.problem.hoursPerDay")
                .plausibleDate("absence.field.warningOn", warningOn)
                .list();
    }
}
