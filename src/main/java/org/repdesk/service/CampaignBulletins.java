package org.repdesk.service;

import java.time.LocalDate;
import java.util.List;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.Priority;
import org.repdesk.model.ResponseChannel;

/**
 * The Operation Protect demands as the joint unions' bulletins set them out: the starting content
 * of the demands log. Each carries a stable source key, so loading twice adds nothing.
 *
 * <p>The titles, texts and responses are the bulletins' own words in English, as published and loaded
 * as data the rep may edit, not the app's wording: they are marked not for reps and stay untranslated.
 */
public final class CampaignBulletins {

    /** The campaign's launch by Napo, UNISON and GMB/SCOOP. */
    public static final LocalDate LAUNCH = LocalDate.of(2023, 6, 26);
    /**
     * Bulletin #2 is undated; it was published before the all-members' meeting of Thursday
     * 3 April 2025, so its demands are dated 1 March 2025 (the rep can correct the date).
     */
    public static final LocalDate BULLETIN_2 = LocalDate.of(2025, 3, 1);
    /** Operation Protect – Bulletin 3 2025, dated 1 May 2025. */
    public static final LocalDate BULLETIN_3 = LocalDate.of(2025, 5, 1);

    private static final String UNIONS = "Napo, UNISON and GMB/SCOOP (joint)"; // not for reps

    private record Seed(String key, String title, String text, DemandKind kind, LocalDate raisedOn, Priority priority,
            CaseType evidenceType, boolean needsFactor) {
    }

    private static final List<Seed> SEEDS = List.of(
            aim("aim-1", "Strategic workload reduction programme", // not for reps
                    "A strategic workload reduction programme", Priority.HIGH, null, false), // not for reps
            aim("aim-2", "Safe workloads and case allocation system", // not for reps
                    "A safe workloads and case allocation system", Priority.HIGH, CaseType.WORKLOAD_CONCERN, true), // not for reps
            aim("aim-3", "High quality supervision", // not for reps
                    "High quality supervision with enough supervisors to support staff properly", Priority.MEDIUM, // not for reps
                    null, false),
            aim("aim-4", "Employer pledge to prevent workloads above capacity", // not for reps
                    "An employer pledge to prevent workloads above capacity", Priority.HIGH, // not for reps
                    CaseType.WORKLOAD_CONCERN, true),
            aim("aim-5", "Employee care agreement", // not for reps
                    "An employee care agreement to protect the health, safety and wellbeing of staff", Priority.MEDIUM, // not for reps
                    CaseType.SICKNESS_ABSENCE, true),
            urgent("urgent-1", "End Post Sentence Supervision", // not for reps
                    "An immediate and complete end of Post Sentence Supervision, via emergency legislation if necessary", // not for reps
                    Priority.MEDIUM, null, false),
            urgent("urgent-2", "Preview of the Spending Review business case", // not for reps
                    "A preview of the business case being made by HMPPS to the Spending Review to reassure our members " // not for reps
                            + "that serious new money is being sought as part of a probation rescue package", // not for reps
                    Priority.MEDIUM, null, false),
            urgent("urgent-3", "WMT no longer an accurate measure of workload", // not for reps
                    "That employer acknowledges that the WMT is no longer an accurate reflection of workloads as it " // not for reps
                            + "does not count the full extent of work undertaken and should not be used as such", // not for reps
                    Priority.HIGH, CaseType.WORKLOAD_CONCERN, true),
            urgent("urgent-4", "Maximum caseload per practitioner", // not for reps
                    "Agreement on the total number of cases that can be held at any given time by a practitioner - " // not for reps
                            + "to be jointly reviewed on a quarterly basis", // not for reps
                    Priority.HIGH, CaseType.WORKLOAD_CONCERN, false),
            urgent("urgent-5", "Suspend capability proceedings where workload is a factor", // not for reps
                    "The suspension of capability proceedings against staff where excessive workload is a factor", // not for reps
                    Priority.HIGH, CaseType.CAPABILITY, true),
            urgent("urgent-6", "Suspend Sickness Absence Management proceedings", // not for reps
                    "The suspension of all Sickness Absence Management proceedings against staff and the application " // not for reps
                            + "of total management discretion", // not for reps
                    Priority.HIGH, CaseType.SICKNESS_ABSENCE, true),
            urgent("urgent-7", "Review and extend overtime arrangements", // not for reps
                    "An immediate review of the current nationally agreed overtime arrangements with a view to an " // not for reps
                            + "indefinite extension", // not for reps
                    Priority.MEDIUM, null, false),
            urgent("urgent-8", "Review the Prioritisation Framework (all regions to Red)", // not for reps
                    "An immediate review of the Prioritisation Framework with all Probation Regions moving to 'Red' " // not for reps
                            + "status",
                    Priority.MEDIUM, null, false),
            urgent("urgent-9", "New Demand Management Strategy", // not for reps
                    "Urgent agreement between HMPPS and the trade unions on a new Demand Management Strategy to " // not for reps
                            + "support all staff in making decisions on prioritising work on individual caseloads", // not for reps
                    Priority.MEDIUM, CaseType.WORKLOAD_CONCERN, true),
            urgent("urgent-10", "Moratorium on new work", // not for reps
                    "A moratorium on the introduction of any new work anywhere in the Probation Service pending " // not for reps
                            + "agreement to a rescue package for the service", // not for reps
                    Priority.MEDIUM, null, false),
            urgent("urgent-11", "Staff welfare before performance targets", // not for reps
                    "Performance targets to take second place to staff welfare", Priority.MEDIUM, null, false), // not for reps
            urgent("urgent-12", "Collective agreement on the role of AI", // not for reps
                    "Negotiation on the role of AI in contributing to the easement of the capacity crisis and the " // not for reps
                            + "need for a collective agreement to cover the same", // not for reps
                    Priority.LOW, null, false),
            new Seed("bulletin3-staffing-data", "Release the embargoed staffing data", // not for reps
                    "Present staff with the embargoed information on the depths of the staffing crisis in Sentence " // not for reps
                            + "Management, release it immediately, followed by the data not yet disclosed (for " // not for reps
                            + "example on Court work).", // not for reps
                    DemandKind.URGENT_DEMAND, BULLETIN_3, Priority.HIGH, null, false));

