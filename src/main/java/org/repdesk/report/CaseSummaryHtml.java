package org.repdesk.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.model.StageCatalogue;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Figures;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.Deadline;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;

/**
 * Case summaries as XHTML (for PDF): one case, or a batch with each case starting a new page; in
 * English, Welsh, or both (the whole batch in English, then in Welsh). What the rep typed (notes,
 * stage names, the manager) stays as typed.
 */
public final class CaseSummaryHtml {

    private CaseSummaryHtml() {
    }

    /** One summary in the language the app speaks now. */
    public static String render(CaseSummary s) {
        return render(List.of(s), DocumentLanguage.ofApp());
    }

    /** A batch in the language the app speaks now. */
    public static String render(List<CaseSummary> summaries) {
        return render(summaries, DocumentLanguage.ofApp());
    }

    public static String render(CaseSummary s, DocumentLanguage language) {
        return render(List.of(s), language);
    }

    public static String render(List<CaseSummary> summaries, DocumentLanguage language) {
        java.time.LocalDate today = summaries.isEmpty() ? java.time.LocalDate.now() : summaries.get(0).producedOn();
        String title = Documents.inEach(language, l -> title(l, summaries));
        StringBuilder h = Documents.start(language, title,
                Documents.inEach(language, l -> Messages.text(l, "doc.summary.running",
                        Map.of("title", title(l, summaries), "date", Dates.uk(today)))),
                Documents.inEach(language, l -> Messages.text(l, "doc.confidential")));
        Documents.inTurn(h, language, (out, l) -> {
            if (summaries.isEmpty()) {
                out.append("<h1>").append(Html.esc(Messages.text(l, "doc.summary.noCases"))).append("</h1>\n<p>")
                        .append(Html.esc(Messages.text(l, "doc.summary.noHearings"))).append("</p>\n");
            }
            boolean first = true;
            for (CaseSummary s : summaries) {
                out.append("<div style=\"").append(first ? "" : "page-break-before: always;").append("\">\n");
                one(out, s, l);
                out.append("</div>\n");
                first = false;
            }
        });
        return Documents.end(h);
    }

    private static String title(Locale l, List<CaseSummary> summaries) {
        return summaries.size() == 1
                ? Messages.text(l, "doc.summary.title", Map.of("ref", summaries.get(0).caseFile().reference()))
                : Messages.text(l, "doc.summary.titleMany", Map.of("n", summaries.size()));
    }

