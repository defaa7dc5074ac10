package org.repdesk.report;

import java.util.Locale;
import java.util.Map;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Figures;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.SubjectAccess;

/**
 * A subject access response as XHTML (for PDF): everything held about one member, in full (every
 * timeline entry and note, unlike a case summary), readable by the member, in English, Welsh or both.
 */
public final class SubjectAccessHtml {

    private SubjectAccessHtml() {
    }

    /** The response in the language the app speaks now. */
    public static String render(SubjectAccess.Response r) {
        return render(r, DocumentLanguage.ofApp());
    }

    public static String render(SubjectAccess.Response r, DocumentLanguage language) {
        Member m = r.member();
        StringBuilder h = Documents.start(language, Documents.inEach(language, l -> t(l, "doc.sar.title")),
                Documents.inEach(language, l -> Messages.text(l, "doc.sar.running", Map.of("number", m.membershipNumber(),
                        "date", Dates.uk(r.requestedOn())))),
                Documents.inEach(language, l -> Messages.text(l, "doc.sar.confidential", Map.of("name", m.shownName(l)))));
        Documents.inTurn(h, language, (out, l) -> body(out, r, l));
        return Documents.end(h);
    }

    private static void body(StringBuilder h, SubjectAccess.Response r, Locale l) {
        Member m = r.member();
        h.append("<h1>").append(Html.esc(t(l, "doc.sar.title"))).append("</h1>\n");
        h.append("<p class=\"meta\">").append(Html.esc(Messages.text(l, "doc.sar.intro", Map.of("name", m.shownName(l),
                "number", m.membershipNumber(), "date", Dates.uk(r.requestedOn()), "by", AuditWords.who(r.producedBy(), l)))))
                .append("</p>\n");

        h.append("<h2>").append(Html.esc(t(l, "doc.sar.memberRecord"))).append("</h2>\n<table class=\"keep\">");
        pair(h, t(l, "doc.member.name"), m.shownName(l));
        pair(h, t(l, "doc.member.number"), m.membershipNumber());
        pair(h, t(l, "doc.member.union"), m.union() == null ? null : m.union().label(l));
        pair(h, t(l, "doc.member.grade"), m.grade() == null ? null : m.grade().label(l));
        pair(h, t(l, "doc.member.team"), m.team());
        pair(h, t(l, "doc.member.office"), m.office());
        pair(h, t(l, "doc.member.region"), m.region() == null ? null : m.region().label(l));
        pair(h, t(l, "doc.member.email"), m.email());
        pair(h, t(l, "doc.member.phone"), m.phone());
        pair(h, t(l, "doc.member.contractedHours"), m.contractedHours() == null ? null : BriefHtml.whole(m.contractedHours()));
        h.append("</table>\n");

        h.append("<h2>").append(Html.esc(Messages.text(l, "doc.sar.cases", Map.of("n", r.cases().size())))).append("</h2>\n");
        if (r.cases().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.brief.noCases"))).append("</p>\n");
        }
        for (SubjectAccess.CaseRecord cr : r.cases()) {
            oneCase(h, cr, l);
        }

        h.append("<h2>").append(Html.esc(Messages.text(l, "doc.sar.workloadRecords", Map.of("n", r.workloadRecords().size()))))
                .append("</h2>\n");
        if (r.workloadRecords().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.none"))).append("</p>\n");
        } else {
            // Fixed widths: the member's own account in the last column wraps inside the page instead of
            // being pushed off its right edge by the seven figures before it.
            h.append("<table class=\"timeline\"><tr><th style=\"width: 13%\">").append(Html.esc(t(l, "doc.date")))
                    .append("</th><th class=\"num\" style=\"width: 8%\">").append(Html.esc(t(l, "doc.workload.percent")))
                    .append("</th><th class=\"num\" style=\"width: 9%\">").append(Html.esc(t(l, "doc.workload.points")))
                    .append("</th><th class=\"num\" style=\"width: 14%\">").append(Html.esc(t(l, "doc.workload.contracted")))
                    .append("</th><th class=\"num\" style=\"width: 14%\">").append(Html.esc(t(l, "doc.workload.reduction")))
                    .append("</th><th class=\"num\" style=\"width: 8%\">").append(Html.esc(t(l, "doc.workload.cases")))
                    .append("</th><th class=\"num\" style=\"width: 10%\">").append(Html.esc(t(l, "doc.workload.hoursWorked")))
                    .append("</th><th>").append(Html.esc(t(l, "doc.workload.uncounted"))).append("</th></tr>\n");
            for (WorkloadRecord w : r.workloadRecords()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(w.recordedOn())).append("</td>");
                num(h, w.capacityPercent(), l);
                num(h, w.workloadPoints(), l);
                num(h, w.contractedHours(), l);
                num(h, w.reductionHours(), l);
                h.append("<td class=\"num\">").append(w.casesHeld() == null ? "" : Figures.whole(l, w.casesHeld()))
                        .append("</td>");
                num(h, w.hoursWorked(), l);
                h.append("<td>").append(Html.esc(w.uncountedWork())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        SubjectAccessAbsences.append(h, r, l);

        h.append("<h2>").append(Html.esc(Messages.text(l, "doc.sar.changes", Map.of("n", r.auditTrail().size()))))
                .append("</h2>\n");
        h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.sar.changesNote"))).append("</p>\n");
        if (!r.auditTrail().isEmpty()) {
            h.append("<table><tr><th style=\"width: 24%\">").append(Html.esc(t(l, "audit.col.when")))
                    .append("</th><th style=\"width: 18%\">").append(Html.esc(t(l, "doc.sar.who")))
                    .append("</th><th>").append(Html.esc(t(l, "doc.sar.what"))).append("</th></tr>\n");
            // A document still on its case is named by its title as well as its number.
            Map<java.util.UUID, org.repdesk.model.CaseDocument> documents = new java.util.HashMap<>();
            r.cases().forEach(cr -> cr.documents().forEach(d -> documents.put(d.id(), d)));
            for (AuditEntry e : r.auditTrail()) {
                h.append("<tr><td class=\"date\">").append(Html.esc(AuditWords.when(e.at()))).append("</td><td>")
                        .append(Html.esc(AuditWords.who(e.who(), l))).append("</td><td>").append(Html.esc(AuditWords.what(e, l, documents)))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static void oneCase(StringBuilder h, SubjectAccess.CaseRecord cr, Locale l) {
        CaseFile c = cr.caseFile();
        h.append("<h3>").append(Html.esc(Messages.text(l, "doc.sar.case", Map.of("ref", c.reference(),
                "type", c.type().label(l))))).append("</h3>\n<table class=\"keep\">");
        pair(h, t(l, "doc.case.status"), c.status().label(l));
        pair(h, t(l, "doc.case.stageField"), StageCatalogue.shown(c.stage(), l));
        pair(h, t(l, "doc.case.opened"), Dates.uk(c.openedOn()));
        pair(h, t(l, "doc.case.closed"), Dates.uk(c.closedOn()));
        pair(h, t(l, "doc.case.manager"), c.manager());
        pair(h, t(l, "doc.case.workloadFactor"), c.workloadFactor().label(l));
        if (c.workloadAccount() != null) {
            h.append("<tr><th>").append(Html.esc(t(l, "doc.case.workloadAccount"))).append("</th><td>")
                    .append(Html.paragraphs(c.workloadAccount())).append("</td></tr>");
        }
        if (c.outcome() != null) {
            h.append("<tr><th>").append(Html.esc(t(l, "doc.case.outcome"))).append("</th><td>")
                    .append(Html.paragraphs(c.outcome())).append("</td></tr>");
        }
        if (!cr.evidenceFor().isEmpty()) {
            StringBuilder d = new StringBuilder();
            for (SubjectAccess.DemandLink link : cr.evidenceFor()) {
                // The link keeps the status's English label, as the JSON beside the PDF does; the PDF names it in its language.
                String status = org.repdesk.model.Labelled.parse(org.repdesk.model.DemandStatus.class, link.status())
                        .map(s -> s.label(l)).orElse(link.status());
                d.append(d.length() == 0 ? "" : "; ").append(link.title()).append(" (").append(status).append(')');
            }
            pair(h, t(l, "doc.sar.evidenceFor"), d.toString());
        }
        h.append("</table>\n");
        if (!cr.deadlines().isEmpty()) {
            h.append("<table><tr><th>").append(Html.esc(t(l, "doc.deadlines.due"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.deadlines.what"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.deadlines.doneColumn"))).append("</th></tr>\n");
            for (Deadline d : cr.deadlines()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(d.dueOn())).append("</td><td>")
                        .append(Html.deadline(l, d.hearing(), d.description()))
                        .append("</td><td>").append(Html.esc(t(l, d.done() ? "doc.yes" : "doc.no"))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!cr.documents().isEmpty()) {
            h.append("<p>").append(Html.esc(t(l, "papers.sar.documents"))).append("</p>\n<table><tr><th>")
                    .append(Html.esc(t(l, "papers.field.date"))).append("</th><th>")
                    .append(Html.esc(t(l, "papers.field.kind"))).append("</th><th>")
                    .append(Html.esc(t(l, "papers.field.title"))).append("</th><th>")
                    .append(Html.esc(t(l, "papers.sar.file"))).append("</th></tr>\n");
            for (CaseDocument d : cr.documents()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(d.dated())).append("</td><td>")
                        .append(Html.esc(d.kind().label(l))).append("</td><td>").append(Html.esc(d.title()))
                        .append("</td><td>").append(Html.esc(SubjectAccess.documentFileName(c, d))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<table class=\"timeline\"><tr><th style=\"width: 16%\">").append(Html.esc(t(l, "doc.date")))
                .append("</th><th>").append(Html.esc(t(l, "doc.sar.timelineEntry"))).append("</th></tr>\n");
        for (TimelineEntry e : cr.timeline()) {
            h.append("<tr><td class=\"date\">").append(Dates.uk(e.date())).append("<br/><span class=\"muted\">")
                    .append(Html.esc(e.kind().label(l))).append("</span></td><td><b>").append(Html.esc(e.summaryIn(l)))
                    .append("</b>");
            if (e.text() != null) {
                h.append("<br/>").append(Html.paragraphs(e.text()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String t(Locale l, String key) {
        return Messages.text(l, key);
    }

    private static void pair(StringBuilder h, String label, String value) {
        h.append("<tr><th style=\"width: 28%\">").append(Html.esc(label)).append("</th><td>")
                .append(Html.esc(value == null ? "" : value)).append("</td></tr>");
    }

    private static void num(StringBuilder h, Double d, Locale l) {
        h.append("<td class=\"num\">").append(d == null ? "" : Figures.oneDecimal(l, d)).append("</td>");
    }
}
