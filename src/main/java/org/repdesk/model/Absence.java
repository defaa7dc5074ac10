package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One spell of sickness absence as the employer records it: whole days from the first to the last,
 * or part of one day in hours.
 *
 * @param hours for part of one day, the hours off; null for whole days
 */
public record Absence(UUID id, UUID memberId, LocalDate firstDay, LocalDate lastDay, Double hours,
        AbsenceReason reason, boolean disabilityRelated, boolean pregnancyRelated, boolean workRelated,
        boolean fitNote) {

    public Absence {
        if (lastDay == null) {
            lastDay = firstDay;
        }
        if (reason == null) {
            reason = AbsenceReason.OTHER;
        }
    }

    public static Absence of(UUID memberId, LocalDate firstDay, LocalDate lastDay, Double hours, AbsenceReason reason,
            boolean disabilityRelated, boolean pregnancyRelated, boolean workRelated, boolean fitNote) {
        return new Absence(UUID.randomUUID(), memberId, firstDay, lastDay, hours, reason, disabilityRelated,
                pregnancyRelated, workRelated, fitNote);
    }

    public boolean isPartDay() {
        return hours != null;
    }

    /** Pregnancy-related when marked so or given that reason: such absence never counts (Equality Act 2010 s18). */
    public boolean countsAsPregnancyRelated() {
        return pregnancyRelated || reason == AbsenceReason.PREGNANCY_RELATED;
    }

    /** Disability-related when marked so or given that reason: shown both ways (a reasonable adjustment, s20). */
    public boolean countsAsDisabilityRelated() {
        return disabilityRelated || reason == AbsenceReason.DISABILITY_RELATED_CONDITION;
    }

    /** Work-related when marked so, or for work-related stress or an injury at work. */
    public boolean countsAsWorkRelated() {
        return workRelated || reason == AbsenceReason.WORK_RELATED_STRESS || reason == AbsenceReason.INJURY_AT_WORK;
    }

    /** True when the two share a calendar day. */
    public boolean overlaps(Absence other) {
        return !firstDay.isAfter(other.lastDay) && !other.firstDay.isAfter(lastDay);
    }

    public Absence withId(UUID newId) {
        return new Absence(newId, memberId, firstDay, lastDay, hours, reason, disabilityRelated, pregnancyRelated,
                workRelated, fitNote);
    }

    /** What is wrong with this absence for a member working {@code pattern}; empty when it may be saved. */
    public List<String> problems(WorkingPattern pattern) {
        Problems p = new Problems()
                .when(firstDay == null, "absence.problem.firstDayRequired")
                .plausibleDate("absence.field.firstDay", firstDay)
                .plausibleDate("absence.field.lastDay", lastDay);
        if (firstDay != null && lastDay != null) {
            p.when(lastDay.isBefore(firstDay), "absence.problem.lastBeforeFirst",
                    Map.of("first", firstDay.toString(), "last", lastDay.toString()));
            p.when(hours != null && !lastDay.equals(firstDay), "absence.problem.hoursOnlyOneDay");
        }
        if (hours != null) {
            p.when(!(hours > 0), "absence.problem.hoursPositive");
            if (pattern != null && hours > 0 && hours > pattern.hoursPerDay() + 1e-9) {
                p.when(true, "absence.problem.hoursOverDay", Map.of("hours", plain(hours),
                        "day", plain(pattern.hoursPerDay())));
            }
        }
        return p.list();
    }

    private static final java.time.format.DateTimeFormatter UK = java.time.format.DateTimeFormatter
            .ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A date as reps type it: ISO (2027-01-04) or day/month/year (04/01/2027); empty when it is neither. */
    public static java.util.Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        for (java.time.format.DateTimeFormatter f : List.of(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, UK)) {
            try {
                return java.util.Optional.of(LocalDate.parse(t, f));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return java.util.Optional.empty();
    }

    static String plain(double d) {
        double rounded = Math.round(d * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
