package org.repdesk.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.model.StageCatalogue;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Figures;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.DemandStatus;

/**
 * The caseload report for branch meetings: by case reference, never by name; in English, Welsh or
 * both (the whole report in English, then in Welsh from a new page).
 */
public final class CaseloadHtml {

    private CaseloadHtml() {
    }

    /** The report in the language the app speaks now. */
    public static String render(Caseload c) {
        return render(c, DocumentLanguage.ofApp());
    }

    public static String render(Caseload c, DocumentLanguage language) {
        StringBuilder h = Documents.start(language,
                Documents.inEach(language, l -> t(l, "caseloadReport.title", Map.of("date", Dates.uk(c.today())))),
                Documents.inEach(language, l -> t(l, "caseloadReport.running", Map.of("date", Dates.uk(c.today())))),
                Documents.inEach(language, l -> t(l, "caseloadReport.note")));
        Documents.inTurn(h, language, (out, l) -> body(out, c, l));
        return Documents.end(h);
    }

    private static void body(StringBuilder h, Caseload c, Locale l) {
        h.append("<h1>").append(Html.esc(t(l, "caseloadReport.heading"))).append("</h1>\n<p class=\"meta\">")
                .append(Html.esc(t(l, "caseloadReport.meta", Map.of("date", Dates.longForm(l, c.today())))))
                .append("</p>\n");
        h.append("<table class=\"figures\"><tr>");
        BriefHtml.figure(h, Figures.whole(l, c.openCases()), t(l, "caseloadReport.figure.open", Map.of("n", c.openCases())));
        BriefHtml.figure(h, Figures.whole(l, c.onHoldCases()), t(l, "caseloadReport.figure.onHold",
                Map.of("n", c.onHoldCases())));
        BriefHtml.figure(h, c.workloadFactorPercent() + "%", t(l, "caseloadReport.figure.workload"));
        BriefHtml.figure(h, Figures.whole(l, c.overdueCount()), t(l, "caseloadReport.figure.overdue",
                Map.of("n", c.overdueCount())));
        h.append("</tr></table>\n");

        h.append("<h2>").append(Html.esc(t(l, "caseloadReport.openByType"))).append("</h2>\n");
        if (c.openByTypeAndStage().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "caseloadReport.noOpenCases"))).append("</p>\n");
        } else {
            h.append("<table><tr><th>").append(Html.esc(t(l, "caseloadReport.column.type"))).append("</th><th>")
                    .append(Html.esc(t(l, "caseloadReport.column.stage"))).append("</th><th class=\"num\">")
                    .append(Html.esc(t(l, "caseloadReport.column.cases"))).append("</th></tr>\n");
            for (Map.Entry<CaseType, Map<String, Integer>> type : c.openByTypeAndStage().entrySet()) {
                for (Map.Entry<String, Integer> s : type.getValue().entrySet()) {
                    h.append("<tr><td>").append(Html.esc(type.getKey().label(l))).append("</td><td>")
                            .append(Html.esc(StageCatalogue.shown(s.getKey(), l))).append("</td><td class=\"num\">").append(Figures.whole(l, s.getValue()))
                            .append("</td></tr>\n");
                }
            }
            h.append("</table>\n");
        }
        byType(h, c, l);
        due(h, t(l, "caseloadReport.overdue"), c.overdue(), c.overdueCount(), "perf.caseload.overdueListed", true, l);
        due(h, t(l, "caseloadReport.dueSoon", Map.of("days", Caseload.SOON_DAYS)), c.dueSoon(), c.dueSoonCount(),
                "perf.caseload.soonListed", false, l);

        h.append("<h2>").append(Html.esc(t(l, "caseloadReport.workload"))).append("</h2>\n<p>");
        if (c.membersWithWmt() == 0) {
            h.append(Html.esc(t(l, "caseloadReport.noWmt")));
        } else {
            h.append(Html.esc(t(l, "caseloadReport.wmt", Map.of("members", c.membersWithWmt(),
                    "median", BriefHtml.pct(l, c.medianCapacity()), "over", c.membersOverThreshold()))));
        }
        h.append("</p>\n<h2>").append(Html.esc(t(l, "caseloadReport.demands"))).append("</h2>\n<table><tr>");
        for (DemandStatus s : DemandStatus.values()) {
            h.append("<th class=\"num\">").append(Html.esc(s.label(l))).append("</th>");
        }
        h.append("</tr><tr>");
        for (DemandStatus s : DemandStatus.values()) {
            h.append("<td class=\"num\">").append(Figures.whole(l, c.demandsByStatus().getOrDefault(s, 0))).append("</td>");
        }
        h.append("</tr></table>\n");
        if (c.promisesOverdue() > 0) {
            h.append("<p class=\"overdue\">").append(Html.esc(Messages.text(l,
                    "export.caseload.promisesOverdue", Map.of("n", c.promisesOverdue())))).append("</p>\n");
        }
    }

    /** The due and overdue deadlines counted by case type and how late: every one, however many. */
    private static void byType(StringBuilder h, Caseload c, Locale l) {
        if (c.dueByType().isEmpty()) {
            return;
        }
        h.append("<h2>").append(Html.esc(Messages.text(l, "perf.caseload.byType"))).append("</h2>\n<table class=\"due-bands\"><tr><th>")
                .append(Html.esc(Messages.text(l, "perf.caseload.type"))).append("</th>");
        for (Caseload.DueBand band : Caseload.DueBand.values()) {
            h.append("<th class=\"num\">").append(Html.esc(Messages.text(l, "perf.caseload.band." + band.name(),
                    Map.of("days", Caseload.SOON_DAYS)))).append("</th>");
        }
        h.append("</tr>\n");
        for (CaseType type : CaseType.values()) {
            int[] counts = java.util.Arrays.stream(Caseload.DueBand.values()).mapToInt(b -> c.due(type, b)).toArray();
            if (java.util.Arrays.stream(counts).sum() == 0) {
                continue;
            }
            h.append("<tr><td>").append(Html.esc(type.label(l))).append("</td>");
            for (int n : counts) {
                h.append("<td class=\"num\">").append(Figures.whole(l, n)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void due(StringBuilder h, String title, List<Caseload.DueItem> items, int count, String listedKey,
            boolean late, Locale l) {
        h.append("<h2>").append(Html.esc(title)).append("</h2>\n");
        if (items.isEmpty() && count > 0) { // a casebook's reader: counted, not listed
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, "casebook.caseload.notListed", Map.of("n", count))))
                    .append("</p>\n");
            return;
        }
        if (items.isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "caseloadReport.none"))).append("</p>\n");
            return;
        }
        if (items.size() < count) {
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, listedKey,
                    Map.of("shown", items.size(), "n", count)))).append("</p>\n");
        }
        // Hearing or deadline, not the rep's own title for it: titles are typed freely and often name
        // the member ("Send Siân's OH report"), and this report is for branch meetings (issue 19).
        h.append("<table><tr><th>").append(Html.esc(t(l, "caseloadReport.column.due"))).append("</th><th>")
                .append(Html.esc(t(l, "caseloadReport.column.case"))).append("</th><th>")
                .append(Html.esc(t(l, "caseloadReport.column.type"))).append("</th><th>")
                .append(Html.esc(Messages.text(l, "export.caseload.dueKind"))).append("</th></tr>\n");
        for (Caseload.DueItem d : items) {
            h.append("<tr><td class=\"date").append(late ? " overdue" : "").append("\">").append(Dates.uk(d.due()))
                    .append("</td><td class=\"ref\">").append(Html.esc(d.reference())).append("</td><td>")
                    .append(Html.esc(d.type().label(l))).append("</td><td>").append(Html.esc(Messages.text(l,
                            d.hearing() ? "export.caseload.hearing" : "export.caseload.deadline")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String t(Locale l, String key) {
        return Messages.text(l, key);
    }

    private static String t(Locale l, String key, Map<String, Object> values) {
        return Messages.text(l, key, values);
    }
}
