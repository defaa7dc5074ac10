package org.repdesk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.repdesk.model.CaseType;
import org.repdesk.model.Grade;
import org.repdesk.model.Problems;
import org.repdesk.model.Region;

/**
 * What a negotiation brief covers: which demands, which period of casework, and optional filters.
 * Anonymised unless the rep explicitly chooses to include identities.
 *
 * @param demandIds empty means every demand
 * @param smallGroup counts from 1 up to this minus one are shown as "fewer than N"
 */
public record BriefScope(LocalDate from, LocalDate to, List<UUID> demandIds, Region region, String team, Grade grade,
        CaseType caseType, int smallGroup, boolean includeIdentities, List<String> vignettes) {

    public static final int DEFAULT_SMALL_GROUP = 3;

    public BriefScope {
        demandIds = List.copyOf(demandIds);
        vignettes = vignettes == null ? List.of() : vignettes.stream().map(Problems::tidy)
                .filter(v -> v != null).toList();
        team = Problems.tidy(team);
    }

    /** Everything from {@code from} to {@code to}, every demand, anonymised, default suppression. */
    public static BriefScope of(LocalDate from, LocalDate to) {
        return new BriefScope(from, to, List.of(), null, null, null, null, DEFAULT_SMALL_GROUP, false, List.of());
    }

    public BriefScope withDemands(List<UUID> ids) {
        return new BriefScope(from, to, ids, region, team, grade, caseType, smallGroup, includeIdentities, vignettes);
    }

    public BriefScope withRegion(Region r) {
        return new BriefScope(from, to, demandIds, r, team, grade, caseType, smallGroup, includeIdentities, vignettes);
    }

    public BriefScope withFilters(Region r, String t, Grade g, CaseType c) {
        return new BriefScope(from, to, demandIds, r, t, g, c, smallGroup, includeIdentities, vignettes);
    }

    public BriefScope withIdentities(boolean include) {
        return new BriefScope(from, to, demandIds, region, team, grade, caseType, smallGroup, include, vignettes);
    }

    public BriefScope withSmallGroup(int n) {
        return new BriefScope(from, to, demandIds, region, team, grade, caseType, n, includeIdentities, vignettes);
    }

    public BriefScope withVignettes(List<String> texts) {
        return new BriefScope(from, to, demandIds, region, team, grade, caseType, smallGroup, includeIdentities, texts);
    }

    /** The scope in one line, for the brief's first page. */
    public String describe() {
        return describe(org.repdesk.i18n.Messages.language());
    }

    /** The scope in one line in {@code language}. */
    public String describe(java.util.Locale language) {
        List<String> parts = new ArrayList<>();
        parts.add(say(language, "doc.brief.scope.period", java.util.Map.of("from", Dates.uk(from), "to", Dates.uk(to))));
        if (region != null) {
            parts.add(say(language, "doc.brief.scope.region", java.util.Map.of("value", region.label(language))));
        }
        if (team != null) {
            parts.add(say(language, "doc.brief.scope.team", java.util.Map.of("value", team)));
        }
        if (grade != null) {
            parts.add(say(language, "doc.brief.scope.grade", java.util.Map.of("value", grade.label(language))));
        }
        if (caseType != null) {
            parts.add(say(language, "doc.brief.scope.caseType", java.util.Map.of("value", caseType.label(language))));
        }
        return String.join("; ", parts);
    }

    private static String say(java.util.Locale language, String key, java.util.Map<String, Object> values) {
        return org.repdesk.i18n.Messages.text(language, key, values);
    }

    public List<String> problems() {
        return new Problems()
                .required("doc.brief.field.from", from)
                .required("doc.brief.field.to", to)
                .plausibleDate("doc.brief.field.from", from)
                .plausibleDate("doc.brief.field.to", to)
                .when(from != null && to != null && to.isBefore(from), "doc.brief.field.backwards")
                .range("doc.brief.field.smallGroup", smallGroup, 1, 100)
                .shortText("doc.member.team", team)
                .list();
    }
}
