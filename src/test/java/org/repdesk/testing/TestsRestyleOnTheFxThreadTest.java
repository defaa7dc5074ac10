package org.repdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test changes the look of the windows (theme, text size) on the FX thread only: in its {@code @Start}
 * or inside {@code robot.interact(..)} / {@code Platform.runLater(..)}. From the test thread (an
 * {@code @AfterEach} putting the default size back) it restyled the shared, shown stage while the FX
 * thread laid it out, and a full run failed once with a ConcurrentModificationException in JavaFX's
 * CssStyleHelper.resetToInitialValues (thirteenth session; ~1 in 50 repetitions of TextSizeReachesPopupsTest).
 */
class TestsRestyleOnTheFxThreadTest {

    private static final String CALL = "Styling." + "use("; // spelt in two so this file does not find itself
    /** Calls whose argument runs on the FX thread. */
    private static final Set<String> ON_FX = Set.of("interact", "runLater", "asyncFx", "onFx");
    /** A method's first line, at a class's member indent, ending with its opening brace. */
    private static final Pattern METHOD = Pattern.compile("(?m)^    (?!return|new )\\w[\\w<>\\[\\], ?.]* \\w+\\([^;{]*\\)[^;{]*\\{\\s*$");

    @Test
    void everyTestRestylesTheWindowsOnTheFxThread() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                for (int at = text.indexOf(CALL); at >= 0; at = text.indexOf(CALL, at + 1)) {
                    if (!onFxThread(text, at)) {
                        found.add(file + ":" + (text.substring(0, at).split("\n", -1).length));
                    }
                }
            }
        }
        assertEquals(List.of(), found, "call Styling.use in @Start or inside robot.interact(() -> ...)");
    }

    @Test
    void theCheckTellsAnAfterEachOnTheTestThreadFromOneThatInteracts() {
        String wrong = """
                    @AfterEach
                    void back() {
                        STYLE(LIGHT, 14);
                    }
                """.replace("STYLE(", CALL);
        String right = """
                    @AfterEach
                    void back(FxRobot robot) {
                        robot.interact(() -> STYLE(LIGHT, 14));
                    }
                """.replace("STYLE(", CALL);
        String start = """
                    @Start
                    void start(Stage stage) {
                        STYLE(LIGHT, 20);
                    }
                """.replace("STYLE(", CALL);
        assertEquals(List.of(false, true, true), List.of(onFxThread(wrong, wrong.indexOf(CALL)),
                onFxThread(right, right.indexOf(CALL)), onFxThread(start, start.indexOf(CALL))));
    }

    /** True when the call at {@code at} is in a {@code @Start} method or inside an open FX-thread call. */
    static boolean onFxThread(String text, int at) {
        int header = -1;
        Matcher m = METHOD.matcher(text);
        while (m.find() && m.start() < at) {
            header = m.start();
        }
        if (header < 0) {
            return false;
        }
        if (annotations(text, header).contains("@Start")) {
            return true;
        }
        Deque<String> open = new ArrayDeque<>();
        int body = text.indexOf('{', header) + 1;
        for (int i = body; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i);
            } else if (c == '/' && text.startsWith("//", i)) {
                i = text.indexOf('\n', i);
            } else if (c == '(') {
                open.push(nameBefore(text, i));
            } else if (c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.stream().anyMatch(ON_FX::contains);
    }

    private static String annotations(String text, int header) {
        StringBuilder found = new StringBuilder();
        String[] before = text.substring(0, header).split("\n");
        for (int i = before.length - 1; i >= 0 && before[i].trim().startsWith("@"); i--) {
            found.append(before[i].trim()).append(' ');
        }
        return found.toString();
    }

    private static String nameBefore(String text, int paren) {
        int end = paren;
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static int endOfLiteral(String text, int quote) {
        char q = text.charAt(quote);
        if (q == '"' && text.startsWith("\"\"\"", quote)) {
            return text.indexOf("\"\"\"", quote + 3) + 2;
        }
        for (int i = quote + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == q) {
                return i;
            }
        }
        return text.length();
    }
}
