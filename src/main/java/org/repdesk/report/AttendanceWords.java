package org.repdesk.report;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AttendanceTriggers;

/** The attendance calculation in sentences, the same on the screen, the command line and the case summary. */
public final class AttendanceWords {

    private AttendanceWords() {
    }

    /** "Trigger: 8 days or 4 spells", or the improvement period's. */
    public static String trigger(AttendanceTriggers.Result r) {
        return Messages.text(r.inImprovementPeriod() ? "absence.calc.triggerImprovement" : "absence.calc.trigger",
                Map.of("days", r.triggerDays(), "spells", r.triggerSpells(), "ends",
                        r.improvementEnds() == null ? "" : r.improvementEnds().toString()));
    }

    /** The count as the policy is written. */
    public static String asWritten(AttendanceTriggers.Result r) {
        return line("absence.calc.asWritten", r.all());
    }

    /** The count without disability-related absence. */
    public static String withoutDisabilityRelated(AttendanceTriggers.Result r) {
        return line("absence.calc.withoutDisability", r.withoutDisabilityRelated());
    }

    /** "With no further absence, under the trigger again on …", or empty. */
    public static String underAgain(AttendanceTriggers.Result r) {
        return r.underTriggerAgainOn() == null ? ""
                : Messages.text("absence.calc.underAgain", Map.of("date", r.underTriggerAgainOn().toString()));
    }

    public static String dropsOut(AttendanceTriggers.Dropping d) {
        return Messages.text("absence.calc.dropsOut", Map.of("first", d.absence().firstDay().toString(),
                "last", d.absence().lastDay().toString(), "days", d.daysInWindow(), "date", d.dropsOutOn().toString()));
    }

    /** The weekdays of a pattern, short and in order: "Mon,Tue,Wed,Thu". */
    public static String dayNames(java.util.Set<java.time.DayOfWeek> days) {
        return String.join(",", days.stream().sorted().map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT,
                Messages.language())).toList());
    }

    private static String line(String key, AttendanceTriggers.Tally t) {
        String outcome = t.reached()
                ? Messages.text("absence.calc.reached", Map.of("by", Messages.text("absence.reachedBy." + t.reachedBy().name()),
                        "first", t.tippedBy().firstDay().toString(), "date", t.tippedOn().toString()))
                : Messages.text("absence.calc.notReached");
        return Messages.text(key, Map.of("days", t.daysLost(), "spells", t.spells(), "outcome", outcome));
    }
}
