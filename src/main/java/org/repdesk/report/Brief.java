package org.repdesk.report;

import java.time.LocalDate;
import java.util.List;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;

/**
 * A negotiation brief's content, computed once and rendered as PDF, HTML or Markdown, so every
 * format shows the same figures. Counts are {@link Count}s: small groups are suppressed at
 * rendering, from the scope's threshold.
 */
public record Brief(
        BriefScope scope,
        LocalDate producedOn,
        String producedBy,
        List<DemandSection> demands,
        Evidence evidence,
        List<IdentifiedCase> identifiedCases) {

    /** One demand with its record: status history and the employer's dated responses. */
    public record DemandSection(Demand demand, List<DemandStatusChange> history, List<EmployerResponse> responses,
            Count linkedCasesInScope) {
    }

    /** One row of a breakdown table: a label and its count. */
    public record Row(Phrase label, Count count) {
    }

    /** Figures drawn from the rep's casework in scope. */
    public record Evidence(
            Count casesInScope,
            Count capabilityWithWorkload,
            Count sicknessWithWorkload,
            Count workloadFactorCases,
            List<Row> byTypeAndStage,
            List<Row> byStatus,
            List<Row> byGrade,
            List<Row> byRegion,
            List<Trend> trend,
            Wmt wmt,
            AbsenceReasons absenceReasons) {

        /** Evidence without the absence-reason breakdown. */
        public Evidence(Count casesInScope, Count capabilityWithWorkload, Count sicknessWithWorkload,
                Count workloadFactorCases, List<Row> byTypeAndStage, List<Row> byStatus, List<Row> byGrade,
                List<Row> byRegion, List<Trend> trend, Wmt wmt) {
            this(casesInScope, capabilityWithWorkload, sicknessWithWorkload, workloadFactorCases, byTypeAndStage,
                    byStatus, byGrade, byRegion, trend, wmt, new AbsenceReasons(new Count(0), new Count(0), new Count(0), List.of()));
        }
    }

    /**
     * Sickness-absence cases in scope by the main reason of the member's absence (the reason with the
     * most working days lost in the 12 months before the case opened, up to its close): work-related
     * stress first, small groups merged.
     */
    public record AbsenceReasons(Count cases, Count workRelatedStress, Count withReason, List<Row> byReason,
            boolean withheld) {

        /** @param withReason the cases with a main reason recorded (the others' members have no absence on file for them) */
        public AbsenceReasons(Count cases, Count workRelatedStress, Count withReason, List<Row> byReason) {
            this(cases, workRelatedStress, withReason, byReason, false);
        }

        /**
         * For a login that may not read members' absence records (a casebook's reader): the cases
         * counted in one row that says why there is no breakdown.
         */
        public static AbsenceReasons withheldFrom(Count cases, Phrase why) {
            return new AbsenceReasons(cases, new Count(0), new Count(0), List.of(new Row(why, cases)), true);
        }

        /** There are cases, and none has a reason recorded: the brief says so rather than give a share of nothing. */
        public boolean noReasonRecorded() {
            return !withheld && cases.value() > 0 && withReason.value() == 0;
        }

        /**
         * Work-related stress as a whole percentage of the cases; null when either count is too small to show,
         * or when no case has a reason recorded ("0% of cases" would say stress was looked for and not found).
         */
        public Integer stressPercent(int threshold) {
            if (withheld || cases.value() == 0 || withReason.value() == 0 || workRelatedStress.suppressed(threshold)
                    || cases.suppressed(threshold)) {
                return null;
            }
            return (int) Math.round(100.0 * workRelatedStress.value() / cases.value());
        }
    }

    /**
     * Capability and sickness-absence cases (workload a factor) opened in a month, or in a run of
     * months merged until neither count is a small group.
     */
    public record Trend(Phrase label, Count capability, Count sickness) {
    }

    /**
     * WMT figures for members in scope (their latest record in the period): how many, the median
     * and spread of capacity %, and how many met the employer's own excessive-workload definition.
     */
    public record Wmt(Count members, Double median, Double lowerQuartile, Double upperQuartile,
            Count overThreshold, double thresholdPercent, int thresholdWeeks, List<Double> capacities) {
    }

    /** A case listed by name: only when the rep chose to include identities. */
    public record IdentifiedCase(String reference, String memberName, org.repdesk.model.CaseType type, String stage,
            org.repdesk.model.CaseStatus status) {
    }

    /** A count that knows whether it is too small to show. */
    public record Count(int value) {
        public boolean suppressed(int threshold) {
            return value > 0 && value < threshold;
        }

        /** The count, or "fewer than 3", in the language the app speaks now. */
        public String show(int threshold) {
            return show(org.repdesk.i18n.Messages.language(), threshold);
        }

        /** The count, or "fewer than 3" ("llai na 3"), in {@code language}. */
        public String show(java.util.Locale language, int threshold) {
            return suppressed(threshold)
                    ? org.repdesk.i18n.Messages.text(language, "doc.brief.fewerThan", java.util.Map.of("n", threshold))
                    : org.repdesk.i18n.Figures.whole(language, value);
        }
    }
}
