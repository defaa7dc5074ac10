package org.repdesk.report;

import java.util.Locale;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.SubjectAccess;

/**
 * A subject access response as XHTML (for PDF): everything held about one member, in full (every
 * timeline entry and note, unlike a case summary), readable by the member.
 */
public final class SubjectAccessHtml {

    private SubjectAccessHtml() {
    }

    public static String render(SubjectAccess.Response r) {
        Member m = r.member();
        String title = "Your data held by your union representative";
        StringBuilder h = Documents.start(title, "RepDesk · subject access response · " + m.membershipNumber() + " · "
                + Dates.uk(r.requestedOn()), "CONFIDENTIAL: for " + m.name() + " only");
        h.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        h.append("<p class=\"meta\">Everything RepDesk holds about ").append(Html.esc(m.name())).append(" (")
                .append(Html.esc(m.membershipNumber())).append("), produced on ").append(Dates.uk(r.requestedOn()))
                .append(" by ").append(Html.esc(r.producedBy()))
                .append(". The same data is in the JSON file beside this one.</p>\n");

        h.append("<h2>Member record</h2>\n<table class=\"keep\">");
        pair(h, "Name", m.name());
        pair(h, "Membership number", m.membershipNumber());
        pair(h, "Union", m.union() == null ? null : m.union().label());
        pair(h, "Grade", m.grade() == null ? null : m.grade().label());
        pair(h, "Team", m.team());
        pair(h, "Office", m.office());
        pair(h, "Region", m.region() == null ? null : m.region().label());
        pair(h, "Email", m.email());
        pair(h, "Phone", m.phone());
        pair(h, "Contracted hours", m.contractedHours() == null ? null : BriefHtml.whole(m.contractedHours()));
        h.append("</table>\n");

        h.append("<h2>Cases (").append(r.cases().size()).append(")</h2>\n");
        if (r.cases().isEmpty()) {
            h.append("<p class=\"muted\">No cases.</p>\n");
        }
        for (SubjectAccess.CaseRecord cr : r.cases()) {
            oneCase(h, cr);
        }

        h.append("<h2>Workload records (").append(r.workloadRecords().size()).append(")</h2>\n");
        if (r.workloadRecords().isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n");
        } else {
            // Fixed widths: the member's own account in the last column wraps inside the page instead of
            // being pushed off its right edge by the seven figures before it.
            h.append("<table class=\"timeline\"><tr><th style=\"width: 13%\">Date</th>"
                    + "<th class=\"num\" style=\"width: 8%\">WMT %</th><th class=\"num\" style=\"width: 9%\">Points</th>"
                    + "<th class=\"num\" style=\"width: 14%\">Contracted h</th>"
                    + "<th class=\"num\" style=\"width: 14%\">Reduction h</th><th class=\"num\" style=\"width: 8%\">Cases</th>"
                    + "<th class=\"num\" style=\"width: 10%\">Hours worked</th><th>Work the WMT does not count</th></tr>\n");
            for (WorkloadRecord w : r.workloadRecords()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(w.recordedOn())).append("</td>");
                num(h, w.capacityPercent());
                num(h, w.workloadPoints());
                num(h, w.contractedHours());
                num(h, w.reductionHours());
                h.append("<td class=\"num\">").append(w.casesHeld() == null ? "" : w.casesHeld()).append("</td>");
                num(h, w.hoursWorked());
                h.append("<td>").append(Html.esc(w.uncountedWork())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        SubjectAccessAbsences.append(h, r);

        h.append("<h2>Record of changes (").append(r.auditTrail().size()).append(")</h2>\n");
        h.append("<p class=\"muted\">Who changed your records and when. Changes to notes are recorded without "
                + "their text; the text itself is above.</p>\n");
        if (!r.auditTrail().isEmpty()) {
            h.append("<table><tr><th style=\"width: 24%\">When (UTC)</th><th style=\"width: 18%\">Who</th>"
                    + "<th>What</th></tr>\n");
            for (AuditEntry e : r.auditTrail()) {
                h.append("<tr><td class=\"date\">").append(Html.esc(when(e.at()))).append("</td><td>")
                        .append(Html.esc(e.who())).append("</td><td>").append(Html.esc(e.describe()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return Documents.end(h);
    }

    private static void oneCase(StringBuilder h, SubjectAccess.CaseRecord cr) {
        CaseFile c = cr.caseFile();
        h.append("<h3>Case ").append(Html.esc(c.reference())).append(" · ").append(Html.esc(c.type().label()))
                .append("</h3>\n<table class=\"keep\">");
        pair(h, "Status", c.status().label());
        pair(h, "Stage", c.stage());
        pair(h, "Opened", Dates.uk(c.openedOn()));
        pair(h, "Closed", Dates.uk(c.closedOn()));
        pair(h, "Manager", c.manager());
        pair(h, "Excessive workload a factor", c.workloadFactor().label());
        if (c.workloadAccount() != null) {
            h.append("<tr><th>How workload bears</th><td>").append(Html.paragraphs(c.workloadAccount()))
                    .append("</td></tr>");
        }
        if (c.outcome() != null) {
            h.append("<tr><th>Outcome</th><td>").append(Html.paragraphs(c.outcome())).append("</td></tr>");
        }
        if (!cr.evidenceFor().isEmpty()) {
            StringBuilder d = new StringBuilder();
            for (SubjectAccess.DemandLink l : cr.evidenceFor()) {
                d.append(d.length() == 0 ? "" : "; ").append(l.title()).append(" (").append(l.status()).append(')');
            }
            pair(h, "Used as evidence for the union's demands", d.toString());
        }
        h.append("</table>\n");
        if (!cr.deadlines().isEmpty()) {
            h.append("<table><tr><th>Due</th><th>What is due</th><th>Done</th></tr>\n");
            for (Deadline d : cr.deadlines()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(d.dueOn())).append("</td><td>")
                        .append(Html.deadline(d.hearing(), d.description()))
                        .append("</td><td>").append(d.done() ? "yes" : "no").append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!cr.documents().isEmpty()) {
            h.append("<p>").append(Html.esc(Messages.text("papers.sar.documents"))).append("</p>\n<table><tr><th>")
                    .append(Html.esc(Messages.text("papers.field.date"))).append("</th><th>")
                    .append(Html.esc(Messages.text("papers.field.kind"))).append("</th><th>")
                    .append(Html.esc(Messages.text("papers.field.title"))).append("</th><th>")
                    .append(Html.esc(Messages.text("papers.sar.file"))).append("</th></tr>\n");
            for (CaseDocument d : cr.documents()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(d.dated())).append("</td><td>")
                        .append(Html.esc(d.kind().label())).append("</td><td>").append(Html.esc(d.title()))
                        .append("</td><td>").append(Html.esc(SubjectAccess.documentFileName(c, d))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<table class=\"timeline\"><tr><th style=\"width: 16%\">Date</th><th>Timeline entry</th></tr>\n");
        for (TimelineEntry e : cr.timeline()) {
            h.append("<tr><td class=\"date\">").append(Dates.uk(e.date())).append("<br/><span class=\"muted\">")
                    .append(Html.esc(e.kind().label())).append("</span></td><td><b>").append(Html.esc(e.summary()))
                    .append("</b>");
            if (e.text() != null) {
                h.append("<br/>").append(Html.paragraphs(e.text()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String when(String at) {
        return at == null ? "" : at.replace('T', ' ').replaceAll("\\.\\d+Z$", "");
    }

    private static void pair(StringBuilder h, String label, String value) {
        h.append("<tr><th style=\"width: 28%\">").append(Html.esc(label)).append("</th><td>")
                .append(Html.esc(value == null ? "" : value)).append("</td></tr>");
    }

    private static void num(StringBuilder h, Double d) {
        h.append("<td class=\"num\">").append(d == null ? "" : String.format(Locale.UK, "%.1f", d)).append("</td>");
    }
}
