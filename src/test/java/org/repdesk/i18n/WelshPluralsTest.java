package org.repdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Welsh counts read right for 0, 1, 2, 3, 6 and 7: ICU's rules for cy put them in zero, one, two,
 * few, many and other, and every Welsh plural in the bundle gives all six forms (a missing one
 * falls back to "other", which for "dau gofnod" and "tri chofnod" reads wrong).
 */
class WelshPluralsTest {

    private static final int[] COUNTS = {0, 1, 2, 3, 6, 7};

    @Test
    void icuPutsTheCountsInTheSixWelshCategories() {
        PluralRules welsh = PluralRules.forLocale(ULocale.forLocale(Messages.WELSH));
        List<String> seen = new ArrayList<>();
        for (int n : COUNTS) {
            seen.add(welsh.select(n));
        }
        assertEquals(List.of("zero", "one", "two", "few", "many", "other"), seen);
    }

    @Test
    void everyWelshPluralGivesAllSixForms() throws IOException {
        Properties cy = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_cy.properties")) {
            cy.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern plural = Pattern.compile(",\\s*plural\\s*,");
        List<String> short_ = new ArrayList<>();
        for (String key : cy.stringPropertyNames()) {
            String pattern = cy.getProperty(key);
            Matcher m = plural.matcher(pattern);
            while (m.find()) {
                String rest = pattern.substring(m.end());
                for (String form : List.of("zero", "one", "two", "few", "many", "other")) {
                    if (!Pattern.compile("^[^}]*?\\b" + form + "\\s*\\{|[}]\\s*" + form + "\\s*\\{").matcher(rest).find()) {
                        short_.add(key + " lacks " + form);
                        break;
                    }
                }
            }
        }
        assertTrue(short_.isEmpty(), "Welsh plurals without all six forms: " + short_);
    }

    @Test
    void theDocumentsCountsReadRightInWelshForEachCategory() {
        List<String> olderEntries = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int n : new int[] {1, 2, 3, 6, 7}) {
            olderEntries.add(Messages.text(Messages.WELSH, "doc.timeline.older", Map.of("n", n)));
            summaries.add(Messages.text(Messages.WELSH, "doc.summary.titleMany", Map.of("n", n)));
        }
        assertEquals(List.of(
                "Nid yw 1 cofnod hŷn wedi'i argraffu; mae yn RepDesk.",
                "Nid yw 2 gofnod hŷn wedi'u hargraffu; maen nhw yn RepDesk.",
                "Nid yw 3 chofnod hŷn wedi'u hargraffu; maen nhw yn RepDesk.",
                "Nid yw 6 chofnod hŷn wedi'u hargraffu; maen nhw yn RepDesk.",
                "Nid yw 7 cofnod hŷn wedi'u hargraffu; maen nhw yn RepDesk."), olderEntries);
        assertEquals("Crynodebau achos: 0 achos", Messages.text(Messages.WELSH, "doc.summary.titleMany", Map.of("n", 0)));
        assertEquals(List.of("Crynodebau achos: 1 achos", "Crynodebau achos: 2 achos", "Crynodebau achos: 3 achos",
                "Crynodebau achos: 6 achos", "Crynodebau achos: 7 achos"), summaries);
        assertEquals("Case summaries: 2 cases", Messages.text(Messages.ENGLISH, "doc.summary.titleMany", Map.of("n", 2)));
        assertEquals("Case summaries: 1 case", Messages.text(Messages.ENGLISH, "doc.summary.titleMany", Map.of("n", 1)));
    }
}
