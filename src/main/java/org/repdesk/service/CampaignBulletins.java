package org.repdesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.repdesk.i18n.Messages;
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
 * <p>The titles, texts and responses are the bulletins' own words in English, as published, with their
 * Welsh beside them in the bundles ({@code campaign.*}); they are loaded in the rep's language as data
 * the rep may edit, and are not translated after that.
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

    /** A demand the bulletins set out: its source key names its words in the bundles ({@code campaign.<key>.title}, {@code .text}). */
    private record Seed(String key, DemandKind kind, LocalDate raisedOn, Priority priority, CaseType evidenceType,
            boolean needsFactor) {

        String title(Locale language) {
            return Messages.text(language, "campaign." + key + ".title");
        }

        String text(Locale language) {
            return Messages.text(language, "campaign." + key + ".text");
        }
    }

    private static final List<Seed> SEEDS = List.of(
            aim("aim-1", Priority.HIGH, null, false),
            aim("aim-2", Priority.HIGH, CaseType.WORKLOAD_CONCERN, true),
            aim("aim-3", Priority.MEDIUM, null, false),
            aim("aim-4", Priority.HIGH, CaseType.WORKLOAD_CONCERN, true),
            aim("aim-5", Priority.MEDIUM, CaseType.SICKNESS_ABSENCE, true),
            urgent("urgent-1", Priority.MEDIUM, null, false),
            urgent("urgent-2", Priority.MEDIUM, null, false),
            urgent("urgent-3", Priority.HIGH, CaseType.WORKLOAD_CONCERN, true),
            urgent("urgent-4", Priority.HIGH, CaseType.WORKLOAD_CONCERN, false),
            urgent("urgent-5", Priority.HIGH, CaseType.CAPABILITY, true),
            urgent("urgent-6", Priority.HIGH, CaseType.SICKNESS_ABSENCE, true),
            urgent("urgent-7", Priority.MEDIUM, null, false),
            urgent("urgent-8", Priority.MEDIUM, null, false),
            urgent("urgent-9", Priority.MEDIUM, CaseType.WORKLOAD_CONCERN, true),
            urgent("urgent-10", Priority.MEDIUM, null, false),
            urgent("urgent-11", Priority.MEDIUM, null, false),
            urgent("urgent-12", Priority.LOW, null, false),
            new Seed("bulletin3-staffing-data", DemandKind.URGENT_DEMAND, BULLETIN_3, Priority.HIGH, null, false));

    private static Seed aim(String key, Priority p, CaseType type, boolean factor) {
        return new Seed(key, DemandKind.CAMPAIGN_AIM, LAUNCH, p, type, factor);
    }

    private static Seed urgent(String key, Priority p, CaseType type, boolean factor) {
        return new Seed(key, DemandKind.URGENT_DEMAND, BULLETIN_2, p, type, factor);
    }

    /** What the employer's record was, as Bulletin 3 (1 May 2025) reports it: {@code campaign.<key>.response}. */
    private static final List<String> RESPONSES = List.of("aim-1", "bulletin3-staffing-data");

    private CampaignBulletins() {
    }

    /** How many demands the bulletins hold. */
    public static int size() {
        return SEEDS.size();
    }

    /**
     * Adds the bulletins' demands and responses that the log does not hold yet, in the rep's language.
     *
     * @return how many demands were added (0 when loaded before)
     */
    public static int load(DemandService demands) {
        return load(demands, Messages.language());
    }

    /**
     * Adds the bulletins' demands and responses that the log does not hold yet, worded in {@code language}:
     * the bulletins' English, or its Welsh. Once loaded they are the rep's data, kept as they are whatever
     * language is read later; a demand is known by its source key and a response by its day and words in
     * either language, so loading again in the other language adds nothing.
     *
     * @return how many demands were added (0 when loaded before)
     */
    public static int load(DemandService demands, Locale language) {
        int added = 0;
        for (Seed s : SEEDS) {
            if (demands.bySourceKey(s.key()).isEmpty()) {
                Demand d = Demand.raise(s.title(language), s.text(language), s.kind(),
                        Messages.text(language, "campaign.raisedBy"), s.raisedOn(), s.priority())
                        .withEvidenceRule(s.evidenceType(), s.needsFactor())
                        .withSourceKey(s.key());
                demands.raise(d);
                added++;
            }
        }
        for (String key : RESPONSES) {
            Demand d = demands.bySourceKey(key).orElseThrow();
            Set<String> either = Set.of(Messages.text(Messages.ENGLISH, "campaign." + key + ".response"),
                    Messages.text(Messages.WELSH, "campaign." + key + ".response"));
            boolean present = demands.responses(d.id()).stream()
                    .anyMatch(x -> either.contains(x.said()) && x.respondedOn().equals(BULLETIN_3));
            if (!present) {
                demands.recordResponse(EmployerResponse.of(d.id(), BULLETIN_3,
                        Messages.text(language, "campaign." + key + ".response"),
                        Messages.text(language, "campaign.responseBy"), ResponseChannel.BULLETIN, null, null, null));
            }
        }
        return added;
    }
}
