package org.repdesk.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the searches compare it: accents and letters with a stroke folded to their plain letter,
 * case ignored, so "Sian" finds "Siân" and "lukasz" finds "Łukasz". The same folding as the data
 * file's full-text search (SQLite's unicode61 remove_diacritics 2, PostgreSQL's unaccent), for the
 * lists searched in memory (members, the member picker).
 */
public final class SearchFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchFolding() {
    }

    /** {@code text} folded: no accents, strokes undone, lower case; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        // Letters with a stroke have no accent for NFD to split off (unaccent maps them, so do we).
        String unstroked = text.replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o')
                .replace('Đ', 'D').replace('đ', 'd').replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae");
        String plain = MARKS.matcher(Normalizer.normalize(unstroked, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }

    /** True when {@code haystack}, folded, holds {@code needle}, folded (a blank needle matches all). */
    public static boolean contains(String haystack, String needle) {
        if (needle == null || needle.isBlank()) {
            return true;
        }
        return haystack != null && fold(haystack).contains(fold(needle.strip()));
    }
}
