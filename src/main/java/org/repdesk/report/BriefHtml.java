package org.repdesk.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.model.StageCatalogue;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Figures;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.report.Brief.Count;
import org.repdesk.report.Brief.Row;

/**
 * Lays a brief out as self-contained XHTML: the HTML export, and the source of the PDF; in English,
 * Welsh or both (the whole brief in English, then in Welsh: the same figures, built once).
 */
public final class BriefHtml {

    private BriefHtml() {
    }

    /** The brief in the language the app speaks now. */
    public static String render(Brief b) {
        return render(b, DocumentLanguage.ofApp());
    }

    /** The brief as an HTML page, its charts as PNG pictures a browser shows. */
    public static String render(Brief b, DocumentLanguage language) {
        return render(b, language, false);
    }

    /**
     * The brief as the source of its PDF ({@link Pdf}): the same document, its charts as figures that
     * the PDF draws as lines and text ({@link ChartObjects}) rather than PNG pictures.
     */
    public static String forPdf(Brief b, DocumentLanguage language) {
        return render(b, language, true);
    }

    private static String render(Brief b, DocumentLanguage language, boolean forPdf) {
        StringBuilder h = Documents.start(language,
                Documents.inEach(language, l -> t(l, "doc.brief.title") + " — " + Dates.longForm(l, b.producedOn())),
                Documents.inEach(language, l -> Messages.text(l, "doc.brief.running", Map.of("date", Dates.uk(b.producedOn())))),
                Documents.inEach(language, l -> t(l, b.scope().includeIdentities() ? "doc.brief.namesMembers"
                        : "doc.brief.anonymised")));
        Documents.inTurn(h, language, (out, l) -> body(out, b, l, forPdf));
        return Documents.end(h);
    }

    private static void chart(StringBuilder h, Charts.Bars bars, String alt, boolean forPdf) {
        if (forPdf) {
            h.append(ChartObjects.element(bars, alt));
        } else {
            h.append("<img class=\"chart\" alt=\"").append(Html.esc(alt)).append("\" src=\"").append(Charts.png(bars))
                    .append("\"/>\n");
        }
    }

    private static void body(StringBuilder h, Brief b, Locale l, boolean forPdf) {
        int n = b.scope().smallGroup();
        h.append("<h1>").append(Html.esc(t(l, "doc.brief.title"))).append("</h1>\n");
        h.append("<p class=\"meta\">").append(Html.esc(b.producedBy() == null
                ? Messages.text(l, "doc.brief.prepared", Map.of("date", Dates.longForm(l, b.producedOn())))
                : Messages.text(l, "doc.brief.preparedBy", Map.of("date", Dates.longForm(l, b.producedOn()),
                        "by", b.producedBy())))).append("</p>\n");
        h.append("<p class=\"meta\">").append(Html.esc(Messages.text(l, "doc.brief.scope", Map.of(
                "scope", b.scope().describe(l), "n", b.demands().size())))).append("</p>\n");
        if (b.scope().includeIdentities()) {
            h.append("<div class=\"warning\">").append(Html.esc(t(l, "doc.brief.namesWarning"))).append("</div>\n");
        } else {
            h.append("<div class=\"notice\">").append(Html.esc(Messages.text(l, "doc.brief.anonymisedNotice",
                    Map.of("n", n)))).append("</div>\n");
        }
        Brief.Evidence e = b.evidence();
        h.append("<h2>").append(Html.esc(t(l, "doc.brief.keyFigures"))).append("</h2>\n<table class=\"figures\"><tr>");
        figure(h, e.capabilityWithWorkload().show(l, n), t(l, "doc.brief.figure.capability"));
        figure(h, e.sicknessWithWorkload().show(l, n), t(l, "doc.brief.figure.sickness"));
        figure(h, e.wmt().median() == null ? "—" : pct(l, e.wmt().median()), t(l, "doc.brief.figure.median"));
        figure(h, e.wmt().overThreshold().show(l, n), Messages.text(l, "doc.brief.figure.over", Map.of(
                "percent", whole(e.wmt().thresholdPercent()), "weeks", e.wmt().thresholdWeeks())));
        h.append("</tr></table>\n");
        h.append("<p class=\"muted\">").append(Html.esc(Messages.text(l, "doc.brief.inScope", Map.of(
                "cases", e.casesInScope().show(l, n), "workload", e.workloadFactorCases().show(l, n))))).append("</p>\n");

        h.append("<h2>").append(Html.esc(t(l, "doc.brief.demandsHeading"))).append("</h2>\n");
        if (b.demands().isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.brief.noDemands"))).append("</p>\n");
        }
        for (Brief.DemandSection d : b.demands()) {
            demand(h, d, n, b.producedOn(), l);
        }

        h.append("<h2>").append(Html.esc(t(l, "doc.brief.evidenceHeading"))).append("</h2>\n");
        h.append("<p>").append(Html.esc(t(l, "doc.brief.evidenceIntro"))).append("</p>\n");
        rows(h, t(l, "doc.brief.byTypeAndStage"), t(l, "doc.case.stageField"), e.byTypeAndStage(), n, l);
        rows(h, t(l, "doc.brief.byStatus"), t(l, "doc.case.status"), e.byStatus(), n, l);
        rows(h, t(l, "doc.brief.byGrade"), t(l, "doc.member.grade"), e.byGrade(), n, l);
        rows(h, t(l, "doc.brief.byRegion"), t(l, "doc.member.region"), e.byRegion(), n, l);
        Integer stressShare = e.absenceReasons().stressPercent(n);
        rows(h, t(l, "absence.brief.title"), t(l, "absence.ui.reason"), e.absenceReasons().byReason(), n, l);
        if (stressShare != null) {
            h.append("<p>").append(Html.esc(Messages.text(l, "absence.brief.stressShare", Map.of("percent", stressShare))))
                    .append("</p>\n");
        } else if (e.absenceReasons().noReasonRecorded()) {
            h.append("<p>").append(Html.esc(t(l, "absence.brief.noReasonRecorded"))).append("</p>\n");
        }

        h.append("<h3>").append(Html.esc(t(l, "doc.brief.byMonth"))).append("</h3>\n");
        if (e.trend().stream().allMatch(x -> x.capability().value() == 0 && x.sickness().value() == 0)) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.brief.noneOpened"))).append("</p>\n");
        } else {
            chart(h, Charts.casesByMonthBars(e.trend(), l), t(l, "doc.brief.chart.byMonth"), forPdf);
            h.append("<table><tr><th>").append(Html.esc(t(l, "doc.brief.month.column"))).append("</th><th class=\"num\">")
                    .append(Html.esc(Phrase.label(org.repdesk.model.CaseType.CAPABILITY).in(l)))
                    .append("</th><th class=\"num\">")
                    .append(Html.esc(Phrase.label(org.repdesk.model.CaseType.SICKNESS_ABSENCE).in(l))).append("</th></tr>\n");
            for (Brief.Trend x : e.trend()) {
                h.append("<tr><td>").append(Html.esc(x.label().in(l))).append("</td><td class=\"num\">")
                        .append(x.capability().show(l, n)).append("</td><td class=\"num\">").append(x.sickness().show(l, n))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n<p class=\"muted\">").append(Html.esc(Messages.text(l, "doc.brief.monthsMerged",
                    Map.of("n", n)))).append("</p>\n");
        }

