package org.repdesk.report;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AttendanceTriggers;

/** The sickness-absence part of a case summary: the calculation in words, the strip, and the record. */
final class CaseAbsenceHtml {

    private CaseAbsenceHtml() {
    }

    static void append(StringBuilder h, CaseAbsence a) {
        AttendanceTriggers.Result r = a.result();
        h.append("<h3>").append(Html.esc(Messages.text("absence.pdf.title"))).append("</h3>\n");
        h.append("<p class=\"muted\">").append(Html.esc(Messages.text("absence.pdf.basis", Map.of(
                "on", Dates.uk(r.on()), "from", Dates.uk(r.windowFrom()),
                "days", AttendanceWords.dayNames(a.pattern().days()),
                "hours", a.pattern().hoursPerWeek())))).append("</p>\n");
        h.append("<p>").append(Html.esc(AttendanceWords.UK.trigger(r))).append("</p>\n");
        h.append("<p><b>").append(Html.esc(AttendanceWords.UK.asWritten(r))).append("</b><br/>")
                .append(Html.esc(AttendanceWords.UK.withoutDisabilityRelated(r))).append("</p>\n");
        if (r.underTriggerAgainOn() != null) {
            h.append("<p>").append(Html.esc(AttendanceWords.UK.underAgain(r))).append("</p>\n");
        }
        h.append("<img class=\"chart\" style=\"width: 100%\" alt=\"").append(Html.esc(Messages.text("absence.pdf.alt")))
                .append("\" src=\"").append(AbsenceStripPng.dataUri(a.strip(), 520, 150)).append("\"/>\n");
        h.append("<p class=\"muted\">").append(Html.esc(Messages.text("absence.strip.key"))).append("</p>\n");
        if (a.absences().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text("absence.ui.none"))).append("</p>\n");
            return;
        }
        h.append("<table class=\"keep\"><tr><th>").append(Html.esc(Messages.text("absence.ui.col.first")))
                .append("</th><th>").append(Html.esc(Messages.text("absence.ui.col.last")))
                .append("</th><th class=\"num\">").append(Html.esc(Messages.text("absence.pdf.inWindow")))
                .append("</th><th>").append(Html.esc(Messages.text("absence.ui.col.reason")))
                .append("</th><th>").append(Html.esc(Messages.text("absence.ui.col.dropsOut"))).append("</th></tr>\n");
        for (AttendanceTriggers.Dropping d : r.absences()) {
            Absence x = d.absence();
            h.append("<tr><td class=\"date\">").append(Dates.uk(x.firstDay())).append("</td><td class=\"date\">")
                    .append(Dates.uk(x.lastDay())).append(x.isPartDay() ? " (" + Html.esc(Messages.text(
                            "absence.cli.hours", Map.of("hours", x.hours()))) + ")" : "")
                    .append("</td><td class=\"num\">").append(Html.esc(Messages.text("absence.pdf.days",
                            Map.of("days", d.daysInWindow())))).append("</td><td>").append(Html.esc(x.reason().label()))
                    .append(flags(x)).append("</td><td class=\"date\">").append(Dates.uk(d.dropsOutOn()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String flags(Absence x) {
        StringBuilder f = new StringBuilder();
        if (x.countsAsDisabilityRelated()) {
            f.append("; ").append(Messages.text("absence.field.disabilityRelated"));
        }
        if (x.countsAsPregnancyRelated()) {
            f.append("; ").append(Messages.text("absence.field.pregnancyRelated"));
        }
        if (x.fitNote()) {
            f.append("; ").append(Messages.text("absence.field.fitNote"));
        }
        return Html.esc(f.toString());
    }
}
