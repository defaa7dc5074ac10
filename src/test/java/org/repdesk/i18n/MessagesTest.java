package org.repdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundles' consistency, as JabRef's LocalizationConsistencyTest checks its own. */
class MessagesTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_.-]*)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndWelshHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_cy.properties").stringPropertyNames()));
    }

    @Test
    void everyPatternParsesInItsLanguage() throws IOException {
        for (var entry : List.of(new Object[] {"messages.properties", Messages.ENGLISH},
                new Object[] {"messages_cy.properties", Messages.WELSH})) {
            Properties p = load((String) entry[0]);
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key), (Locale) entry[1]); // throws on a broken pattern
            }
        }
    }

    @Test
    void welshCountsUseWelshPluralForms() {
        // ICU's Welsh rules: 0 zero, 1 one, 2 two, 3 few, 6 many, the rest other.
        MessageFormat f = new MessageFormat("{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}", Messages.WELSH);
        StringBuilder seen = new StringBuilder();
        for (int n : new int[] {0, 1, 2, 3, 6, 7}) {
            seen.append(f.format(java.util.Map.of("n", n)));
        }
        assertEquals("zotfmx", seen.toString());
    }

    @Test
    void theLanguageFollowsCodesAndTheSystem() {
        assertEquals(Messages.WELSH, Messages.forCode("cy"));
        assertEquals(Messages.ENGLISH, Messages.forCode("EN"));
        assertEquals(null, Messages.forCode("fr"));
        assertEquals(Messages.WELSH, Messages.fromSystem(Locale.forLanguageTag("cy-GB")));
        assertEquals(Messages.ENGLISH, Messages.fromSystem(Locale.FRANCE));
    }

    @Test
    void everyKeyIsUsedInTheCode() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(load("messages.properties").stringPropertyNames())) {
            // A key is used when it is written out, or built from a written prefix ("absence.reason." + name()).
            boolean used = literals.stream().anyMatch(l -> l.equals(key) || (l.endsWith(".") && key.startsWith(l)));
            if (!used) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys no code uses: " + unused);
    }
}
