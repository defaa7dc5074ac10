package org.repdesk.model;

import java.util.Optional;
import org.repdesk.i18n.Messages;

/** Why a member was off sick, as the rep records it from the employer's printout or the fit note. */
public enum AbsenceReason implements Labelled {
    WORK_RELATED_STRESS,
    OTHER_MENTAL_HEALTH,
    MUSCULOSKELETAL,
    INFECTION,
    INJURY_AT_WORK,
    DISABILITY_RELATED_CONDITION,
    PREGNANCY_RELATED,
    OTHER;

    @Override
    public String label() {
        return Messages.text("absence.reason." + name());
    }

    /** The reason for its label in English or Welsh, or its constant name ("work-related stress", "INFECTION"). */
    public static Optional<AbsenceReason> parse(String text) {
        Optional<AbsenceReason> found = Labelled.parse(AbsenceReason.class, text);
        if (found.isPresent() || text == null) {
            return found;
        }
        for (AbsenceReason r : values()) {
            for (java.util.Locale language : java.util.List.of(Messages.ENGLISH, Messages.WELSH)) {
                if (squash(Messages.text(language, "absence.reason." + r.name())).equals(squash(text))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private static String squash(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s_/\\-]+", "");
    }

    @Override
    public String label(java.util.Locale language) {
        return Messages.text(language, "absence.reason." + name());
    }

    @Override
    public String toString() {
        return label();
    }
}