        Brief.Wmt w = e.wmt();
        h.append("<h3>").append(Html.esc(t(l, "doc.brief.wmtHeading"))).append("</h3>\n");
        if (w.median() == null) {
            h.append("<p>").append(Html.esc(w.members().value() == 0 ? t(l, "doc.brief.wmtNone")
                    : Messages.text(l, "doc.brief.wmtTooFew", Map.of("n", n)))).append("</p>\n");
        } else {
            h.append("<table class=\"keep\"><tr><th>").append(Html.esc(t(l, "doc.brief.wmt.members")))
                    .append("</th><th class=\"num\">").append(Html.esc(t(l, "doc.brief.wmt.median")))
                    .append("</th><th class=\"num\">").append(Html.esc(t(l, "doc.brief.wmt.quartiles")))
                    .append("</th><th class=\"num\">").append(Html.esc(Messages.text(l, "doc.brief.wmt.over", Map.of(
                            "percent", whole(w.thresholdPercent()), "weeks", w.thresholdWeeks()))))
                    .append("</th></tr>\n<tr><td>").append(w.members().show(l, n)).append("</td><td class=\"num\">")
                    .append(pct(l, w.median())).append("</td><td class=\"num\">").append(Html.esc(Messages.text(l,
                            "doc.brief.range", Map.of("from", pct(l, w.lowerQuartile()), "to", pct(l, w.upperQuartile())))))
                    .append("</td><td class=\"num\">").append(w.overThreshold().show(l, n)).append("</td></tr></table>\n");
            if (Charts.hasVisibleBand(w.capacities(), n)) {
                chart(h, Charts.capacityBars(w.capacities(), n, l), t(l, "doc.brief.chart.bands"), forPdf);
            }
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.brief.wmtUndercounts"))).append("</p>\n");
        }

