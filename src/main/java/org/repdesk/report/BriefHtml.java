package org.repdesk.report;

import java.util.List;
import java.util.Locale;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.report.Brief.Count;
import org.repdesk.report.Brief.Row;

/** Lays a brief out as self-contained XHTML: the HTML export, and the source of the PDF. */
public final class BriefHtml {

    private BriefHtml() {
    }

    public static String render(Brief b) {
        int n = b.scope().smallGroup();
        String title = "Negotiation brief";
        StringBuilder h = Documents.start(title + " — " + Dates.longForm(b.producedOn()),
                "RepDesk · Negotiation brief · " + Dates.uk(b.producedOn()),
                b.scope().includeIdentities() ? "CONTAINS MEMBERS' IDENTITIES" : "Anonymised");
        h.append("<h1>").append(title).append("</h1>\n");
        h.append("<p class=\"meta\">Prepared ").append(Dates.longForm(b.producedOn()))
                .append(b.producedBy() == null ? "" : " by " + Html.esc(b.producedBy())).append("</p>\n");
        h.append("<p class=\"meta\">Scope: ").append(Html.esc(b.scope().describe())).append(". Demands: ")
                .append(b.demands().size()).append(".</p>\n");
        if (b.scope().includeIdentities()) {
            h.append("<div class=\"warning\">This brief names members. The rep chose to include identities: it holds "
                    + "special category data (union membership and health) and must not be shared with the employer "
                    + "or anyone without a need to know.</div>\n");
        } else {
            h.append("<div class=\"notice\">Anonymised: no names, membership numbers, contact details or case notes "
                    + "appear in this brief. Groups of fewer than ").append(n).append(" cases or members are merged "
                    + "with others or shown as \"fewer than ").append(n).append("\", so no member can be "
                    + "recognised.</div>\n");
        }
        Brief.Evidence e = b.evidence();
        h.append("<h2>Key figures</h2>\n<table class=\"figures\"><tr>");
        figure(h, e.capabilityWithWorkload().show(n), "capability cases where workload is a factor");
        figure(h, e.sicknessWithWorkload().show(n), "sickness-absence cases where workload is a factor");
        figure(h, e.wmt().median() == null ? "—" : pct(e.wmt().median()), "median WMT capacity of members in scope");
        figure(h, e.wmt().overThreshold().show(n), "members over " + whole(e.wmt().thresholdPercent()) + "% for "
                + e.wmt().thresholdWeeks() + " consecutive weeks (the employer's own definition)");
        h.append("</tr></table>\n");
        h.append("<p class=\"muted\">").append(e.casesInScope().show(n)).append(" cases in scope in all; ")
                .append(e.workloadFactorCases().show(n))
                .append(" with excessive workload a factor (yes or disputed), across every case type.</p>\n");

        h.append("<h2>The demands and the employer's record</h2>\n");
        if (b.demands().isEmpty()) {
            h.append("<p class=\"muted\">No demands chosen.</p>\n");
        }
        for (Brief.DemandSection d : b.demands()) {
            demand(h, d, n, b.producedOn());
        }

        h.append("<h2>Evidence from casework</h2>\n");
        h.append("<p>Capability and sickness-absence cases where excessive workload is a factor (yes or disputed), "
                + "open at any time in the period.</p>\n");
        rows(h, "By case type and stage", "Stage", e.byTypeAndStage(), n);
        rows(h, "By status (outcome)", "Status", e.byStatus(), n);
        rows(h, "By grade", "Grade", e.byGrade(), n);
        rows(h, "By region", "Region", e.byRegion(), n);
        Integer stressShare = e.absenceReasons().stressPercent(n);
        rows(h, org.repdesk.i18n.Messages.text("absence.brief.title"), org.repdesk.i18n.Messages.text("absence.ui.reason"),
                e.absenceReasons().byReason(), n);
        if (stressShare != null) {
            h.append("<p>").append(Html.esc(org.repdesk.i18n.Messages.text("absence.brief.stressShare",
                    java.util.Map.of("percent", stressShare)))).append("</p>\n");
        }

        h.append("<h3>Cases opened by month</h3>\n");
        if (e.trend().stream().allMatch(t -> t.capability().value() == 0 && t.sickness().value() == 0)) {
            h.append("<p class=\"muted\">No capability or sickness-absence cases with workload a factor were opened "
                    + "in the period.</p>\n");
        } else {
            h.append("<img class=\"chart\" alt=\"Bar chart of cases opened by month\" src=\"")
                    .append(Charts.casesByMonth(e.trend())).append("\"/>\n");
            h.append("<table><tr><th>Month</th><th class=\"num\">Capability</th><th class=\"num\">Sickness absence"
                    + "</th></tr>\n");
            for (Brief.Trend t : e.trend()) {
                h.append("<tr><td>").append(Html.esc(t.label())).append("</td><td class=\"num\">")
                        .append(t.capability().show(n)).append("</td><td class=\"num\">").append(t.sickness().show(n))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n<p class=\"muted\">Months with fewer than ").append(n)
                    .append(" cases of a type are merged with the months after them.</p>\n");
        }

        Brief.Wmt w = e.wmt();
        h.append("<h3>Workload Measurement Tool (WMT) figures</h3>\n");
        if (w.median() == null) {
            h.append("<p>").append(w.members().value() == 0 ? "No WMT figures were recorded in the period."
                    : "WMT figures were recorded for fewer than " + n + " members: too few to show without "
                            + "identifying them.").append("</p>\n");
        } else {
            h.append("<table class=\"keep\"><tr><th>Members with WMT figures</th><th class=\"num\">Median capacity</th>"
                    + "<th class=\"num\">Middle half (quartiles)</th><th class=\"num\">Over ")
                    .append(whole(w.thresholdPercent())).append("% for ").append(w.thresholdWeeks())
                    .append(" weeks</th></tr>\n<tr><td>").append(w.members().show(n)).append("</td><td class=\"num\">")
                    .append(pct(w.median())).append("</td><td class=\"num\">").append(pct(w.lowerQuartile()))
                    .append(" to ").append(pct(w.upperQuartile())).append("</td><td class=\"num\">")
                    .append(w.overThreshold().show(n)).append("</td></tr></table>\n");
            if (Charts.hasVisibleBand(w.capacities(), n)) {
                h.append("<img class=\"chart\" alt=\"Bar chart of members by WMT capacity band\" src=\"")
                        .append(Charts.capacityDistribution(w.capacities(), w.thresholdPercent(), n)).append("\"/>\n");
            }
            h.append("<p class=\"muted\">Each member's latest WMT capacity in the period. The unions hold that the WMT "
                    + "undercounts real work (court work, uncommenced requirements, responsive work), so these "
                    + "figures understate the load.</p>\n");
        }

        if (!b.scope().vignettes().isEmpty()) {
            h.append("<h2>Case vignettes</h2>\n<p class=\"muted\">Written by the rep for this brief.</p>\n");
            for (String v : b.scope().vignettes()) {
                h.append("<div class=\"vignette\">").append(Html.paragraphs(v)).append("</div>\n");
            }
        }
        if (b.scope().includeIdentities()) {
            h.append("<h2>Cases in scope, named</h2>\n<table><tr><th>Ref.</th><th>Member</th><th>Type</th>"
                    + "<th>Stage</th><th>Status</th></tr>\n");
            for (Brief.IdentifiedCase c : b.identifiedCases()) {
                h.append("<tr><td>").append(Html.esc(c.reference())).append("</td><td>").append(Html.esc(c.memberName()))
                        .append("</td><td>").append(Html.esc(c.type())).append("</td><td>").append(Html.esc(c.stage()))
                        .append("</td><td>").append(Html.esc(c.status())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return Documents.end(h);
    }

    private static void demand(StringBuilder h, Brief.DemandSection d, int n, java.time.LocalDate today) {
        h.append("<div class=\"demand\">\n<h3>").append(Html.esc(d.demand().title())).append("</h3>\n");
        h.append("<p class=\"meta\"><span class=\"status\">").append(Html.esc(d.demand().status().label()))
                .append("</span> · ").append(Html.esc(d.demand().kind().label())).append(" · ")
                .append(Html.esc(d.demand().priority().label())).append(" priority · raised ")
                .append(Dates.uk(d.demand().raisedOn()))
                .append(d.demand().raisedBy() == null ? "" : " by " + Html.esc(d.demand().raisedBy()))
                .append(" · ").append(d.linkedCasesInScope().show(n)).append(" linked cases in scope</p>\n");
        if (d.demand().text() != null) {
            h.append("<p>").append(Html.paragraphs(d.demand().text())).append("</p>\n");
        }
        List<EmployerResponse> responses = d.responses();
        if (!responses.isEmpty()) {
            h.append("<table><tr><th>Date</th><th>Employer response</th><th>Where, by whom</th></tr>\n");
            for (EmployerResponse r : responses) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(r.respondedOn())).append("</td><td>").append(Html.paragraphs(r.said()));
                if (r.promisedBy() != null) {
                    boolean late = r.isPromiseOverdue(today);
                    h.append("<br/><span class=\"").append(late ? "overdue" : "muted").append("\">Promised by ")
                            .append(Dates.uk(r.promisedBy())).append(r.promiseKept() ? " (kept)" : late ? " — overdue" : "")
                            .append("</span>");
                }
                h.append("</td><td>").append(Html.esc(r.channel().label()))
                        .append(r.by() == null ? "" : ", " + Html.esc(r.by())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        } else {
            h.append("<p class=\"muted\">No response from the employer recorded.</p>\n");
        }
        List<DemandStatusChange> history = d.history();
        if (history.size() > 1) {
            h.append("<table><tr><th>Date</th><th>Status change</th><th>Note</th></tr>\n");
            for (DemandStatusChange ch : history) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(ch.changedOn())).append("</td><td>")
                        .append(ch.from() == null ? "Raised" : Html.esc(ch.from().label() + " → " + ch.to().label()))
                        .append("</td><td>").append(Html.esc(ch.note())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</div>\n");
    }

    static void figure(StringBuilder h, String value, String label) {
        h.append("<td><div class=\"figure\">").append(Html.esc(value)).append("</div><div class=\"figure-label\">")
                .append(Html.esc(label)).append("</div></td>");
    }

    private static void rows(StringBuilder h, String title, String column, List<Row> rows, int n) {
        h.append("<h3>").append(Html.esc(title)).append("</h3>\n");
        if (rows.isEmpty()) {
            h.append("<p class=\"muted\">No cases.</p>\n");
            return;
        }
        // The header in <thead>: a long "By region" table repeats it on the next page (-fs-table-paginate).
        h.append("<table><thead><tr><th>").append(Html.esc(column))
                .append("</th><th class=\"num\">Cases</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            h.append("<tr><td>").append(Html.esc(r.label())).append("</td><td class=\"num\">")
                    .append(r.count().show(n)).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    static String pct(Double d) {
        return d == null ? "—" : String.format(Locale.UK, "%.1f%%", d);
    }

    static String whole(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String count(Count c, int n) {
        return c.show(n);
    }
}
