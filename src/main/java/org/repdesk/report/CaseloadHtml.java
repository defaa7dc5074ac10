package org.repdesk.report;

import java.util.List;
import java.util.Map;
import org.repdesk.model.CaseType;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatus;

/** The caseload report for branch meetings: by case reference, never by name. */
public final class CaseloadHtml {

    private CaseloadHtml() {
    }

    public static String render(Caseload c) {
        StringBuilder h = Documents.start("Caseload report " + Dates.uk(c.today()),
                "RepDesk · Caseload report · " + Dates.uk(c.today()), "Cases by reference only: no names");
        h.append("<h1>Caseload report</h1>\n<p class=\"meta\">").append(Dates.longForm(c.today()))
                .append(" · cases are listed by reference only.</p>\n");
        h.append("<table class=\"figures\"><tr>");
        BriefHtml.figure(h, String.valueOf(c.openCases()), "open cases");
        BriefHtml.figure(h, String.valueOf(c.onHoldCases()), "on hold");
        BriefHtml.figure(h, c.workloadFactorPercent() + "%", "with excessive workload a factor");
        BriefHtml.figure(h, String.valueOf(c.overdueCount()), "overdue deadlines");
        h.append("</tr></table>\n");

        h.append("<h2>Open cases by type and stage</h2>\n");
        if (c.openByTypeAndStage().isEmpty()) {
            h.append("<p class=\"muted\">No open cases.</p>\n");
        } else {
            h.append("<table><tr><th>Type</th><th>Stage</th><th class=\"num\">Cases</th></tr>\n");
            for (Map.Entry<CaseType, Map<String, Integer>> t : c.openByTypeAndStage().entrySet()) {
                for (Map.Entry<String, Integer> s : t.getValue().entrySet()) {
                    h.append("<tr><td>").append(Html.esc(t.getKey().label())).append("</td><td>").append(Html.esc(s.getKey()))
                            .append("</td><td class=\"num\">").append(s.getValue()).append("</td></tr>\n");
                }
            }
            h.append("</table>\n");
        }
        byType(h, c);
        due(h, "Overdue", c.overdue(), c.overdueCount(), "perf.caseload.overdueListed", true);
        due(h, "Due in the next " + Caseload.SOON_DAYS + " days", c.dueSoon(), c.dueSoonCount(),
                "perf.caseload.soonListed", false);

        h.append("<h2>Workload</h2>\n<p>");
        if (c.membersWithWmt() == 0) {
            h.append("No WMT figures recorded.");
        } else {
            h.append(plural(c.membersWithWmt(), "member has", "members have")).append(" WMT figures; median latest "
                    + "capacity ").append(BriefHtml.pct(c.medianCapacity())).append("; ")
                    .append(plural(c.membersOverThreshold(), "has", "have"))
                    .append(" been over 110% for four consecutive weeks.");
        }
        h.append("</p>\n<h2>Demands</h2>\n<table><tr>");
        for (DemandStatus s : DemandStatus.values()) {
            h.append("<th class=\"num\">").append(Html.esc(s.label())).append("</th>");
        }
        h.append("</tr><tr>");
        for (DemandStatus s : DemandStatus.values()) {
            h.append("<td class=\"num\">").append(c.demandsByStatus().getOrDefault(s, 0)).append("</td>");
        }
        h.append("</tr></table>\n");
        if (c.promisesOverdue() > 0) {
            h.append("<p class=\"overdue\">").append(Html.esc(org.repdesk.i18n.Messages.text(
                    "export.caseload.promisesOverdue", java.util.Map.of("n", c.promisesOverdue())))).append("</p>\n");
        }
        return Documents.end(h);
    }

    /** The due and overdue deadlines counted by case type and how late: every one, however many. */
    private static void byType(StringBuilder h, Caseload c) {
        if (c.dueByType().isEmpty()) {
            return;
        }
        h.append("<h2>").append(Html.esc(Messages.text("perf.caseload.byType"))).append("</h2>\n<table class=\"due-bands\"><tr><th>")
                .append(Html.esc(Messages.text("perf.caseload.type"))).append("</th>");
        for (Caseload.DueBand band : Caseload.DueBand.values()) {
            h.append("<th class=\"num\">").append(Html.esc(Messages.text("perf.caseload.band." + band.name(),
                    Map.of("days", Caseload.SOON_DAYS)))).append("</th>");
        }
        h.append("</tr>\n");
        for (CaseType type : CaseType.values()) {
            int[] counts = java.util.Arrays.stream(Caseload.DueBand.values()).mapToInt(b -> c.due(type, b)).toArray();
            if (java.util.Arrays.stream(counts).sum() == 0) {
                continue;
            }
            h.append("<tr><td>").append(Html.esc(type.label())).append("</td>");
            for (int n : counts) {
                h.append("<td class=\"num\">").append(n).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void due(StringBuilder h, String title, List<Caseload.DueItem> items, int count, String listedKey,
            boolean late) {
        h.append("<h2>").append(Html.esc(title)).append("</h2>\n");
        if (items.isEmpty() && count > 0) { // a casebook's reader: counted, not listed
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text("casebook.caseload.notListed", Map.of("n", count))))
                    .append("</p>\n");
            return;
        }
        if (items.isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        if (items.size() < count) {
            h.append("<p class=\"muted\">").append(Html.esc(Messages.text(listedKey,
                    Map.of("shown", items.size(), "n", count)))).append("</p>\n");
        }
        // Hearing or deadline, not the rep's own title for it: titles are typed freely and often name
        // the member ("Send Siân's OH report"), and this report is for branch meetings (issue 19).
        h.append("<table><tr><th>Due</th><th>Case</th><th>Type</th><th>")
                .append(Html.esc(org.repdesk.i18n.Messages.text("export.caseload.dueKind"))).append("</th></tr>\n");
        for (Caseload.DueItem d : items) {
            h.append("<tr><td class=\"date").append(late ? " overdue" : "").append("\">").append(Dates.uk(d.due()))
                    .append("</td><td class=\"ref\">").append(Html.esc(d.reference())).append("</td><td>")
                    .append(Html.esc(d.type().label())).append("</td><td>").append(Html.esc(org.repdesk.i18n.Messages.text(
                            d.hearing() ? "export.caseload.hearing" : "export.caseload.deadline")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