        if (!b.scope().vignettes().isEmpty()) {
            h.append("<h2>").append(Html.esc(t(l, "doc.brief.vignettes"))).append("</h2>\n<p class=\"muted\">")
                    .append(Html.esc(t(l, "doc.brief.vignettesNote"))).append("</p>\n");
            for (String v : b.scope().vignettes()) {
                h.append("<div class=\"vignette\">").append(Html.paragraphs(v)).append("</div>\n");
            }
        }
        if (b.scope().includeIdentities()) {
            h.append("<h2>").append(Html.esc(t(l, "doc.brief.named"))).append("</h2>\n<table><tr><th>")
                    .append(Html.esc(t(l, "doc.brief.ref"))).append("</th><th>").append(Html.esc(t(l, "doc.member")))
                    .append("</th><th>").append(Html.esc(t(l, "doc.brief.type"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.case.stageField"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.case.status"))).append("</th></tr>\n");
            for (Brief.IdentifiedCase c : b.identifiedCases()) {
                h.append("<tr><td>").append(Html.esc(c.reference())).append("</td><td>").append(Html.esc(org.repdesk.model.Member.shownName(c.memberName(), l)))
                        .append("</td><td>").append(Html.esc(c.type().label(l))).append("</td><td>")
                        .append(Html.esc(StageCatalogue.shown(c.stage(), l))).append("</td><td>").append(Html.esc(c.status().label(l)))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static void demand(StringBuilder h, Brief.DemandSection d, int n, java.time.LocalDate today, Locale l) {
        h.append("<div class=\"demand\">\n<h3>").append(Html.esc(org.repdesk.model.CampaignWording.title(d.demand(), l))).append("</h3>\n");
        h.append("<p class=\"meta\"><span class=\"status\">").append(Html.esc(d.demand().status().label(l)))
                .append("</span> · ").append(Html.esc(d.demand().kind().label(l))).append(" · ")
                .append(Html.esc(Messages.text(l, "doc.brief.priority", Map.of("priority", d.demand().priority().label(l),
                        "priorityInPhrase", d.demand().priority().inPhrase(l)))))
                .append(" · ").append(Html.esc(d.demand().raisedBy() == null
                        ? Messages.text(l, "doc.brief.raised", Map.of("date", Dates.uk(d.demand().raisedOn())))
                        : Messages.text(l, "doc.brief.raisedBy", Map.of("date", Dates.uk(d.demand().raisedOn()),
                                "by", org.repdesk.model.CampaignWording.raisedBy(d.demand(), l)))))
                .append(" · ").append(Html.esc(Messages.text(l, "doc.brief.linked", Map.of("n",
                        d.linkedCasesInScope().show(l, n))))).append("</p>\n");
        if (d.demand().text() != null) {
            h.append("<p>").append(Html.paragraphs(org.repdesk.model.CampaignWording.text(d.demand(), l))).append("</p>\n");
        }
        List<EmployerResponse> responses = d.responses();
        if (!responses.isEmpty()) {
            h.append("<table><tr><th>").append(Html.esc(t(l, "doc.date"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.brief.response"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.brief.whereWho"))).append("</th></tr>\n");
            for (EmployerResponse r : responses) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(r.respondedOn())).append("</td><td>")
                        .append(Html.paragraphs(org.repdesk.model.CampaignWording.said(d.demand(), r.said(), l)));
                if (r.promisedBy() != null) {
                    boolean late = r.isPromiseOverdue(today);
                    h.append("<br/><span class=\"").append(late ? "overdue" : "muted").append("\">")
                            .append(Html.esc(Messages.text(l, r.promiseKept() ? "doc.brief.promisedKept"
                                    : late ? "doc.brief.promisedLate" : "doc.brief.promised",
                                    Map.of("date", Dates.uk(r.promisedBy()))))).append("</span>");
                }
                h.append("</td><td>").append(Html.esc(r.channel().label(l)))
                        .append(r.by() == null ? "" : ", " + Html.esc(org.repdesk.model.CampaignWording.by(d.demand(), r.by(), l))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        } else {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.brief.noResponse"))).append("</p>\n");
        }
        List<DemandStatusChange> history = d.history();
        if (history.size() > 1) {
            h.append("<table><tr><th>").append(Html.esc(t(l, "doc.date"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.brief.statusChange"))).append("</th><th>")
                    .append(Html.esc(t(l, "doc.brief.note"))).append("</th></tr>\n");
            for (DemandStatusChange ch : history) {
                h.append("<tr><td class=\"date\">").append(Dates.uk(ch.changedOn())).append("</td><td>")
                        .append(Html.esc(ch.from() == null ? t(l, "label.demandStatus.RAISED")
                                : ch.from().label(l) + " → " + ch.to().label(l)))
                        .append("</td><td>").append(Html.esc(ch.note(l, responses))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</div>\n");
    }

    static void figure(StringBuilder h, String value, String label) {
        h.append("<td><div class=\"figure\">").append(Html.esc(value)).append("</div><div class=\"figure-label\">")
                .append(Html.esc(label)).append("</div></td>");
    }

    private static void rows(StringBuilder h, String title, String column, List<Row> rows, int n, Locale l) {
        h.append("<h3>").append(Html.esc(title)).append("</h3>\n");
        if (rows.isEmpty()) {
            h.append("<p class=\"muted\">").append(Html.esc(t(l, "doc.brief.noCases"))).append("</p>\n");
            return;
        }
        // The header in <thead>: a long "By region" table repeats it on the next page (-fs-table-paginate).
        h.append("<table><thead><tr><th>").append(Html.esc(column))
                .append("</th><th class=\"num\">").append(Html.esc(t(l, "doc.workload.cases")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            h.append("<tr><td>").append(Html.esc(r.label().in(l))).append("</td><td class=\"num\">")
                    .append(r.count().show(l, n)).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    static String t(Locale l, String key) {
        return Messages.text(l, key);
    }

    /** A capacity percentage with one decimal place, digits grouped: "101.2%". */
    static String pct(Locale l, Double d) {
        return d == null ? "—" : Figures.oneDecimal(l, d) + "%";
    }

    static String whole(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String count(Count c, int n) {
        return c.show(n);
    }
}
