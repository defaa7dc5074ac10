package org.repdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The small formatter writes the same words as ICU's MessageFormat wherever it takes a pattern:
 * every key of both bundles, with counts that fall in each English and Welsh plural category, large
 * counts with digit groups, and names.
 */
class PlainFormatTest {

    private static final Object[] SAMPLES = {0, 1, 2, 3, 6, 7, 1000, 20000, 1234567L, 11, (short) 5, "Ann Jones", "2024-0002"};
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*[,}]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyOfBothBundlesReadsAsIcuWritesItWhereverTheSmallFormatterTakesIt() throws IOException {
        int taken = 0;
        int keys = 0;
        int compared = 0;
        Set<String> left = new TreeSet<>();
        for (Locale language : List.of(Messages.ENGLISH, Messages.WELSH)) {
            Properties bundle = load(language == Messages.WELSH ? "messages_cy.properties" : "messages.properties");
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                keys++;
                PlainFormat plain = PlainFormat.of(pattern, language);
                if (plain == null) {
                    left.add(key);
                    continue;
                }
                taken++;
                MessageFormat icu = new MessageFormat(pattern, language);
                for (List<Object> values : argumentSets(pattern)) {
                    String mine = format(plain, pattern, values);
                    if (mine == null) {
                        continue; // an argument it leaves to ICU (a name where a count goes)
                    }
                    compared++;
                    assertEquals(format(icu, pattern, values), mine, language + " " + key + " with " + values);
                }
            }
        }
        // The status line's counts, in the first frame, must not need ICU.
        assertNotNull(PlainFormat.of(Messages.bundle(Messages.ENGLISH).getString("shell.status.counts"), Messages.ENGLISH));
        assertNotNull(PlainFormat.of(Messages.bundle(Messages.WELSH).getString("shell.status.counts"), Messages.WELSH));
        assertTrue(taken > keys * 9 / 10, taken + " of " + keys + " taken; left to ICU: " + left);
        assertTrue(compared > keys * 5, "only " + compared + " formattings compared");
    }

    @Test
    void apostrophesBracesAndHashesAreReadAsIcuReadsThem() {
        List<String> patterns = List.of("It's {0}''s case", "'{0}' is literal, {0} is not", "a '{'b'}' c", "ends with '",
                "{0, plural, one{'#' # item} other{'#'# items, it''s {1}}}", "'#' {0}", "quoted '{to the end",
                "{0,plural,=0{none}=1{just one}one{#}other{# of {1}}}", "{ 0 , plural , one { # } other { #s } }",
                "{n, plural, one{# {n}} other{{n} and #}}", "nested {0, plural, one{one, {1, plural, one{# and one} other{# and more}}} other{# {1, plural, one{#} other{# x}}}}",
                "'' and ''''", "don't '' ' {0}", "{shown, number, integer} of {n, plural, one {# case} other {# cases}}",
                "Timeline ({n, number, integer})", "{ 0 ,number,integer }");
        for (Locale language : List.of(Messages.ENGLISH, Messages.WELSH)) {
            for (String pattern : patterns) {
                PlainFormat plain = PlainFormat.of(pattern, language);
                assertNotNull(plain, pattern);
                MessageFormat icu = new MessageFormat(pattern, language);
                for (List<Object> values : argumentSets(pattern)) {
                    String mine = format(plain, pattern, values);
                    if (mine != null) {
                        assertEquals(format(icu, pattern, values), mine, language + " " + pattern + " with " + values);
                    }
                }
            }
        }
    }

    @Test
    void whatItDoesNotTakeIsLeftToIcu() {
        for (String pattern : List.of("{0, number}", "{0, number, percent}", "{0, number, integer, x}", "{0, select, a{x} other{y}}", "{0, plural, offset:1 one{#} other{#}}",
                "{0,date}", "a } b", "{0, plural, one{#}}", "{0, plural, =1.5{#} other{#}}")) {
            assertNull(PlainFormat.of(pattern, Messages.ENGLISH), pattern);
        }
        PlainFormat counts = PlainFormat.of("{0, plural, one{# case} other{# cases}} for {1}", Messages.ENGLISH);
        assertNull(counts.format(new Object[] {1.5, "x"}), "a fraction");
        assertNull(counts.format(new Object[] {-2, "x"}), "a negative count");
        assertNull(counts.format(new Object[] {2, java.time.LocalDate.of(2026, 12, 6)}), "a date");
        assertNull(counts.format(new Object[] {2}), "a missing argument");
        assertEquals("20,000 cases for Ann", counts.format(new Object[] {20000, "Ann"}));
        PlainFormat whole = PlainFormat.of("{0, number, integer} shown", Messages.ENGLISH);
        assertEquals("1,234 shown", whole.format(new Object[] {1234}));
        assertNull(whole.format(new Object[] {2.5}), "a fraction: ICU rounds it");
        assertNull(whole.format(new Object[] {-3}), "a negative number: ICU signs it");
        assertEquals(List.of("zero", "one", "two", "few", "other", "other", "many", "other"),
                List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L).stream().map(PlainFormat::welshCategory).toList(), "Welsh plurals");
    }

    @Test
    void messagesGivesTheSameWordsWithoutIcuWhereItCan() {
        assertEquals("20,000 members · 1 case · ", Messages.text(Messages.ENGLISH, "shell.status.counts", 20000, 1, ""));
        assertEquals(new MessageFormat(Messages.bundle(Messages.WELSH).getString("shell.status.counts"), Messages.WELSH)
                .format(new Object[] {3, 6, "x"}), Messages.text(Messages.WELSH, "shell.status.counts", 3, 6, "x"));
    }

    /** The pattern's arguments, each given every sample in turn, shifted so that they differ, and names in turn. */
    private static List<List<Object>> argumentSets(String pattern) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        int count = names.isEmpty() ? 0 : names.stream().allMatch(n -> n.matches("\\d+"))
                ? names.stream().mapToInt(Integer::parseInt).max().getAsInt() + 1 : names.size();
        List<List<Object>> sets = new ArrayList<>();
        for (int shift = 0; shift < SAMPLES.length; shift++) {
            for (int step = 0; step < 3; step++) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    values.add(SAMPLES[(shift + i * step) % SAMPLES.length]);
                }
                sets.add(values);
            }
        }
        return sets;
    }

    private static boolean named(String pattern) {
        Matcher m = ARGUMENT.matcher(pattern);
        return m.find() && !m.group(1).matches("\\d+");
    }

    private static Map<String, Object> byName(String pattern, List<Object> values) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        int i = 0;
        for (String name : names) {
            map.put(name, values.get(i++));
        }
        return map;
    }

    private static String format(PlainFormat plain, String pattern, List<Object> values) {
        return named(pattern) ? plain.format(byName(pattern, values)) : plain.format(values.toArray());
    }

    private static String format(MessageFormat icu, String pattern, List<Object> values) {
        return named(pattern) ? icu.format(byName(pattern, values)) : icu.format(values.toArray());
    }
}
