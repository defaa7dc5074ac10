package org.repdesk.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AttendanceTriggers;

/**
 * The attendance calculation in sentences, the same on the screen, the command line and the case
 * summary: {@link #ISO} dates for the command line, {@link #UK} (dd/mm/yyyy) for people.
 */
public final class AttendanceWords {

    public static final AttendanceWords ISO = new AttendanceWords(LocalDate::toString, null);
    public static final AttendanceWords UK = new AttendanceWords(Dates::uk, null);

    private final Function<LocalDate, String> date;
    /** The language written in; null: the app's language at the time of writing. */
    private final java.util.Locale language;

    private AttendanceWords(Function<LocalDate, String> date, java.util.Locale language) {
        this.date = date;
        this.language = language;
    }

    /** The same sentences in {@code language} (a document in Welsh from an app in English). */
    public AttendanceWords in(java.util.Locale language) {
        return new AttendanceWords(date, language);
    }

    private java.util.Locale language() {
        return language == null ? Messages.language() : language;
    }

    /** "Trigger: 8 days or 4 spells", or the improvement period's. */
    public String trigger(AttendanceTriggers.Result r) {
        return Messages.text(language(), r.inImprovementPeriod() ? "absence.calc.triggerImprovement" : "absence.calc.trigger",
                Map.of("days", r.triggerDays(), "spells", r.triggerSpells(), "ends",
                        r.improvementEnds() == null ? "" : date.apply(r.improvementEnds())));
    }

    /** The count as the policy is written. */
    public String asWritten(AttendanceTriggers.Result r) {
        return line("absence.calc.asWritten", r.all());
    }

    /** The count without disability-related absence. */
    public String withoutDisabilityRelated(AttendanceTriggers.Result r) {
        return line("absence.calc.withoutDisability", r.withoutDisabilityRelated());
    }

    /** "With no further absence, under the trigger again on …", or empty. */
    public String underAgain(AttendanceTriggers.Result r) {
        return r.underTriggerAgainOn() == null ? ""
                : Messages.text(language(), "absence.calc.underAgain", Map.of("date", date.apply(r.underTriggerAgainOn())));
    }

    public String dropsOut(AttendanceTriggers.Dropping d) {
        return Messages.text(language(), "absence.calc.dropsOut", Map.of("first", date.apply(d.absence().firstDay()),
                "last", date.apply(d.absence().lastDay()), "days", d.daysInWindow(), "date", date.apply(d.dropsOutOn())));
    }

    /** The weekdays of a pattern, short and in order: "Mon,Tue,Wed,Thu". */
    public static String dayNames(java.util.Set<java.time.DayOfWeek> days) {
        return dayNames(Messages.language(), days);
    }

    /** The weekdays in {@code language}: "Llun,Maw,Mer" in Welsh. */
    public static String dayNames(java.util.Locale language, java.util.Set<java.time.DayOfWeek> days) {
        return String.join(",", days.stream().sorted().map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT,
                language)).toList());
    }

    private String line(String key, AttendanceTriggers.Tally t) {
        String outcome = t.reached()
                ? Messages.text(language(), "absence.calc.reached", Map.of("by", Messages.text(language(), "absence.reachedBy." + t.reachedBy().name()),
                        "first", date.apply(t.tippedBy().firstDay()), "date", date.apply(t.tippedOn())))
                : Messages.text(language(), "absence.calc.notReached");
        return Messages.text(language(), key, Map.of("days", t.daysLost(), "spells", t.spells(), "outcome", outcome));
    }
}