    private static Seed aim(String key, String title, String text, Priority p, CaseType type, boolean factor) {
        return new Seed(key, title, text, DemandKind.CAMPAIGN_AIM, LAUNCH, p, type, factor);
    }

    private static Seed urgent(String key, String title, String text, Priority p, CaseType type, boolean factor) {
        return new Seed(key, title, text, DemandKind.URGENT_DEMAND, BULLETIN_2, p, type, factor);
    }

    /** What the employer's record was, as Bulletin 3 (1 May 2025) reports it. */
    private record SeedResponse(String demandKey, String said) {
    }

    private static final List<SeedResponse> RESPONSES = List.of(
            new SeedResponse("aim-1",
                    "HMPPS refused to progress the wider workload relief strategies the unions presented in two sets " // not for reps
                            + "of proposals, giving contradictory and confused responses when challenged; it " // not for reps
                            + "promotes the Our Future Probation Service (OFPS) programme instead."), // not for reps
            new SeedResponse("bulletin3-staffing-data",
                    "HMPPS continues to withhold the embargoed Sentence Management staffing data (a delay of almost " // not for reps
                            + "two months), and has not disclosed the data on Court work.")); // not for reps

    private CampaignBulletins() {
    }

    /** How many demands the bulletins hold. */
    public static int size() {
        return SEEDS.size();
    }

    /**
     * Adds the bulletins' demands and responses that the log does not hold yet.
     *
     * @return how many demands were added (0 when loaded before)
     */
    public static int load(DemandService demands) {
        int added = 0;
        for (Seed s : SEEDS) {
            if (demands.bySourceKey(s.key()).isEmpty()) {
                Demand d = Demand.raise(s.title(), s.text(), s.kind(), UNIONS, s.raisedOn(), s.priority())
                        .withEvidenceRule(s.evidenceType(), s.needsFactor())
                        .withSourceKey(s.key());
                demands.raise(d);
                added++;
            }
        }
        for (SeedResponse r : RESPONSES) {
            Demand d = demands.bySourceKey(r.demandKey()).orElseThrow();
            boolean present = demands.responses(d.id()).stream()
                    .anyMatch(x -> x.said().equals(r.said()) && x.respondedOn().equals(BULLETIN_3));
            if (!present) {
                demands.recordResponse(EmployerResponse.of(d.id(), BULLETIN_3, r.said(), "HMPPS (as reported in " // not for reps
                        + "Operation Protect Bulletin 3)", ResponseChannel.BULLETIN, null, null, null)); // not for reps
            }
        }
        return added;
    }
}
