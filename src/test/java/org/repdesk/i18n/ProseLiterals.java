package org.repdesk.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the string literals in Java source that read as words for a rep: what must live in the
 * bundles instead. A literal is prose when, with markup taken out, it holds two words with a space
 * between ("Wrote the summary") or a capitalised word ("Members"). Not prose: bundle keys, SQL, CSS
 * ids and style classes, file names and paths, format patterns, command words ("members"), proper
 * names (RepDesk, PostgreSQL), usage synopses ("repdesk [--db FILE] check"), and any literal on a line logging for developers, throwing an
 * exception a developer reads (IllegalStateException …), or marked {@code // not for reps}
 * (on the line itself or alone on the line above).
 */
final class ProseLiterals {

    /** One literal found: where, and its text as written. */
    record Found(Path file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + text + "\"";
        }
    }

    static final String MARKER = "// not for reps";

    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{2,}[’']?\\p{L}*[,;:]?\\s+\\(?\\p{L}");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\d_.-])\\p{Lu}\\p{Ll}{2,}(?![\\p{L}\\d_(])");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)+\\.?");
    /*
     * SQL as RepDesk writes it: keywords in capitals. Lower case they are English words ("Delete the
     * cases first", "Set your name", "… where workload is a factor (yes or disputed)"), which a
     * case-blind pattern let through as SQL.
     */
    private static final Pattern SQL = Pattern.compile("(?s)\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH|PRAGMA|"
            + "BEGIN|COMMIT|ROLLBACK|VACUUM|SET|GRANT|REVOKE|REINDEX|ANALYZE|EXPLAIN|SAVEPOINT|RELEASE|COPY|DO|COMMENT ON)\\b.*"
            + "|.*\\b(FROM|WHERE|JOIN|VALUES|ORDER BY|GROUP BY|NOT NULL|PRIMARY KEY|REFERENCES)\\b.*[A-Za-z_]+\\s*[=(,?].*"
            + "|.*\\?\\s*(,\\s*\\?)+.*");
    private static final Pattern ACCELERATOR = Pattern.compile("((Shortcut|Ctrl|Alt|Shift|Meta)\\+)+[A-Za-z0-9]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|&[a-z#0-9]+;");
    private static final Pattern CSS = Pattern.compile(".*(-fx-[a-z-]+|\\b[a-z-]+\\s*:\\s*[^;]+;).*|[.#][a-z][\\w-]*( [.#][\\w-]+)*");
    private static final Pattern FORMAT = Pattern.compile("[dMyHhmsSEaz/:. '-]+");
    private static final Pattern SPECIFIER = Pattern.compile("%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");
    private static final Pattern PATH = Pattern.compile("[^\\s]*[/\\\\][^\\s]*|([A-Za-z]:)?[/\\\\].*|[\\w.-]+\\.(java|properties|css|png|pdf|db|json|csv|ttf|"
            + "txt|html|md|sql|ics|xml|jar|log|lock|bak|zip|tmp)");
    private static final Pattern DEVELOPER_LINE = Pattern.compile(".*(\\bLOG\\b|\\bLOGGER\\b|Logger\\.|\\.log\\(|\\.fine(r|st)?\\(|"
            + "\\.warning\\(|\\.severe\\(|\\.info\\(\\s*\"|\\bnew (IllegalStateException|IllegalArgumentException|"
            + "UnsupportedOperationException|AssertionError|NullPointerException|IndexOutOfBoundsException|"
            + "UncheckedIOException|InternalError|SQLException|StoreException\\.bug)\\(|System\\.getProperty|"
            + "System\\.getenv|@SuppressWarnings|Objects\\.requireNonNull|assert ).*");
    /** Names that stay as they are in every language (and words that are code, not prose). */
    private static final List<String> NAMES = List.of("RepDesk", "PostgreSQL", "SQLite", "DejaVu Sans", "DejaVu", "JavaFX",
            "Napo", "UNISON", "Cymraeg", "English", "Welsh", "Monocle", "Headless", "Linux", "Windows", "Mac", "Europe/London",
            "Outlook", "Thunderbird", "Google", "AtlantaFX", "ControlsFX", "Jackson", "JFreeChart", "ICU", "Zoë", "Siân");

    private ProseLiterals() {
    }

    /** Every prose literal in the Java files under {@code root}. */
    static List<Found> in(Path root) throws IOException {
        List<Found> found = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(inFile(f, Files.readString(f)));
            }
        }
        return found;
    }

    /**
     * The prose literals given as a message to an exception a rep reads: a literal written straight
     * after {@code raise} (e.g. {@code new StoreException(Kind.BUSY, "…")}), unless its line is marked
     * {@value #MARKER}. For the model and the store, whose other literals are SQL and CSV labels.
     */
    static List<Found> raised(Path root, Pattern raise) throws IOException {
        List<Found> found = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(raisedIn(f, Files.readString(f), raise));
            }
        }
        return found;
    }

    static List<Found> raisedIn(Path file, String source, Pattern raise) {
        List<Found> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        java.util.regex.Matcher m = raise.matcher(source);
        while (m.find()) {
            int start = m.end() - 1; // the opening quote
            int end = skipQuoted(source, start, '"');
            String text = source.substring(start + 1, Math.max(start + 1, end - 1));
            int line = 1 + count(source, 0, start);
            if (isProse(text) && !lines[line - 1].contains(MARKER)) {
                found.add(new Found(file, line, text));
            }
        }
        return found;
    }

    /** The prose literals of one source file's text. */
    static List<Found> inFile(Path file, String source) {
        List<Found> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                line += count(source, i, end); // text blocks hold SQL or markup here, never a rep's sentence
                i = end;
            } else if (c == '"') {
                int end = skipQuoted(source, i, '"');
                String text = source.substring(i + 1, Math.max(i + 1, end - 1));
                if (isProse(text) && !exempt(lines, line - 1)) {
                    found.add(new Found(file, line, text));
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean exempt(String[] lines, int index) {
        String here = lines[index];
        if (here.contains(MARKER) || DEVELOPER_LINE.matcher(here).matches()) {
            return true;
        }
        // A statement spread over lines: look back to its start for a developer's exception or a marker above.
        for (int k = index - 1; k >= Math.max(0, index - 3); k--) {
            String above = lines[k].strip();
            if (above.equals(MARKER)) {
                return true;
            }
            if (above.endsWith(";") || above.endsWith("{") || above.endsWith("}")) {
                break;
            }
            if (DEVELOPER_LINE.matcher(above).matches()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code literal} (as written in source, escapes and all) reads as words for a rep. */
    static boolean isProse(String literal) {
        String text = literal.replace("\\n", " ").replace("\\t", " ").replace("\\\"", "\"");
        if (ACCELERATOR.matcher(text.strip()).matches()) {
            return false; // a key combination as JavaFX parses it ("Shortcut+Shift+R"), not words
        }
        if (text.strip().startsWith("repdesk ") || text.strip().equals("repdesk help")) {
            return false; // a usage synopsis: command words, options and placeholders, the same in every language
        }
        if (KEY.matcher(text).matches() || SQL.matcher(text).matches() || CSS.matcher(text).matches()
                || FORMAT.matcher(text).matches() || (PATH.matcher(text).matches() && !text.contains("<"))) {
            return false;
        }
        // Markup, whole or cut at a value's edge ("<img class=\"chart\" alt=\""), is not words.
        String words = TAG.matcher(text.replaceAll("[\\w:-]+=\"[^\"]*\"?", " ")).replaceAll(" ")
                .replaceAll("<[!/]?[\\w:-]*|/?>", " "); // names with a namespace too (OOXML's w:document)
        for (String name : NAMES) {
            words = words.replace(name, " ");
        }
        words = SPECIFIER.matcher(words).replaceAll(" ").replaceAll("\\{[^}]*}", " ").replaceAll("--?[a-z][\\w-]*", " ").strip();
        return TWO_WORDS.matcher(words).find() || CAPITALISED.matcher(words).find();
    }

    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), i + 1);
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
