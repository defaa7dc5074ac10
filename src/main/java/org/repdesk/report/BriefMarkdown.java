package org.repdesk.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.model.StageCatalogue;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.report.Brief.Row;

/** Lays a brief out as Markdown: for pasting into an email, a wiki or a shared document. */
public final class BriefMarkdown {

    private BriefMarkdown() {
    }

    /** Escapes text from the store so Markdown shows it as typed (no stray emphasis, links or HTML). */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (out.length() > 0) {
                out.append("  \n"); // a hard line break inside the same paragraph
            }
            String escaped = line.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1");
            if (escaped.matches("^\\s*([#+\\-=]|\\d+\\.).*")) {
                escaped = "\\" + escaped.stripLeading();
            }
            out.append(escaped);
        }
        return out.toString();
    }

    /** The brief in the language the app speaks now. */
    public static String render(Brief b) {
        return render(b, DocumentLanguage.ofApp());
    }

    /** The brief in English, Welsh, or both (English, a rule, then Welsh). */
    public static String render(Brief b, DocumentLanguage language) {
        StringBuilder m = new StringBuilder(8_000);
        boolean first = true;
        for (Locale l : language.languages()) {
            if (!first) {
                m.append("\n---\n\n");
            }
            body(m, b, l);
            first = false;
        }
        return m.toString();
    }

    private static void body(StringBuilder m, Brief b, Locale l) {
        int n = b.scope().smallGroup();
        m.append("# ").append(t(l, "doc.brief.title")).append("\n\n");
        m.append(esc(b.producedBy() == null
                ? Messages.text(l, "doc.brief.prepared", Map.of("date", Dates.longForm(l, b.producedOn())))
                : Messages.text(l, "doc.brief.preparedBy", Map.of("date", Dates.longForm(l, b.producedOn()),
                        "by", b.producedBy())))).append("  \n");
        m.append(esc(Messages.text(l, "doc.brief.scope", Map.of("scope", b.scope().describe(l), "n", b.demands().size()))))
                .append("\n\n");
        if (b.scope().includeIdentities()) {
            m.append("> **").append(esc(t(l, "doc.brief.namesMembersShort"))).append("** ")
                    .append(esc(t(l, "doc.brief.namesWarningShort"))).append("\n\n");
        } else {
            m.append("> ").append(esc(Messages.text(l, "doc.brief.anonymisedShort", Map.of("n", n)))).append("\n\n");
        }
        Brief.Evidence e = b.evidence();
        m.append("## ").append(t(l, "doc.brief.keyFigures")).append("\n\n| ").append(t(l, "doc.brief.figure"))
                .append(" | ").append(t(l, "doc.brief.value")).append(" |\n| --- | ---: |\n");
        row(m, upper(t(l, "doc.brief.figure.capability")), e.capabilityWithWorkload().show(l, n));
        row(m, upper(t(l, "doc.brief.figure.sickness")), e.sicknessWithWorkload().show(l, n));
        row(m, upper(t(l, "doc.brief.figure.median")), BriefHtml.pct(l, e.wmt().median()));
        row(m, upper(Messages.text(l, "doc.brief.figure.overShort", Map.of("percent",
                BriefHtml.whole(e.wmt().thresholdPercent()), "weeks", e.wmt().thresholdWeeks()))),
                e.wmt().overThreshold().show(l, n));
        row(m, t(l, "doc.brief.figure.inScope"), e.casesInScope().show(l, n));
        m.append("\n");

        m.append("## ").append(t(l, "doc.brief.demandsHeading")).append("\n\n");
        for (Brief.DemandSection d : b.demands()) {
            m.append("### ").append(esc(org.repdesk.model.CampaignWording.title(d.demand(), l))).append("\n\n");
            m.append("**").append(esc(d.demand().status().label(l))).append("** · ").append(esc(d.demand().kind().label(l)))
                    .append(" · ").append(esc(Messages.text(l, "doc.brief.raised", Map.of("date",
                            Dates.uk(d.demand().raisedOn()))))).append(" · ")
                    .append(esc(Messages.text(l, "doc.brief.linked", Map.of("n", d.linkedCasesInScope().show(l, n)))))
                    .append("\n\n");
            if (d.demand().text() != null) {
                m.append(esc(org.repdesk.model.CampaignWording.text(d.demand(), l))).append("\n\n");
            }
            List<EmployerResponse> responses = d.responses();
            if (responses.isEmpty()) {
                m.append(t(l, "doc.brief.noResponse")).append("\n\n");
            } else {
                m.append("| ").append(t(l, "doc.date")).append(" | ").append(t(l, "doc.brief.response")).append(" | ")
                        .append(t(l, "doc.brief.whereWho")).append(" |\n| --- | --- | --- |\n");
                for (EmployerResponse r : responses) {
                    m.append("| ").append(Dates.uk(r.respondedOn())).append(" | ")
                            .append(esc(org.repdesk.model.CampaignWording.said(d.demand(), r.said(), l)).replace("  \n", " "))
                            .append(r.promisedBy() == null ? "" : " (" + esc(Messages.text(l, "doc.brief.promised",
                                    Map.of("date", Dates.uk(r.promisedBy())))) + ")")
                            .append(" | ").append(esc(r.channel().label(l))).append(r.by() == null ? "" : ", " + esc(org.repdesk.model.CampaignWording.by(d.demand(), r.by(), l)))
                            .append(" |\n");
                }
                m.append("\n");
            }
            List<DemandStatusChange> history = d.history();
            if (history.size() > 1) {
                m.append("| ").append(t(l, "doc.date")).append(" | ").append(t(l, "doc.brief.statusChange")).append(" | ")
                        .append(t(l, "doc.brief.note")).append(" |\n| --- | --- | --- |\n");
                for (DemandStatusChange ch : history) {
                    m.append("| ").append(Dates.uk(ch.changedOn())).append(" | ")
                            .append(ch.from() == null ? t(l, "label.demandStatus.RAISED")
                                    : ch.from().label(l) + " → " + ch.to().label(l))
                            .append(" | ").append(esc(ch.note(l, responses)).replace("  \n", " ")).append(" |\n");
                }
                m.append("\n");
            }
        }

        m.append("## ").append(t(l, "doc.brief.evidenceHeading")).append("\n\n").append(t(l, "doc.brief.evidenceIntro"))
                .append("\n\n");
        table(m, t(l, "doc.brief.byTypeAndStage"), e.byTypeAndStage(), n, l);
        table(m, t(l, "doc.brief.byStatus"), e.byStatus(), n, l);
        table(m, t(l, "doc.brief.byGrade"), e.byGrade(), n, l);
        table(m, t(l, "doc.brief.byRegion"), e.byRegion(), n, l);
        table(m, t(l, "absence.brief.title"), e.absenceReasons().byReason(), n, l);
        Integer stressShare = e.absenceReasons().stressPercent(n);
        if (stressShare != null) {
            m.append(Messages.text(l, "absence.brief.stressShare", Map.of("percent", stressShare))).append("\n\n");
        } else if (e.absenceReasons().noReasonRecorded()) {
            m.append(t(l, "absence.brief.noReasonRecorded")).append("\n\n");
        }
        m.append("### ").append(t(l, "doc.brief.byMonth")).append("\n\n| ").append(t(l, "doc.brief.month.column"))
                .append(" | ").append(Phrase.label(org.repdesk.model.CaseType.CAPABILITY).in(l)).append(" | ")
                .append(Phrase.label(org.repdesk.model.CaseType.SICKNESS_ABSENCE).in(l)).append(" |\n| --- | ---: | ---: |\n");
        for (Brief.Trend x : e.trend()) {
            m.append("| ").append(esc(x.label().in(l))).append(" | ").append(x.capability().show(l, n)).append(" | ")
                    .append(x.sickness().show(l, n)).append(" |\n");
        }
        m.append("\n### ").append(t(l, "doc.brief.wmtShort")).append("\n\n");
        Brief.Wmt w = e.wmt();
        if (w.median() == null) {
            m.append(w.members().value() == 0 ? t(l, "doc.brief.wmtNone")
                    : Messages.text(l, "doc.brief.wmtTooFewShort", Map.of("n", n))).append("\n\n");
        } else {
            m.append(esc(Messages.text(l, "doc.brief.wmtLine", Map.of("members", w.members().show(l, n),
                    "median", BriefHtml.pct(l, w.median()), "from", BriefHtml.pct(l, w.lowerQuartile()),
                    "to", BriefHtml.pct(l, w.upperQuartile()), "percent", BriefHtml.whole(w.thresholdPercent()),
                    "weeks", w.thresholdWeeks(), "over", w.overThreshold().show(l, n))))).append("\n\n");
        }
        if (!b.scope().vignettes().isEmpty()) {
            m.append("## ").append(t(l, "doc.brief.vignettes")).append("\n\n");
            for (String v : b.scope().vignettes()) {
                m.append("> ").append(esc(v).replace("  \n", "  \n> ")).append("\n\n");
            }
        }
        if (b.scope().includeIdentities()) {
            m.append("## ").append(t(l, "doc.brief.named")).append("\n\n| ").append(t(l, "doc.brief.ref")).append(" | ")
                    .append(t(l, "doc.member")).append(" | ").append(t(l, "doc.brief.type")).append(" | ")
                    .append(t(l, "doc.case.stageField")).append(" | ").append(t(l, "doc.case.status"))
                    .append(" |\n| --- | --- | --- | --- | --- |\n");
            for (Brief.IdentifiedCase c : b.identifiedCases()) {
                m.append("| ").append(esc(c.reference())).append(" | ").append(esc(org.repdesk.model.Member.shownName(c.memberName(), l))).append(" | ")
                        .append(esc(c.type().label(l))).append(" | ").append(esc(StageCatalogue.shown(c.stage(), l))).append(" | ")
                        .append(esc(c.status().label(l))).append(" |\n");
            }
            m.append("\n");
        }
    }

    private static void row(StringBuilder m, String figure, String value) {
        m.append("| ").append(esc(figure)).append(" | ").append(value).append(" |\n");
    }

    /** A figure's label starts a table cell: capitalised ("Capability cases …", "Achosion gallu …"). */
    private static String upper(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String t(Locale l, String key) {
        return Messages.text(l, key);
    }

    private static void table(StringBuilder m, String title, List<Row> rows, int n, Locale l) {
        m.append("### ").append(title).append("\n\n");
        if (rows.isEmpty()) {
            m.append(t(l, "doc.brief.noCases")).append("\n\n");
            return;
        }
        m.append("| | ").append(t(l, "doc.workload.cases")).append(" |\n| --- | ---: |\n");
        for (Row r : rows) {
            m.append("| ").append(esc(r.label().in(l))).append(" | ").append(r.count().show(l, n)).append(" |\n");
        }
        m.append("\n");
    }
}
