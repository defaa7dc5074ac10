package org.repdesk.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** A closed set whose values have a label in the rep's words (shown in the app, written to CSV). */
public interface Labelled {
    String label();

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
