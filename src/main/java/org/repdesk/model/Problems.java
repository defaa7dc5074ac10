package org.repdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a record, in words a rep understands. Every domain type validates
 * through one of these, so the app, the CLI and the importer say the same thing.
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
            messages.add(field + " is required.");
        }
        return this;
    }

    public Problems shortText(String field, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > SHORT_TEXT_MAX) {
            messages.add(field + " is too long (" + value.length() + " characters; at most " + SHORT_TEXT_MAX + ").");
        }
        if (LINE_BREAK.matcher(value).find()) {
            messages.add(field + " must be on one line.");
        }
        noControlCharacters(field, value);
        return this;
    }

    public Problems longText(String field, String value) {
        if (value == null) {
            return this;
        }
        if (value.length() > LONG_TEXT_MAX) {
            messages.add(field + " is too long (" + value.length() + " characters; at most " + LONG_TEXT_MAX + ").");
        }
        noControlCharacters(field, value);
        return this;
    }

    public Problems email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value).matches()) {
            messages.add(field + " does not look like an email address (name@example.org).");
        }
        return this;
    }

    public Problems phone(String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            messages.add(field + " may hold only digits, spaces and + ( ) - (6 to 25 characters).");
        }
        return this;
    }

    public Problems range(String field, Number value, double min, double max) {
        if (value != null) {
            double v = value.doubleValue();
            if (Double.isNaN(v) || v < min || v > max) {
                messages.add(field + " must be between " + plain(min) + " and " + plain(max) + ".");
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
            messages.add(field + " has the year " + date.getYear() + ": write the year in full, like 2026.");
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
            messages.add(field + " contains invisible control characters; please retype it.");
        }
        if (BROKEN_CHARACTER.matcher(value).find()) {
            // Half of a surrogate pair cannot be stored as UTF-8: SQLite would keep a '?' instead, silently.
            messages.add(field + " contains a broken character (half of an emoji or symbol); please retype it.");
        }
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
