package org.repdesk.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The stages each case type moves through. Real procedures differ by employer and change over
 * time (DOMAIN.md: exact stage names are unsourced), so these are only the starting lists: the rep
 * can edit them in Settings.
 */
public record StageCatalogue(Map<CaseType, List<String>> stages) {

    public static final StageCatalogue DEFAULTS = new StageCatalogue(defaults());

    public StageCatalogue {
        EnumMap<CaseType, List<String>> copy = new EnumMap<>(CaseType.class);
        stages.forEach((type, names) -> copy.put(type, List.copyOf(names)));
        stages = Map.copyOf(copy);
    }

    public List<String> stagesFor(CaseType type) {
        return stages.getOrDefault(type, List.of());
    }

    /** The stage a new case of this type starts at. */
    public String firstStage(CaseType type) {
        List<String> list = stagesFor(type);
        return list.isEmpty() ? "Open" : list.get(0);
    }

    private static Map<CaseType, List<String>> defaults() {
        Map<CaseType, List<String>> map = new EnumMap<>(CaseType.class);
        map.put(CaseType.CAPABILITY, List.of(
                "Informal stage (support and improvement plan)",
                "Formal stage 1 (first written warning)",
                "Formal stage 2 (final written warning)",
                "Decision meeting",
                "Appeal"));
        map.put(CaseType.SICKNESS_ABSENCE, List.of(
                "Consideration point",
                "Formal attendance meeting",
                "Improvement period",
                "Final written warning",
                "Decision meeting",
                "Appeal"));
        map.put(CaseType.WORKLOAD_CONCERN, List.of(
                "Raised with manager",
                "Stress risk assessment",
                "Reasonable adjustments agreed",
                "Escalated"));
        map.put(CaseType.GRIEVANCE, List.of(
                "Informal resolution",
                "Formal grievance meeting",
                "Outcome received",
                "Appeal"));
        map.put(CaseType.DISCIPLINARY, List.of(
                "Investigation",
                "Disciplinary hearing",
                "Outcome received",
                "Appeal"));
        map.put(CaseType.OTHER, List.of("Open", "In progress"));
        return map;
    }
}
