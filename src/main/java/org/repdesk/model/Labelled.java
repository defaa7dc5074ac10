package org.repdesk.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** A closed set whose values have a label in the rep's words (shown in the app, written to CSV). */
public interface Labelled {
    String label();

    /**
     * The label in {@code language}, for documents made in English, Welsh or both: the bundle's
     * {@code label.<type>.<CONSTANT>} (e.g. {@code label.caseType.SICKNESS_ABSENCE}), else {@link #label()}.
     * CSV files keep the English {@link #label()}, so a file reads the same whoever wrote it.
     */
    default String label(Locale language) {
        if (this instanceof Enum<?> e) {
            String type = e.getDeclaringClass().getSimpleName();
            String key = "label." + Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + e.name();
            if (org.repdesk.i18n.Messages.has(key)) {
                return org.repdesk.i18n.Messages.text(language, key);
            }
        }
        return label();
    }

    /**
     * Finds the value whose label or constant name matches {@code text}, ignoring case, spaces,
     * hyphens, slashes and underscores, so "gmb/scoop", "GMB_SCOOP" and "GMB SCOOP" all match.
     */
    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = squash(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (squash(value.label()).equals(wanted) || squash(value.name()).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String squash(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[\\s_/\\-]+", "");
    }
}
