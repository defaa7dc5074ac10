package org.repdesk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.i18n.Messages;

/**
 * Collects what is wrong with a record, in words a rep understands. Every domain type validates
 * through one of these, so the app, the CLI and the importer say the same thing, in English or
 * Welsh ({@code problems.*} keys). Callers name the field by its key ({@code "problems.field.name"})
 * and give messages of their own as keys through {@link #when}; the words are chosen when the
 * problems are read ({@link #list()}), so they are in the language spoken then, not when checked.
 */
public final class Problems {
    /** Single-line fields (names, teams, references). */
    public static final int SHORT_TEXT_MAX = 200;
    /** Free text (notes, accounts, outcomes): long notes are normal, a runaway paste is not. */
    public static final int LONG_TEXT_MAX = 200_000;

    /*
     * The character rules below are loops over the text, not regular expressions: a member import
     * checks ten fields of each of 200,000 rows twice, and a Matcher per check was most of what
     * it allocated (issue 21). ProblemsCharacterRulesTest holds each loop to the expression it replaced.
     */
    /** The characters a phone number may hold ("+44 (0)7700 900-123"). */
    private static final String PHONE_CHARACTERS = "0123456789+() .-";

    /** One thing wrong: its message key and values, a field given by its key under {@code "field"}. */
    private record Wrong(String key, String fieldKey, Map<String, Object> values) {
        String words(Locale language) {
            Map<String, Object> args = new HashMap<>();
            if (fieldKey != null) {
                args.put("field", Messages.text(language, fieldKey));
            }
            // A closed set's value (a status, a case type) is named in the language of the reading too.
            values.forEach((name, value) -> args.put(name, value instanceof Labelled l ? l.label(language)
                    : value instanceof Worded w ? w.words().apply(language) : value));
            return Messages.text(language, key, args);
        }
    }

    /** A value worded in the language of the reading by {@code words}, e.g. a status mid-sentence. */
    private record Worded(java.util.function.Function<Locale, String> words) {
    }

    /**
     * A value for a message, worded when the problem is read, in its language: {@code
     * worded(status::inSentence)} gives "The status is already agreed." where the status alone
     * would be "Agreed".
     */
    public static Object worded(java.util.function.Function<Locale, String> words) {
        return new Worded(words);
    }

    private final List<Wrong> found = new ArrayList<>();

    public Problems required(String fieldKey, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add("problems.required", fieldKey);
        }
        return this;
    }

    public Problems shortText(String fieldKey, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > SHORT_TEXT_MAX) {
            add("problems.too-long", fieldKey, "n", value.length(), "max", SHORT_TEXT_MAX);
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            add("problems.one-line", fieldKey);
        }
        noControlCharacters(fieldKey, value);
        return this;
    }

    public Problems longText(String fieldKey, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > LONG_TEXT_MAX) {
            add("problems.too-long", fieldKey, "n", value.length(), "max", LONG_TEXT_MAX);
        }
        noControlCharacters(fieldKey, value);
        return this;
    }

    public Problems email(String fieldKey, String value) {
        if (value != null && !value.isBlank() && !looksLikeEmail(value)) {
            add("problems.email", fieldKey);
        }
        return this;
    }

    public Problems phone(String fieldKey, String value) {
        if (value != null && !value.isBlank() && !looksLikePhone(value)) {
            add("problems.phone", fieldKey);
        }
        return this;
    }

    public Problems range(String fieldKey, Number value, double min, double max) {
        if (value != null) {
            double v = value.doubleValue();
            if (Double.isNaN(v) || v < min || v > max) {
                add("problems.range", fieldKey, "min", plain(min), "max", plain(max));
            }
        }
        return this;
    }

    /**
     * Refuses dates outside 1970–2100: almost always a year typed short ("26" read as year 26),
     * which would otherwise be stored silently.
     */
    public Problems plausibleDate(String fieldKey, java.time.LocalDate date) {
        if (!plausibleYear(date)) {
            add("problems.year", fieldKey, "year", date.getYear());
        }
        return this;
    }

    /** False for a date outside 1970–2100 (see {@link #plausibleDate}); true for none. */
    public static boolean plausibleYear(java.time.LocalDate date) {
        return date == null || (date.getYear() >= 1970 && date.getYear() <= 2100);
    }

    /** Adds the message under {@code key} when {@code wrong} holds. */
    public Problems when(boolean wrong, String key) {
        return when(wrong, key, Map.of());
    }

    /**
     * Adds the message under {@code key}, filled from {@code values}, when {@code wrong} holds; a
     * {@link Labelled} value is named in the language the problems are read in.
     */
    public Problems when(boolean wrong, String key, Map<String, ?> values) {
        if (wrong) {
            found.add(new Wrong(key, null, Map.copyOf(values)));
        }
        return this;
    }

    /** The problems in the language the app or command line speaks now. */
    public List<String> list() {
        return list(Messages.language());
    }

    /** The problems in {@code language}. */
    public List<String> list(Locale language) {
        return found.isEmpty() ? List.of() : found.stream().map(w -> w.words(language)).toList();
    }

    private void noControlCharacters(String fieldKey, String value) {
        if (hasControlCharacter(value)) {
            add("problems.control", fieldKey);
        }
        if (hasBrokenCharacter(value)) {
            // Half of a surrogate pair cannot be stored as UTF-8: SQLite would keep a '?' instead, silently.
            add("problems.broken", fieldKey);
        }
    }

    /** A control character (Unicode's Cc: U+0000–U+001F, U+007F–U+009F) other than a tab or a line break. */
    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= 0x7F && ch <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    /** Half of a surrogate pair without the other half. */
    static boolean hasBrokenCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a whole pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Something@something.something: one @, not first; after it a dot with text on both sides; no
     * white space (Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return).
     */
    static boolean looksLikeEmail(String value) {
        int at = value.indexOf('@');
        if (at < 1 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        boolean dotInside = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
                return false;
            }
            if (ch == '.' && i > at + 1 && i < value.length() - 1) {
                dotInside = true;
            }
        }
        return dotInside;
    }

    /** 6 to 25 of digits, spaces, + ( ) . and -. */
    static boolean looksLikePhone(String value) {
        if (value.length() < 6 || value.length() > 25) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (PHONE_CHARACTERS.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Numbers go in as digits (a year or a length is not "2,026" or "200,000"). */
    private void add(String key, String fieldKey, Object... more) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < more.length; i += 2) {
            values.put((String) more[i], String.valueOf(more[i + 1]));
        }
        found.add(new Wrong(key, fieldKey, Map.copyOf(values)));
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Null for blank text, the trimmed text otherwise: what every form and importer stores. */
    public static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
