package org.repdesk.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a rep reads them in a document or on a screen: digits grouped in threes ("23,875", not
 * "23875"), as {@link Messages} writes a number given to a pattern's {@code {0}}. English and Welsh write
 * numbers alike (ICU and Java's CLDR data both give "23,875" and "1,234.5" for {@code cy}): the language
 * argument says which document's words the number stands in. Not for exports: CSV, XLSX and JSON keep
 * plain digits that a spreadsheet or program reads as a number.
 */
public final class Figures {

    private Figures() {
    }

    /** A whole number in the language the app speaks now: "23,875". */
    public static String whole(long n) {
        return whole(Messages.language(), n);
    }

    /** A whole number in {@code language}: "23,875" ("23,875" in Welsh too). */
    public static String whole(Locale language, long n) {
        StringBuilder out = new StringBuilder(16);
        String digits = Long.toString(n);
        if (n < 0) {
            out.append('-');
            digits = digits.substring(1);
        }
        grouped(digits, out);
        return out.toString();
    }

    /** A number with at most two decimal places and none when whole: "2,400", "37.5", "1,523.25". */
    public static String number(Locale language, double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return whole(language, (long) d);
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DIGITS)).format(d);
    }

    /** A number with one decimal place, as percentages of capacity are shown: "101.2", "1,250.0". */
    public static String oneDecimal(Locale language, double d) {
        return String.format(DIGITS, "%,.1f", d);
    }

    /**
     * The digits' symbols for every language: British English's, for Welsh too; any other language is
     * English, as in {@link Messages#text(Locale, String, Object...)}.
     */
    private static final Locale DIGITS = Locale.UK;

    /** Appends {@code digits} (no sign) with a comma before each group of three from the right. */
    static void grouped(String digits, StringBuilder out) {
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
    }
}
