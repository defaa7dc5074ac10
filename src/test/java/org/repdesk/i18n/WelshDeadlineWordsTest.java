package org.repdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The glossary's words for a deadline and a case's closing date, held in the Welsh bundle: a deadline
 * is "terfyn amser" everywhere, and "dyddiad cau" (which a Welsh reader may also take for a deadline)
 * is said only of the day a case closed.
 */
class WelshDeadlineWordsTest {

    /** The command line's own words, typed as they are in either language ("export deadlines"). */
    private static final Set<String> COMMAND_WORDS = Set.of("cli.what.export", "cli.export.unknown");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WelshDeadlineWordsTest.class.getResourceAsStream("/org/repdesk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aDeadlineIsTerfynAmserInEveryWelshMessage() throws IOException {
        Properties en = bundle("messages.properties");
        Properties cy = bundle("messages_cy.properties");
        List<String> otherwise = new ArrayList<>();
        // "terfyn" as a word before it mutates it too: "a'i derfynau", "a therfynau", "fy nherfyn".
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).toLowerCase(Locale.ROOT).contains("deadline") && !COMMAND_WORDS.contains(key)
                    && !cy.getProperty(key, "").toLowerCase(Locale.ROOT).matches("(?s).*\\b(t|d|th|nh)erfyn.*")) {
                otherwise.add(key + "=" + cy.getProperty(key));
            }
        }
        assertEquals(List.of(), otherwise);
    }

    @Test
    void dyddiadCauIsSaidOnlyOfTheDayACaseClosed() throws IOException {
        Properties en = bundle("messages.properties");
        Properties cy = bundle("messages_cy.properties");
        List<String> otherwise = new ArrayList<>();
        for (String key : cy.stringPropertyNames()) {
            String english = en.getProperty(key, "").toLowerCase(Locale.ROOT);
            if (cy.getProperty(key).toLowerCase(Locale.ROOT).matches("(?s).*\\b(d|dd|n)yddiad(au)? cau.*")
                    && !english.contains("closed on") && !english.contains("closing date")) {
                otherwise.add(key + "=" + cy.getProperty(key));
            }
        }
        assertEquals(List.of(), otherwise);
    }
}
