package org.repdesk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.repdesk.i18n.Messages;

/**
 * Collects what is wrong with a record, in words a rep understands. Every domain type validates
 * through one of these, so the app, the CLI and the importer say the same thing, in English or
 * Welsh ({@code problems.*} keys): callers pass the field's name already in the rep's language
 * ({@code Messages.text("problems.field.…")}), and messages of their own through {@link #when}.
 */
public final class Problems {
    /** Single-line fields (names, teams, references). */
    public static final int SHORT_TEXT_MAX = 200;
    /** Free text (notes, accounts, outcomes): long notes are normal, a runaway paste is not. */
    public static final int LONG_TEXT_MAX = 200_000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    /** A surrogate not part of a pair. */
    private static final Pattern BROKEN_CHARACTER = Pattern.compile("[\\x{D800}-\\x{DFFF}]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r]");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .\\-]{6,25}$");

    private final List<String> messages = new ArrayList<>();

    public Problems required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add("problems.required", field);
        }
        return this;
    }

    public Problems shortText(String field, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > SHORT_TEXT_MAX) {
            add("problems.too-long", field, "n", value.length(), "max", SHORT_TEXT_MAX);
        }
        if (LINE_BREAK.matcher(value).find()) {
            add("problems.one-line", field);
        }
        noControlCharacters(field, value);
        return this;
    }

    public Problems longText(String field, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > LONG_TEXT_MAX) {
            add("problems.too-long", field, "n", value.length(), "max", LONG_TEXT_MAX);
        }
        noControlCharacters(field, value);
        return this;
    }

    public Problems email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
            add("problems.email", field);
        }
        return this;
    }

    public Problems phone(String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            add("problems.phone", field);
        }
        return this;
    }

    public Problems range(String field, Number value, double min, double max) {
        if (value != null) {
            double v = value.doubleValue();
            if (Double.isNaN(v) || v < min || v > max) {
                add("problems.range", field, "min", plain(min), "max", plain(max));
            }
        }
        return this;
    }

    /**
     * Refuses dates outside 1970–2100: almost always a year typed short ("26" read as year 26),
     * which would otherwise be stored silently.
     */
    public Problems plausibleDate(String field, java.time.LocalDate date) {
        if (date != null && (date.getYear() < 1970 || date.getYear() > 2100)) {
            add("problems.year", field, "year", date.getYear());
        }
        return this;
    }

    /** Adds a message of the caller's own when {@code wrong} holds. */
    public Problems when(boolean wrong, String message) {
        if (wrong) {
            messages.add(message);
        }
        return this;
    }

    public List<String> list() {
        return List.copyOf(messages);
    }

    private void noControlCharacters(String field, String value) {
        if (CONTROL.matcher(value).find()) {
            add("problems.control", field);
        }
        if (BROKEN_CHARACTER.matcher(value).find()) {
            // Half of a surrogate pair cannot be stored as UTF-8: SQLite would keep a '?' instead, silently.
            add("problems.broken", field);
        }
    }

    /**
     * The problem in the language the app or command line speaks now; numbers go in as digits
     * (a year or a length is not "2,026" or "200,000").
     */
    private void add(String key, String field, Object... more) {
        Map<String, Object> args = new HashMap<>();
        args.put("field", field);
        for (int i = 0; i < more.length; i += 2) {
            args.put((String) more[i], String.valueOf(more[i + 1]));
        }
        messages.add(Messages.text(key, args));
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
