package org.repdesk.report;

import java.util.List;
import java.util.Locale;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.Deadline;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;

/** Case summaries as XHTML (for PDF): one case, or a batch with each case starting a new page. */
public final class CaseSummaryHtml {

    private CaseSummaryHtml() {
    }

    public static String render(CaseSummary s) {
        return render(List.of(s));
    }

    public static String render(List<CaseSummary> summaries) {
        String title = summaries.size() == 1
                ? "Case summary " + summaries.get(0).caseFile().reference()
                : "Case summaries: " + summaries.size() + " cases";
        java.time.LocalDate today = summaries.isEmpty() ? java.time.LocalDate.now() : summaries.get(0).producedOn();
        StringBuilder h = Documents.start(title, "RepDesk · " + title + " · printed " + Dates.uk(today),
                "CONFIDENTIAL: union casework, special category data");
        if (summaries.isEmpty()) {
            h.append("<h1>No cases</h1>\n<p>No case has a hearing in the period chosen.</p>\n");
        }
        boolean first = true;
        for (CaseSummary s : summaries) {
            h.append("<div style=\"").append(first ? "" : "page-break-before: always;").append("\">\n");
            one(h, s);
            h.append("</div>\n");
            first = false;
        }
        return Documents.end(h);
    }

    private static void one(StringBuilder h, CaseSummary s) {
        var c = s.caseFile();
        var m = s.member();
        h.append("<h1>").append(Html.esc(c.reference())).append(" · ").append(Html.esc(m.name())).append("</h1>\n");
        h.append("<p class=\"meta\">").append(Html.esc(c.type().label())).append(" case · ")
                .append(Html.esc(c.status().label())).append(" · stage: <b>").append(Html.esc(c.stage())).append("</b></p>\n");
        h.append("<table class=\"keep\">");
        pair(h, "Member", m.name() + " (" + m.membershipNumber() + "), " + m.union().label() + ", " + m.grade().label());
        pair(h, "Team and office", join(m.team(), m.office(), m.region() == null ? null : m.region().label()));
        pair(h, "Contact", join(m.email(), m.phone(), null));
        pair(h, "Contracted hours", m.contractedHours() == null ? "" : BriefHtml.whole(m.contractedHours()));
        pair(h, "Opened", Dates.uk(c.openedOn()) + (c.closedOn() == null ? "" : " · closed " + Dates.uk(c.closedOn())));
        pair(h, "Manager", c.manager());
        pair(h, "Excessive workload a factor", c.workloadFactor().label());
        if (c.workloadAccount() != null) {
            h.append("<tr><th>How workload bears</th><td>").append(Html.paragraphs(c.workloadAccount())).append("</td></tr>");
        }
        if (c.outcome() != null) {
            h.append("<tr><th>Outcome</th><td>").append(Html.paragraphs(c.outcome())).append("</td></tr>");
        }
        h.append("</table>\n");

        h.append("<h3>Deadlines and hearings</h3>\n");
        if (s.deadlines().isEmpty()) {
            h.append("<p class=\"muted\">None recorded.</p>\n");
        } else {
            h.append("<table><tr><th>Due</th><th>What is due</th><th>State</th></tr>\n");
            for (Deadline d : s.deadlines()) {
                boolean late = d.isOverdue(s.producedOn());
                h.append("<tr><td class=\"date\">").append(Dates.uk(d.dueOn())).append("</td><td>")
                        .append(Html.deadline(d.hearing(), d.description())).append("</td><td").append(late ? " class=\"overdue\"" : "")
                        .append(">").append(d.done() ? "done" : late ? "OVERDUE" : "to do").append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        documents(h, s.documents());

        h.append("<h3>Workload evidence</h3>\n");
        if (s.excessiveSince().isPresent()) {
            h.append("<p class=\"overdue\">Over the employer's own excessive-workload threshold (over 110% for four "
                    + "consecutive weeks) since ").append(Dates.uk(s.excessiveSince().get())).append(".</p>\n");
        }
        if (s.workload().isEmpty()) {
            h.append("<p class=\"muted\">No workload records.</p>\n");
        } else {
            h.append("<table><tr><th>Week of</th><th class=\"num\">WMT %</th><th class=\"num\">Points</th>"
                    + "<th class=\"num\">Cases</th><th class=\"num\">Hours worked</th><th>Work the WMT does not count</th></tr>\n");
            for (WorkloadRecord r : s.workload()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(r.recordedOn())).append("</td><td class=\"num\">")
                        .append(r.capacityPercent() == null ? "" : String.format(Locale.UK, "%.1f", r.capacityPercent()))
                        .append("</td><td class=\"num\">").append(num(r.workloadPoints())).append("</td><td class=\"num\">")
                        .append(r.casesHeld() == null ? "" : r.casesHeld()).append("</td><td class=\"num\">")
                        .append(num(r.hoursWorked())).append("</td><td>").append(Html.esc(r.uncountedWork()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        s.absence().ifPresent(a -> CaseAbsenceHtml.append(h, a));

        h.append("<h3>Timeline</h3>\n");
        h.append("<table class=\"timeline\"><tr><th style=\"width: 16%\">Date</th><th>Entry</th></tr>\n");
        for (TimelineEntry e : s.timeline()) {
            h.append("<tr><td class=\"date\">").append(Dates.uk(e.date())).append("<br/><span class=\"muted\">")
                    .append(Html.esc(e.kind().label())).append("</span></td><td><b>").append(Html.esc(e.summary()))
                    .append("</b>");
            if (e.text() != null) {
                h.append("<br/>").append(Html.paragraphs(CaseSummary.shortNote(e.text())));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (s.olderEntries() > 0) {
            h.append("<p class=\"muted\">").append(s.olderEntries())
                    .append(" older entries are not printed; they are in RepDesk.</p>\n");
        }
    }

    /** The case's papers: kind, date and title (the documents themselves stay in RepDesk). */
    private static void documents(StringBuilder h, List<CaseDocument> documents) {
        h.append("<h3>").append(Html.esc(Messages.text("papers.summary.heading"))).append("</h3>\n");
        if (documents.isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text("papers.summary.none"))).append("</p>\n");
            return;
        }
        h.append("<table><tr><th style=\"width: 5%\" class=\"num\">").append(Html.esc(Messages.text("papers.cli.column.number")))
                .append("</th><th style=\"width: 14%\">").append(Html.esc(Messages.text("papers.field.date")))
                .append("</th><th style=\"width: 27%\">").append(Html.esc(Messages.text("papers.field.kind")))
                .append("</th><th>").append(Html.esc(Messages.text("papers.field.title"))).append("</th></tr>\n");
        for (CaseDocument d : documents) {
            h.append("<tr><td class=\"num\">").append(d.number()).append("</td><td class=\"date\">")
                    .append(Dates.uk(d.dated())).append("</td><td>").append(Html.esc(d.kind().label()))
                    .append("</td><td>").append(Html.esc(d.title())).append(" <span class=\"muted\">(")
                    .append(Html.esc(d.fileName())).append(")</span></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void pair(StringBuilder h, String label, String value) {
        h.append("<tr><th style=\"width: 28%\">").append(Html.esc(label)).append("</th><td>")
                .append(Html.esc(value == null ? "" : value)).append("</td></tr>");
    }

    private static String join(String a, String b, String c) {
        StringBuilder out = new StringBuilder();
        for (String s : new String[] {a, b, c}) {
            if (s != null && !s.isBlank()) {
                if (out.length() > 0) {
                    out.append(" · ");
                }
                out.append(s);
            }
        }
        return out.toString();
    }

    private static String num(Double d) {
        return d == null ? "" : BriefHtml.whole(d);
    }
}
