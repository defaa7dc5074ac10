package org.repdesk.report;

import java.util.List;
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

    public static String render(Brief b) {
        int n = b.scope().smallGroup();
        StringBuilder m = new StringBuilder(8_000);
        m.append("# Negotiation brief\n\n");
        m.append("Prepared ").append(Dates.longForm(b.producedOn()))
                .append(b.producedBy() == null ? "" : " by " + esc(b.producedBy())).append("  \n");
        m.append("Scope: ").append(esc(b.scope().describe())).append(". Demands: ").append(b.demands().size())
                .append(".\n\n");
        if (b.scope().includeIdentities()) {
            m.append("> **This brief names members.** It holds special category data and must not be shared with "
                    + "the employer or anyone without a need to know.\n\n");
        } else {
            m.append("> Anonymised: no names, membership numbers, contact details or case notes. Groups of fewer than ")
                    .append(n).append(" are merged or shown as \"fewer than ").append(n).append("\".\n\n");
        }
        Brief.Evidence e = b.evidence();
        m.append("## Key figures\n\n| Figure | Value |\n| --- | ---: |\n");
        m.append("| Capability cases where workload is a factor | ").append(e.capabilityWithWorkload().show(n)).append(" |\n");
        m.append("| Sickness-absence cases where workload is a factor | ").append(e.sicknessWithWorkload().show(n))
                .append(" |\n");
        m.append("| Median WMT capacity of members in scope | ").append(BriefHtml.pct(e.wmt().median())).append(" |\n");
        m.append("| Members over ").append(BriefHtml.whole(e.wmt().thresholdPercent())).append("% for ")
                .append(e.wmt().thresholdWeeks()).append(" consecutive weeks | ").append(e.wmt().overThreshold().show(n))
                .append(" |\n");
        m.append("| Cases in scope (all types) | ").append(e.casesInScope().show(n)).append(" |\n\n");

        m.append("## The demands and the employer's record\n\n");
        for (Brief.DemandSection d : b.demands()) {
            m.append("### ").append(esc(d.demand().title())).append("\n\n");
            m.append("**").append(esc(d.demand().status().label())).append("** · ").append(esc(d.demand().kind().label()))
                    .append(" · raised ").append(Dates.uk(d.demand().raisedOn())).append(" · ")
                    .append(d.linkedCasesInScope().show(n)).append(" linked cases in scope\n\n");
            if (d.demand().text() != null) {
                m.append(esc(d.demand().text())).append("\n\n");
            }
            List<EmployerResponse> responses = d.responses();
            if (responses.isEmpty()) {
                m.append("No response from the employer recorded.\n\n");
            } else {
                m.append("| Date | Employer response | Where, by whom |\n| --- | --- | --- |\n");
                for (EmployerResponse r : responses) {
                    m.append("| ").append(Dates.uk(r.respondedOn())).append(" | ")
                            .append(esc(r.said()).replace("  \n", " "))
                            .append(r.promisedBy() == null ? "" : " (promised by " + Dates.uk(r.promisedBy()) + ")")
                            .append(" | ").append(esc(r.channel().label())).append(r.by() == null ? "" : ", " + esc(r.by()))
                            .append(" |\n");
                }
                m.append("\n");
            }
            List<DemandStatusChange> history = d.history();
            if (history.size() > 1) {
                m.append("| Date | Status change | Note |\n| --- | --- | --- |\n");
                for (DemandStatusChange ch : history) {
                    m.append("| ").append(Dates.uk(ch.changedOn())).append(" | ")
                            .append(ch.from() == null ? "Raised" : ch.from().label() + " → " + ch.to().label())
                            .append(" | ").append(esc(ch.note()).replace("  \n", " ")).append(" |\n");
                }
                m.append("\n");
            }
        }

        m.append("## Evidence from casework\n\nCapability and sickness-absence cases where excessive workload is a "
                + "factor (yes or disputed), open at any time in the period.\n\n");
        table(m, "By case type and stage", e.byTypeAndStage(), n);
        table(m, "By status (outcome)", e.byStatus(), n);
        table(m, "By grade", e.byGrade(), n);
        table(m, "By region", e.byRegion(), n);
        table(m, org.repdesk.i18n.Messages.text("absence.brief.title"), e.absenceReasons().byReason(), n);
        Integer stressShare = e.absenceReasons().stressPercent(n);
        if (stressShare != null) {
            m.append(org.repdesk.i18n.Messages.text("absence.brief.stressShare", java.util.Map.of("percent", stressShare)))
                    .append("\n\n");
        }
        m.append("### Cases opened by month\n\n| Month | Capability | Sickness absence |\n| --- | ---: | ---: |\n");
        for (Brief.Trend t : e.trend()) {
            m.append("| ").append(esc(t.label())).append(" | ").append(t.capability().show(n)).append(" | ")
                    .append(t.sickness().show(n)).append(" |\n");
        }
        m.append("\n### WMT figures\n\n");
        Brief.Wmt w = e.wmt();
        if (w.median() == null) {
            m.append(w.members().value() == 0 ? "No WMT figures were recorded in the period.\n\n"
                    : "WMT figures were recorded for fewer than " + n + " members: too few to show.\n\n");
        } else {
            m.append("Members with WMT figures: ").append(w.members().show(n)).append("; median capacity ")
                    .append(BriefHtml.pct(w.median())).append(" (middle half ").append(BriefHtml.pct(w.lowerQuartile()))
                    .append(" to ").append(BriefHtml.pct(w.upperQuartile())).append("); over ")
                    .append(BriefHtml.whole(w.thresholdPercent())).append("% for ").append(w.thresholdWeeks())
                    .append(" weeks: ").append(w.overThreshold().show(n)).append(".\n\n");
        }
        if (!b.scope().vignettes().isEmpty()) {
            m.append("## Case vignettes\n\n");
            for (String v : b.scope().vignettes()) {
                m.append("> ").append(esc(v).replace("  \n", "  \n> ")).append("\n\n");
            }
        }
        if (b.scope().includeIdentities()) {
            m.append("## Cases in scope, named\n\n| Ref. | Member | Type | Stage | Status |\n| --- | --- | --- | --- | --- |\n");
            for (Brief.IdentifiedCase c : b.identifiedCases()) {
                m.append("| ").append(esc(c.reference())).append(" | ").append(esc(c.memberName())).append(" | ")
                        .append(esc(c.type())).append(" | ").append(esc(c.stage())).append(" | ").append(esc(c.status()))
                        .append(" |\n");
            }
            m.append("\n");
        }
        return m.toString();
    }

    private static void table(StringBuilder m, String title, List<Row> rows, int n) {
        m.append("### ").append(title).append("\n\n");
        if (rows.isEmpty()) {
            m.append("No cases.\n\n");
            return;
        }
        m.append("| | Cases |\n| --- | ---: |\n");
        for (Row r : rows) {
            m.append("| ").append(esc(r.label())).append(" | ").append(r.count().show(n)).append(" |\n");
        }
        m.append("\n");
    }
}
