package org.repdesk.report;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.service.SubjectAccess;

/** The sickness-absence record in a subject access response: the pattern and every absence, as held. */
final class SubjectAccessAbsences {

    private SubjectAccessAbsences() {
    }

    static void append(StringBuilder h, SubjectAccess.Response r, java.util.Locale l) {
        h.append("<h2>").append(Html.esc(Messages.text(l, "absence.sar.title", Map.of("n", r.absences().size()))))
                .append("</h2>\n");
        java.util.Optional.ofNullable(r.workingPattern()).ifPresent(p -> h.append("<p>").append(Html.esc(Messages.text(l, "absence.sar.pattern",
                Map.of("days", AttendanceWords.dayNames(l, p.days()), "hours", p.hoursPerWeek(), "warning",
                        p.warningOn() == null ? "-" : Dates.uk(p.warningOn()))))).append("</p>\n"));
        if (r.absences().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, "absence.ui.none"))).append("</p>\n");
            return;
        }
        h.append("<table><tr><th>").append(Html.esc(Messages.text(l, "absence.ui.col.first"))).append("</th><th>")
                .append(Html.esc(Messages.text(l, "absence.ui.col.last"))).append("</th><th>")
                .append(Html.esc(Messages.text(l, "absence.ui.col.reason"))).append("</th><th>")
                .append(Html.esc(Messages.text(l, "absence.ui.col.notes"))).append("</th></tr>\n");
        for (Absence a : r.absences()) {
            StringBuilder notes = new StringBuilder();
            if (a.isPartDay()) {
                notes.append(Messages.text(l, "absence.cli.hours", Map.of("hours", a.hours())));
            }
            for (var flag : new Object[][] {{a.disabilityRelated(), "absence.field.disabilityRelated"},
                    {a.pregnancyRelated(), "absence.field.pregnancyRelated"}, {a.workRelated(), "absence.field.workRelated"},
                    {a.fitNote(), "absence.field.fitNote"}}) {
                if ((Boolean) flag[0]) {
                    notes.append(notes.length() == 0 ? "" : ", ").append(Messages.text(l, (String) flag[1]));
                }
            }
            h.append("<tr><td class=\"date\">").append(Dates.uk(a.firstDay())).append("</td><td class=\"date\">")
                    .append(Dates.uk(a.lastDay())).append("</td><td>").append(Html.esc(a.reason().label(l)))
                    .append("</td><td>").append(Html.esc(notes.toString())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
