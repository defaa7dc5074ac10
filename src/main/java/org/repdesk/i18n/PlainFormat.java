package org.repdesk.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part of ICU's MessageFormat most of the app's words use, formatted without ICU: text (with
 * ICU's apostrophe rules), {@code {0}} or {@code {name}} arguments, and
 * {@code {n, plural, =k {…} one {…} other {…}}} with {@code #}, and {@code {n, number, integer}}, for
 * English and Welsh whole numbers.
 * The status line's counts in the first frame are such words: formatted by ICU they loaded ~360 of
 * its classes and its plural and number data before the first frame (issue 21). A pattern with
 * anything else (select, choice, another number style, date, offset) is not taken ({@link #of} gives null), nor
 * is an argument of another kind (a fraction, a negative number, a date: {@link #format} gives null);
 * {@link Messages} gives those to ICU. MessagesTest formats every key of both bundles both ways and
 * requires the same words wherever this one takes the pattern.
 */
final class PlainFormat {

    /** One piece of a message: text, an argument, a plural, or a plural's {@code #}. */
    private sealed interface Piece permits Text, Argument, Plural, Count, Whole {
    }

    private record Text(String text) implements Piece {
    }

    /** {@code {0}} or {@code {name}}: index -1 for a name. */
    private record Argument(String name, int index) implements Piece {
    }

    /** {@code #} in a plural's message: the count, with the language's digit groups. */
    private record Count() implements Piece {
    }

    private record Plural(Argument of, List<Choice> choices) implements Piece {
    }

    /** {@code {n, number, integer}}: a whole number with the language's digit groups, as {@code #} is written. */
    private record Whole(Argument of) implements Piece {
    }

    /** A plural's {@code =k} (exact, keyword null) or keyword and its message. */
    private record Choice(long exact, String keyword, List<Piece> message) {
    }

    private final List<Piece> pieces;
    private final boolean welsh;

    private PlainFormat(List<Piece> pieces, boolean welsh) {
        this.pieces = pieces;
        this.welsh = welsh;
    }

    /** The pattern made ready to format in {@code locale} (English or Welsh), or null when this class does not take it. */
    static PlainFormat of(String pattern, Locale locale) {
        boolean welsh = "cy".equals(locale.getLanguage());
        if (!welsh && !"en".equals(locale.getLanguage())) {
            return null;
        }
        Parser parser = new Parser(pattern);
        List<Piece> pieces = parser.message(0, false);
        if (pieces == null || parser.at != pattern.length()) {
            return null;
        }
        return new PlainFormat(pieces, welsh);
    }

    /** The words with {@code args} ({@code {0}}, {@code {1}} …), or null when an argument is one this class leaves to ICU. */
    String format(Object[] args) {
        StringBuilder out = new StringBuilder();
        return write(pieces, args, null, -1, out) ? out.toString() : null;
    }

    /** The words with named arguments, or null when an argument is one this class leaves to ICU. */
    String format(Map<String, ?> named) {
        StringBuilder out = new StringBuilder();
        return write(pieces, null, named, -1, out) ? out.toString() : null;
    }

    private boolean write(List<Piece> message, Object[] args, Map<String, ?> named, long count, StringBuilder out) {
        for (Piece piece : message) {
            if (piece instanceof Text t) {
                out.append(t.text());
            } else if (piece instanceof Count) {
                grouped(count, out);
            } else if (piece instanceof Argument a) {
                Object value = value(a, args, named);
                if (value == null) {
                    return false;
                }
                long whole = whole(value);
                if (whole >= 0) {
                    grouped(whole, out);
                } else if (value instanceof CharSequence || value instanceof Enum<?> || value instanceof Boolean
                        || value instanceof Character) {
                    out.append(value);
                } else {
                    return false; // a fraction, a negative number, a date …: ICU's own formats
                }
            } else if (piece instanceof Whole w) {
                Object value = value(w.of(), args, named);
                long n = value == null ? -1 : whole(value);
                if (n < 0) {
                    return false; // a fraction or a negative number: ICU rounds and signs it
                }
                grouped(n, out);
            } else if (piece instanceof Plural p) {
                Object value = value(p.of(), args, named);
                long n = value == null ? -1 : whole(value);
                if (n < 0 || !write(chosen(p.choices(), n), args, named, n, out)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The argument's value; null when it is missing or null (ICU writes "{0}" or "null": left to it). */
    private static Object value(Argument a, Object[] args, Map<String, ?> named) {
        if (args != null) {
            return a.index() >= 0 && a.index() < args.length ? args[a.index()] : null;
        }
        return named.get(a.name());
    }

    /** A whole number's value (Integer, Long, Short, Byte) when it is 0 or more; -1 for anything else. */
    private static long whole(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            return n >= 0 ? n : -1;
        }
        return -1;
    }

    /** As ICU's PluralFormat chooses: an exact {@code =n} first, else the language's keyword, else "other". */
    private List<Piece> chosen(List<Choice> choices, long n) {
        String keyword = welsh ? welshCategory(n) : n == 1 ? "one" : "other";
        List<Piece> byKeyword = null;
        List<Piece> other = null;
        for (Choice choice : choices) {
            if (choice.keyword() == null) {
                if (choice.exact() == n) {
                    return choice.message();
                }
            } else if (byKeyword == null && choice.keyword().equals(keyword)) {
                byKeyword = choice.message();
            } else if (other == null && choice.keyword().equals("other")) {
                other = choice.message();
            }
        }
        return byKeyword != null ? byKeyword : other;
    }

    /** CLDR's Welsh cardinal rules for whole numbers: 0 zero, 1 one, 2 two, 3 few, 6 many, the rest other. */
    static String welshCategory(long n) {
        return switch ((int) Math.min(n, 7)) {
            case 0 -> "zero";
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "few";
            case 6 -> "many";
            default -> "other";
        };
    }

    /** A whole number as English and Welsh write it: groups of three digits parted by commas (20,000). */
    private static void grouped(long n, StringBuilder out) {
        Figures.grouped(Long.toString(n), out);
    }

    /** Reads a pattern as ICU's MessagePattern does (apostrophes as ICU's default, "double optional"). */
    private static final class Parser {
        private static final List<String> KEYWORDS = List.of("zero", "one", "two", "few", "many", "other");
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        /** A message up to the end (depth 0) or its closing brace (left unread); null when not taken. */
        List<Piece> message(int depth, boolean inPlural) {
            List<Piece> pieces = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '\'') {
                    at++;
                    quoted(literal, inPlural);
                } else if (c == '{') {
                    flush(literal, pieces);
                    Piece argument = argument(depth);
                    if (argument == null) {
                        return null;
                    }
                    pieces.add(argument);
                } else if (c == '}') {
                    if (depth == 0) {
                        return null; // a stray brace: left to ICU
                    }
                    break;
                } else if (c == '#' && inPlural) {
                    flush(literal, pieces);
                    pieces.add(new Count());
                    at++;
                } else {
                    literal.append(c);
                    at++;
                }
            }
            flush(literal, pieces);
            return pieces;
        }

        /** After an apostrophe: '' is one; before a brace (or a plural's #) it quotes up to the next lone one; else it is itself. */
        private void quoted(StringBuilder literal, boolean inPlural) {
            if (at == text.length()) {
                literal.append('\'');
                return;
            }
            char next = text.charAt(at);
            if (next == '\'') {
                literal.append('\'');
                at++;
            } else if (next == '{' || next == '}' || (inPlural && next == '#')) {
                while (at < text.length()) {
                    char q = text.charAt(at++);
                    if (q != '\'') {
                        literal.append(q);
                    } else if (at < text.length() && text.charAt(at) == '\'') {
                        literal.append('\'');
                        at++;
                    } else {
                        return;
                    }
                }
            } else {
                literal.append('\'');
            }
        }

        private static void flush(StringBuilder literal, List<Piece> pieces) {
            if (!literal.isEmpty()) {
                pieces.add(new Text(literal.toString()));
                literal.setLength(0);
            }
        }

        /** {@code {name}} or {@code {name, plural, …}} from its opening brace; null for anything else. */
        private Piece argument(int depth) {
            at++; // {
            space();
            String name = word();
            if (name.isEmpty()) {
                return null;
            }
            int index = index(name);
            if (index < -1) {
                return null;
            }
            Argument argument = new Argument(name, index);
            space();
            if (at < text.length() && text.charAt(at) == '}') {
                at++;
                return argument;
            }
            if (at >= text.length() || text.charAt(at) != ',') {
                return null;
            }
            at++;
            space();
            String type = word();
            if ("number".equals(type)) {
                return wholeNumber(argument); // the cases list's count: "{shown, number, integer} of …"
            }
            if (!"plural".equals(type)) {
                return null; // select, date, choice …: ICU's
            }
            space();
            if (at >= text.length() || text.charAt(at) != ',') {
                return null;
            }
            at++;
            List<Choice> choices = new ArrayList<>();
            boolean other = false;
            while (true) {
                space();
                if (at >= text.length()) {
                    return null;
                }
                if (text.charAt(at) == '}') {
                    at++;
                    break;
                }
                String selector = word();
                if (selector.isEmpty() || selector.startsWith("offset:")) {
                    return null;
                }
                space();
                if (at >= text.length() || text.charAt(at) != '{') {
                    return null;
                }
                at++;
                List<Piece> message = message(depth + 1, true);
                if (message == null || at >= text.length()) {
                    return null;
                }
                at++; // its }
                if (selector.startsWith("=")) {
                    if (selector.length() < 2 || selector.length() > 10 || !digits(selector.substring(1))) {
                        return null;
                    }
                    choices.add(new Choice(Long.parseLong(selector.substring(1)), null, message));
                } else if (KEYWORDS.contains(selector)) {
                    other |= selector.equals("other");
                    choices.add(new Choice(-1, selector, message));
                } else {
                    return null;
                }
            }
            return other ? new Plural(argument, List.copyOf(choices)) : null;
        }

        /** After {@code {name, number}}: {@code , integer}} is taken; any other style is ICU's (null). */
        private Piece wholeNumber(Argument argument) {
            space();
            if (at >= text.length() || text.charAt(at) != ',') {
                return null;
            }
            at++;
            space();
            if (!"integer".equals(word())) {
                return null;
            }
            space();
            if (at >= text.length() || text.charAt(at) != '}') {
                return null;
            }
            at++;
            return new Whole(argument);
        }

        /** A number for a numbered argument, -1 for a named one (a leading 0 other than "0" is left to ICU). */
        private static int index(String name) {
            if (digits(name)) {
                return name.length() <= 6 && (name.length() == 1 || name.charAt(0) != '0') ? Integer.parseInt(name) : -2;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
                if (!letter && (i == 0 || c < '0' || c > '9')) {
                    return -2;
                }
            }
            return -1;
        }

        private static boolean digits(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return !s.isEmpty();
        }

        private String word() {
            int from = at;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (isSpace(c) || "{},'#|".indexOf(c) >= 0) {
                    break;
                }
                at++;
            }
            return text.substring(from, at);
        }

        private void space() {
            while (at < text.length() && isSpace(text.charAt(at))) {
                at++;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
    }
}
