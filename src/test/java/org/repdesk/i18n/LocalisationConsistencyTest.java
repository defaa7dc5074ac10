package org.repdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JabRef's LocalizationConsistencyTest, for RepDesk: every key the code asks for is in the bundles,
 * and no words for reps are left as literals in the command line, the documents, the services, the
 * screens, the model's and the store's messages, or the app's start. MessagesTest checks the bundles against each other (same keys, every key used).
 *
 * <p>The screens' words are still being moved: the files that may still hold literals are listed in
 * {@code src/test/resources/i18n/literals-allowed.txt}. The list only shrinks: a file not on it that
 * holds a literal fails, and so does a file on it that no longer holds any (take it off the list).
 */
class LocalisationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** Everything whose words reach a rep, the app's start too. */
    private static final List<String> SCANNED = List.of("org/repdesk/cli", "org/repdesk/report", "org/repdesk/service",
            "org/repdesk/ui", "org/repdesk/App.java", "org/repdesk/Main.java");
    /**
     * The model's and the store's words that reach a rep: the messages they raise (a store refusal
     * the screens and the command line show, a casebook address the CLI and the login dialog refuse).
     * Their other literals are SQL, and the English labels closed sets keep for CSV (label.* keys word them).
     */
    private static final List<String> RAISING = List.of("org/repdesk/model", "org/repdesk/store");
    private static final java.util.regex.Pattern RAISED = java.util.regex.Pattern.compile(
            "new (StoreException|ValidationException|IllegalArgumentException)\\(\\s*(StoreException\\.Kind\\.\\w+\\s*,\\s*)?\"");
    /** Where the code names a key: Messages.text("k"…), Messages.text(language, "k"…), the documents' t(l, "k"), Phrase.of("k"…). */
    private static final Pattern ASKED = Pattern.compile(
            "(?:Messages\\.text|Phrase\\.of|\\bt|\\bsay)\\(\\s*(?:[A-Za-z_][\\w.]*\\s*,\\s*)?\"([a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    private static Properties english() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundles() throws IOException {
        Properties bundle = english();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                Matcher m = ASKED.matcher(Files.readString(f));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(SOURCES.relativize(f) + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys asked for but in no bundle: " + missing);
    }

    @Test
    void everyEnumLabelKeyNamesAValueThatExists() throws Exception {
        // label.<type>.<CONSTANT> is built from the enum (Labelled.label(Locale)), so no literal names it.
        List<String> stray = new ArrayList<>();
        for (String key : english().stringPropertyNames()) {
            if (key.startsWith("label.")) {
                String[] parts = key.split("\\.");
                String type = "org.repdesk.model." + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
                Class<?> c = Class.forName(type);
                if (Stream.of(c.getEnumConstants()).map(v -> ((Enum<?>) v).name()).noneMatch(parts[2]::equals)) {
                    stray.add(key);
                }
            }
        }
        assertTrue(stray.isEmpty(), "label keys for no enum value: " + stray);
    }

    @Test
    void noWordsForRepsAreLeftInTheCodeBeyondTheShrinkingList() throws IOException {
        TreeMap<String, List<ProseLiterals.Found>> byFile = new TreeMap<>();
        for (String scope : SCANNED) {
            for (ProseLiterals.Found f : ProseLiterals.in(SOURCES.resolve(scope))) {
                byFile.computeIfAbsent(SOURCES.relativize(f.file()).toString().replace('\\', '/'), k -> new ArrayList<>())
                        .add(f);
            }
        }
        Set<String> allowed = allowed();
        List<String> notAllowed = new ArrayList<>();
        byFile.forEach((file, found) -> {
            if (!allowed.contains(file)) {
                found.forEach(f -> notAllowed.add(f.toString()));
            }
        });
        assertTrue(notAllowed.isEmpty(), "words for reps written in the code: move them to the bundles (or mark a line "
                + ProseLiterals.MARKER + " when it is not for reps):\n" + String.join("\n", notAllowed));
        List<String> done = allowed.stream().filter(file -> !byFile.containsKey(file)).toList();
        assertTrue(done.isEmpty(), "these files hold no literal for reps any more: take them off "
                + "src/test/resources/i18n/literals-allowed.txt: " + done);
    }

    @Test
    void theModelsAndTheStoresMessagesToARepAreInTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (String scope : RAISING) {
            for (ProseLiterals.Found f : ProseLiterals.raised(SOURCES.resolve(scope), RAISED)) {
                found.add(f.toString());
            }
        }
        assertTrue(found.isEmpty(), "messages a rep reads, written in the model or the store: move them to the bundles"
                + " (or mark a line " + ProseLiterals.MARKER + " when a developer reads it):\n" + String.join("\n", found));
    }

    @Test
    void aMessageRaisedWithWordsIsFoundAndOneFromTheBundlesIsNot() {
        String source = String.join("\n",
                "class S {",
                "  void s() {",
                "    throw new StoreException(StoreException.Kind.BUSY, \"The case was being saved elsewhere\");",
                "    throw new StoreException(StoreException.Kind.BUSY, Messages.text(\"store.caseBusy\"));",
                "    throw new IllegalArgumentException(\"The casebook address names no server\");",
                "    throw new IllegalArgumentException(\"unknown column \" + c); " + ProseLiterals.MARKER,
                "    String sql = \"SELECT id FROM member WHERE name = ?\";",
                "  }",
                "}");
        List<ProseLiterals.Found> found = ProseLiterals.raisedIn(Path.of("S.java"), source, RAISED);
        assertEquals(List.of(3, 5), found.stream().map(ProseLiterals.Found::line).toList(), found.toString());
    }

    private static Set<String> allowed() throws IOException {
        Set<String> files = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/i18n/literals-allowed.txt"))) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                files.add(path);
            }
        }
        return files;
    }

    @Test
    void proseIsToldFromCode() {
        for (String prose : List.of("Wrote the summary", "Members", "no such file: ", "<h3>Timeline</h3>",
                " is given twice", "Case summary ", "Delete the cases first", "Set your name", "Release the data",
                " where workload is a factor (yes or disputed)", "Brought in from ", "with values (as typed)")) {
            assertTrue(ProseLiterals.isProse(prose), prose);
        }
        for (String code : List.of("casebook.login.title", "SELECT id FROM member WHERE number = ?", "brief-html",
                "#case-list", "-fx-font-size: 12px;", "dd/MM/yyyy", "%.1f%%", "messages.properties", "fonts/DejaVuSans.ttf",
                "pdf", "PDF", "UTF-8", "<td class=\\\"num\\\">", "</th></tr>\\n", "<img class=\\\"chart\\\" alt=\\\"",
                "repdesk [--db FILE] check", "RepDesk", "--plain-text", "{n}", "DELETE FROM case_file WHERE id = ?",
                " WHERE member_id = ? ORDER BY opened_on", "UPDATE member SET name = ?, version = version + 1")) {
            assertFalse(ProseLiterals.isProse(code), code);
        }
    }

    @Test
    void loggingDevelopersExceptionsAndMarkedLinesAreNotForReps() {
        String source = String.join("\n",
                "class A {",
                "  void a() {",
                "    LOG.log(Level.FINE, \"command failed for a reason\", e);",
                "    throw new IllegalStateException(\"missing bundled font here\");",
                "    String s = \"Ionawr\"; " + ProseLiterals.MARKER,
                "    " + ProseLiterals.MARKER,
                "    String[] m = {\"Chwefror\",",
                "        \"Mawrth\"};",
                "    out.println(\"Wrote the file\");",
                "  }",
                "}");
        List<ProseLiterals.Found> found = ProseLiterals.inFile(Path.of("A.java"), source);
        assertEquals(1, found.size(), found.toString());
        assertEquals(9, found.get(0).line());
    }
}
