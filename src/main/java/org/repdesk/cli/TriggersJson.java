package org.repdesk.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AttendanceTriggers;
import org.repdesk.model.Member;
import org.repdesk.report.AttendanceWords;

/** The attendance calculation as the command line writes it: JSON with fixed field names, or text. */
@JsonPropertyOrder({"on", "window_from", "working_days_lost", "spells", "trigger_days", "trigger_spells",
        "in_improvement_period", "improvement_period_ends", "reached", "reached_by", "tipped_by", "tipped_on",
        "under_trigger_again_on", "without_disability_related", "absences"})
record TriggersJson(
        @JsonProperty("on") String on,
        @JsonProperty("window_from") String windowFrom,
        @JsonProperty("working_days_lost") double workingDaysLost,
        @JsonProperty("spells") int spells,
        @JsonProperty("trigger_days") double triggerDays,
        @JsonProperty("trigger_spells") int triggerSpells,
        @JsonProperty("in_improvement_period") boolean inImprovementPeriod,
        @JsonProperty("improvement_period_ends") String improvementPeriodEnds,
        @JsonProperty("reached") boolean reached,
        @JsonProperty("reached_by") String reachedBy,
        @JsonProperty("tipped_by") String tippedBy,
        @JsonProperty("tipped_on") String tippedOn,
        @JsonProperty("under_trigger_again_on") String underTriggerAgainOn,
        @JsonProperty("without_disability_related") Count withoutDisabilityRelated,
        @JsonProperty("absences") List<Dropping> absences) {

    @JsonPropertyOrder({"working_days_lost", "spells", "reached", "reached_by", "tipped_by", "tipped_on"})
    record Count(
            @JsonProperty("working_days_lost") double workingDaysLost,
            @JsonProperty("spells") int spells,
            @JsonProperty("reached") boolean reached,
            @JsonProperty("reached_by") String reachedBy,
            @JsonProperty("tipped_by") String tippedBy,
            @JsonProperty("tipped_on") String tippedOn) {

        static Count of(AttendanceTriggers.Tally t) {
            return new Count(t.daysLost(), t.spells(), t.reached(), t.reachedBy() == null ? null : t.reachedBy().code(),
                    t.tippedBy() == null ? null : t.tippedBy().firstDay().toString(), str(t.tippedOn()));
        }
    }

    @JsonPropertyOrder({"first_day", "last_day", "reason", "days_in_window", "drops_out_on"})
    record Dropping(
            @JsonProperty("first_day") String firstDay,
            @JsonProperty("last_day") String lastDay,
            @JsonProperty("reason") String reason,
            @JsonProperty("days_in_window") double daysInWindow,
            @JsonProperty("drops_out_on") String dropsOutOn) {
    }

    static TriggersJson of(AttendanceTriggers.Result r) {
        Count all = Count.of(r.all());
        return new TriggersJson(r.on().toString(), r.windowFrom().toString(), all.workingDaysLost(), all.spells(),
                r.triggerDays(), r.triggerSpells(), r.inImprovementPeriod(), str(r.improvementEnds()), all.reached(),
                all.reachedBy(), all.tippedBy(), all.tippedOn(), str(r.underTriggerAgainOn()),
                Count.of(r.withoutDisabilityRelated()),
                r.absences().stream().map(d -> new Dropping(d.absence().firstDay().toString(),
                        d.absence().lastDay().toString(), d.absence().reason().name(), d.daysInWindow(),
                        d.dropsOutOn().toString())).toList());
    }

    /** The same for a person: a few lines, each figure both ways. */
    static String text(Member member, AttendanceTriggers.Result r) {
        StringBuilder s = new StringBuilder();
        s.append(Messages.text("absence.calc.heading", Map.of("name", member.name(), "number", member.membershipNumber(),
                "on", r.on().toString(), "from", r.windowFrom().toString()))).append('\n');
        s.append(AttendanceWords.ISO.trigger(r)).append('\n');
        s.append("  ").append(AttendanceWords.ISO.asWritten(r)).append('\n');
        s.append("  ").append(AttendanceWords.ISO.withoutDisabilityRelated(r)).append('\n');
        if (r.underTriggerAgainOn() != null) {
            s.append(AttendanceWords.ISO.underAgain(r)).append('\n');
        }
        for (AttendanceTriggers.Dropping d : r.absences()) {
            s.append("  ").append(AttendanceWords.ISO.dropsOut(d)).append('\n');
        }
        return s.toString();
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
