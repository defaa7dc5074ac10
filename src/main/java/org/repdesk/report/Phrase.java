package org.repdesk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.repdesk.i18n.Messages;

/**
 * Words computed once and written later in the document's language: a bundle key with its values,
 * or text as the rep typed it (a stage name, a team). A brief is built once and laid out in English,
 * Welsh or both; its row labels are phrases so the same figures read in either language.
 * Values that are dates, months or other phrases are written in the same language as the phrase.
 */
public record Phrase(String key, Map<String, Object> values, String typed, org.repdesk.model.Labelled labelled) {

    public Phrase {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** A bundle key with named values. */
    public static Phrase of(String key, Map<String, Object> values) {
        return new Phrase(key, values, null, null);
    }

    /** A bundle key with no values. */
    public static Phrase of(String key) {
        return new Phrase(key, Map.of(), null, null);
    }

    /** Text the rep typed, the same in every language. */
    public static Phrase typed(String text) {
        return new Phrase(null, Map.of(), text, null);
    }

    /** A stage as stored: a starting stage in the language written, a name the rep wrote as typed. */
    public static Phrase stage(String stored) {
        String key = org.repdesk.model.StageCatalogue.keyOf(stored);
        return key == null ? typed(stored) : of(key);
    }

    /** A closed set's value (a region, a case type), in the language written. */
    public static Phrase label(org.repdesk.model.Labelled value) {
        return new Phrase(null, Map.of(), null, value);
    }

    /** The phrase in {@code language}. */
    public String in(Locale language) {
        if (labelled != null) {
            return labelled.label(language);
        }
        if (key == null) {
            return typed;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        values.forEach((name, value) -> written.put(name, value instanceof Phrase p ? p.in(language)
                : value instanceof LocalDate d ? Dates.uk(d)
                : value instanceof YearMonth m ? Dates.month(language, m)
                : value));
        return Messages.text(language, key, written);
    }

    /** The phrase in English (tests, sorting, logs). */
    @Override
    public String toString() {
        return in(Messages.ENGLISH);
    }
}
