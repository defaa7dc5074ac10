package org.repdesk.model;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.i18n.Messages;

/**
 * The stages each case type moves through. Real procedures differ by employer and change over
 * time (DOMAIN.md: exact stage names are unsourced), so these are only the starting lists: the rep
 * can edit them in Settings.
 *
 * <p>A stage is stored by its name (a case's {@code stage}, the {@code stage} table's lists), and the
 * starting lists' names are stored in English, as every file made so far holds them. Screens and
 * documents show a starting name through {@link #shown} in their own language ("Cam ffurfiol 1 …" in
 * Welsh); a name the rep wrote is shown as written. The English texts of the {@code caseStage.*} keys
 * are therefore stored data: changed, old files' stages would read as the rep's own names
 * (StageCatalogueTest pins them).
 */
public record StageCatalogue(Map<CaseType, List<String>> stages) {

    /** Each type's starting stages, as bundle keys (one key for a name several types share, such as "Appeal"). */
    private static final Map<CaseType, List<String>> DEFAULT_KEYS = defaultKeys();
    /** A starting stage's stored (English) name to its key. */
    private static final Map<String, String> KEY_OF_STORED = keysOfStored();

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
        return list.isEmpty() ? Messages.text(Messages.ENGLISH, "caseStage.open") : list.get(0);
    }

    /**
     * A stored stage name as a reader of {@code language} sees it: a starting stage in that language
     * while the rep has not renamed it, any other name as the rep wrote it; "" for none.
     */
    public static String shown(String stored, Locale language) {
        if (stored == null) {
            return "";
        }
        String key = KEY_OF_STORED.get(stored);
        return key == null ? stored : Messages.text(language, key);
    }

    /**
     * A stored stage name as a sentence carries it mid-way, after "from" or "to" ("Stage changed from
     * appeal to …"): a starting stage in lower case, and in Welsh as it reads after "o" and "i"
     * ("o gam anffurfiol …"); a name the rep wrote as written, as {@link #shown} gives it.
     */
    public static String shownInSentence(String stored, Locale language) {
        String key = keyOf(stored);
        return key == null ? shown(stored, language)
                : Messages.text(language, "caseStage.inSentence." + key.substring("caseStage.".length()));
    }

    /**
     * The name to store for {@code typed}: a starting stage typed in Welsh is stored by its English
     * name, as the files hold it (so the same stage is one stage, whichever language the rep used);
     * anything else as typed.
     */
    public static String stored(String typed) {
        if (typed == null) {
            return null;
        }
        String wanted = typed.strip();
        for (String key : KEY_OF_STORED.values()) {
            if (Messages.text(Messages.WELSH, key).equals(wanted)) {
                return Messages.text(Messages.ENGLISH, key);
            }
        }
        return typed;
    }

    /** The bundle key of a starting stage's stored name; null for a name the rep wrote. */
    public static String keyOf(String stored) {
        return stored == null ? null : KEY_OF_STORED.get(stored);
    }

    private static Map<CaseType, List<String>> defaultKeys() {
        Map<CaseType, List<String>> map = new EnumMap<>(CaseType.class);
        map.put(CaseType.CAPABILITY, List.of("caseStage.capability.informal", "caseStage.capability.formal1",
                "caseStage.capability.formal2", "caseStage.decisionMeeting", "caseStage.appeal"));
        map.put(CaseType.SICKNESS_ABSENCE, List.of("caseStage.sickness.considerationPoint",
                "caseStage.sickness.formalMeeting", "caseStage.sickness.improvementPeriod",
                "caseStage.sickness.finalWarning", "caseStage.decisionMeeting", "caseStage.appeal"));
        map.put(CaseType.WORKLOAD_CONCERN, List.of("caseStage.workload.raised", "caseStage.workload.riskAssessment",
                "caseStage.workload.adjustmentsAgreed", "caseStage.workload.escalated"));
        map.put(CaseType.GRIEVANCE, List.of("caseStage.grievance.informal", "caseStage.grievance.formalMeeting",
                "caseStage.outcomeReceived", "caseStage.appeal"));
        map.put(CaseType.DISCIPLINARY, List.of("caseStage.disciplinary.investigation",
                "caseStage.disciplinary.hearing", "caseStage.outcomeReceived", "caseStage.appeal"));
        map.put(CaseType.OTHER, List.of("caseStage.open", "caseStage.inProgress"));
        return map;
    }

    private static Map<String, String> keysOfStored() {
        Map<String, String> map = new HashMap<>();
        DEFAULT_KEYS.values().forEach(keys -> keys.forEach(k -> map.put(Messages.text(Messages.ENGLISH, k), k)));
        return Map.copyOf(map);
    }

    private static Map<CaseType, List<String>> defaults() {
        Map<CaseType, List<String>> map = new EnumMap<>(CaseType.class);
        DEFAULT_KEYS.forEach((type, keys) -> map.put(type, keys.stream()
                .map(k -> Messages.text(Messages.ENGLISH, k)).toList()));
        return map;
    }
}
