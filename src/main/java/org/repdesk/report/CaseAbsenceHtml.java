package org.repdesk.report;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AttendanceTriggers;

/** The sickness-absence part of a case summary: the calculation in words, the strip, and the record. */
final class CaseAbsenceHtml {

    private CaseAbsenceHtml() {
    }

    static void append(StringBuilder h, CaseAbsence a, java.util.Locale l) {
        AttendanceWords words = AttendanceWords.UK.in(l);
        AttendanceTriggers.Result r = a.result();
        h.append("<h3>").append(Html.esc(Messages.text(l, "absence.pdf.title"))).append("</h3>\n");
        h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, "absence.pdf.basis", Map.of(
                "on", Dates.uk(r.on()), "from", Dates.uk(r.windowFrom()),
                "days", AttendanceWords.dayNames(l, a.pattern().days()),
                "hours", a.pattern().hoursPerWeek())))).append("</p>\n");
        h.append("<p>").append(Html.esc(words.trigger(r))).append("</p>\n");
        h.append("<p><b>").append(Html.esc(words.asWritten(r))).append("</b><br/>")
                .append(Html.esc(words.withoutDisabilityRelated(r))).append("</p>\n");
        if (r.underTriggerAgainOn() != null) {
            h.append("<p>").append(Html.esc(words.underAgain(r))).append("</p>\n");
        }
        h.append("<img class=\"chart\" style=\"width: 100%\" alt=\"").append(Html.esc(Messages.text(l, "absence.pdf.alt")))
                .append("\" src=\"").append(AbsenceStripPng.dataUri(a.strip(), 520, 150, l)).append("\"/>\n");
        h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, "absence.strip.key"))).append("</p>\n");
        if (a.absences().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, "absence.ui.none"))).append("</p>\n");
            return;
        }
        h.append("<table class=\"keep\"><tr><th>").append(Html.esc(Messages.text(l, "absence.ui.col.first")))
                .append("</th><th>").append(Html.esc(Messages.text(l, "absence.ui.col.last")))
                .append("</th><th class=\"num\">").append(Html.esc(Messages.text(l, "absence.pdf.inWindow")))
                .append("</th><th>").append(Html.esc(Messages.text(l, "absence.ui.col.reason")))
                .append("</th><th>").append(Html.esc(Messages.text(l, "absence.ui.col.dropsOut"))).append("</th></tr>\n");
        for (AttendanceTriggers.Dropping d : r.absences()) {
            Absence x = d.absence();
            h.append("<tr><td class=\"date\">").append(Dates.uk(x.firstDay())).append("</td><td class=\"date\">")
                    .append(Dates.uk(x.lastDay())).append(x.isPartDay() ? " (" + Html.esc(Messages.text(l, 
                            "absence.cli.hours", Map.of("hours", x.hours()))) + ")" : "")
                    .append("</td><td class=\"num\">").append(Html.esc(Messages.text(l, "absence.pdf.days",
                            Map.of("days", d.daysInWindow())))).append("</td><td>").append(Html.esc(x.reason().label(l)))
                    .append(flags(x, l)).append("</td><td class=\"date\">").append(Dates.uk(d.dropsOutOn()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String flags(Absence x, java.util.Locale l) {
        StringBuilder f = new StringBuilder();
        if (x.countsAsDisabilityRelated()) {
            f.append("; ").append(Messages.text(l, "absence.field.disabilityRelated"));
        }
        if (x.countsAsPregnancyRelated()) {
            f.append("; ").append(Messages.text(l, "absence.field.pregnancyRelated"));
        }
        if (x.fitNote()) {
            f.append("; ").append(Messages.text(l, "absence.field.fitNote"));
        }
        return Html.esc(f.toString());
    }
}