    private static void one(StringBuilder h, CaseSummary s, Locale l) {
        var c = s.caseFile();
        var m = s.member();
        h.append("<h1>").append(Html.esc(c.reference())).append(" · ").append(Html.esc(m.shownName(l))).append("</h1>\n");
        h.append("<p class=\"meta\">").append(Html.esc(Messages.text(l, "doc.summary.kindOfCase",
                Map.of("type", c.type().label(l), "typeInSentence", c.type().inSentence(l),
                        "status", c.status().label(l))))).append(" · ")
                .append(Html.esc(t(l, "doc.case.stage"))).append(": <b>").append(Html.esc(StageCatalogue.shown(c.stage(), l))).append("</b></p>\n");
        h.append("<table class=\"keep\">");
        pair(h, t(l, "doc.member"), m.shownName(l) + " (" + m.membershipNumber() + "), " + m.union().label(l) + ", "
                + m.grade().label(l));
        pair(h, t(l, "doc.member.teamAndOffice"), join(m.team(), m.office(), m.region() == null ? null : m.region().label(l)));
        pair(h, t(l, "doc.member.contact"), join(m.email(), m.phone(), null));
        pair(h, t(l, "doc.member.contractedHours"), m.contractedHours() == null ? "" : BriefHtml.whole(m.contractedHours()));
        pair(h, t(l, "doc.case.opened"), Dates.uk(c.openedOn()) + (c.closedOn() == null ? ""
                : " · " + Messages.text(l, "doc.case.closedOn", Map.of("date", Dates.uk(c.closedOn())))));
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
        h.append("</table>\n");

        h.append("<h3>").append(Html.esc(t(l, "doc.deadlines.heading"))).append("</h3>\n");
        if (s.deadlines().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.noneRecorded"))).append("</p>\n");
        } else {
            h.append("<table><tr><th>").append(Html.esc(t(l, "doc.deadlines.due"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.deadlines.what"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.deadlines.state"))).append("</th></tr>\n");
            for (Deadline d : s.deadlines()) {
                boolean late = d.isOverdue(s.producedOn());
                h.append("<tr><td class=\"date\">").append(Dates.uk(d.dueOn())).append("</td><td>")
                        .append(Html.deadline(l, d.hearing(), d.description())).append("</td><td")
                        .append(late ? " class=\"overdue\"" : "").append(">")
                        .append(Html.esc(t(l, d.done() ? "doc.deadlines.done" : late ? "doc.deadlines.overdue"
                                : "doc.deadlines.toDo"))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        documents(h, s.documents(), l);

        h.append("<h3>").append(Html.esc(t(l, "doc.workload.heading"))).append("</h3>\n");
        if (s.excessiveSince().isPresent()) {
            h.append("<p class=\"overdue\">").append(Html.esc(Messages.text(l, "doc.workload.excessiveSince",
                    Map.of("date", Dates.uk(s.excessiveSince().get()))))).append("</p>\n");
        }
        if (s.workload().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.workload.none"))).append("</p>\n");
        } else {
            h.append("<table><tr><th>").append(Html.esc(t(l, "doc.workload.weekOf"))).append("</th><th class=\"num\">")
                    .append(Html.esc(t(l, "doc.workload.percent"))).append("</th><th class=\"num\">")
                    .append(Html.esc(t(l, "doc.workload.points"))).append("</th><th class=\"num\">")
                    .append(Html.esc(t(l, "doc.workload.cases"))).append("</th><th class=\"num\">")
                    .append(Html.esc(t(l, "doc.workload.hoursWorked"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.workload.uncounted"))).append("</th></tr>\n");
            for (WorkloadRecord r : s.workload()) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(r.recordedOn())).append("</td><td class=\"num\">")
                        .append(r.capacityPercent() == null ? "" : Figures.oneDecimal(l, r.capacityPercent()))
                        .append("</td><td class=\"num\">").append(num(l, r.workloadPoints())).append("</td><td class=\"num\">")
                        .append(r.casesHeld() == null ? "" : Figures.whole(l, r.casesHeld())).append("</td><td class=\"num\">")
                        .append(num(l, r.hoursWorked())).append("</td><td>").append(Html.esc(r.uncountedWork()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }

        s.absence().ifPresent(a -> CaseAbsenceHtml.append(h, a, l));

        h.append("<h3>").append(Html.esc(t(l, "doc.timeline.heading"))).append("</h3>\n");
        h.append("<table class=\"timeline\"><tr><th style=\"width: 16%\">").append(Html.esc(t(l, "doc.date")))
                .append("</th><th>").append(Html.esc(t(l, "doc.timeline.entry"))).append("</th></tr>\n");
        for (TimelineEntry e : s.timeline()) {
            h.append("<tr><td class=\"date\">").append(Dates.uk(e.date())).append("<br/><span class=\"muted\">")
                    .append(Html.esc(e.kind().label(l))).append("</span></td><td><b>").append(Html.esc(e.summaryIn(l)))
                    .append("</b>");
            if (e.text() != null) {
                h.append("<br/>").append(Html.paragraphs(CaseSummary.shortNote(l, e.text())));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (s.olderEntries() > 0) {
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, "doc.timeline.older",
                    Map.of("n", s.olderEntries())))).append("</p>\n");
        }
    }

    /** The case's papers: kind, date and title (the documents themselves stay in RepDesk). */
    private static void documents(StringBuilder h, List<CaseDocument> documents, Locale l) {
        h.append("<h3>").append(Html.esc(t(l, "papers.summary.heading"))).append("</h3>\n");
        if (documents.isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "papers.summary.none"))).append("</p>\n");
            return;
        }
        h.append("<table><tr><th style=\"width: 5%\" class=\"num\">").append(Html.esc(t(l, "papers.cli.column.number")))
                .append("</th><th style=\"width: 14%\">").append(Html.esc(t(l, "papers.field.date")))
                .append("</th><th style=\"width: 27%\">").append(Html.esc(t(l, "papers.field.kind")))
                .append("</th><th>").append(Html.esc(t(l, "papers.field.title"))).append("</th></tr>\n");
        for (CaseDocument d : documents) {
            h.append("<tr><td class=\"num\">").append(d.number()).append("</td><td class=\"date\">")
                    .append(Dates.uk(d.dated())).append("</td><td>").append(Html.esc(d.kind().label(l)))
                    .append("</td><td>").append(Html.esc(d.title())).append(" <span class=\"muted\">(")
                    .append(Html.esc(d.fileName())).append(")</span></td></tr>\n");
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

    private static String num(Locale l, Double d) {
        return d == null ? "" : Figures.number(l, d);
    }
}
