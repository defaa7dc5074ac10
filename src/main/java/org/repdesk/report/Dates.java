package org.repdesk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as reps write them: 23/11/2026, and months as "Nov 2026"; in Welsh "5 Rhagfyr 2026" and
 * "Rhag 2026". The day-month-year numbers read the same in both languages.
 */
public final class Dates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    // not for reps
    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    // not for reps
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    // Welsh month names as the JDK's CLDR data has them (Ionawr … Rhagfyr; DatesTest compares); the
    // short forms as Welsh Government documents abbreviate them (Chwef, Gorff), not CLDR's Chw, Gor.
    // not for reps
    private static final String[] WELSH_MONTHS = {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
        "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"};
    // not for reps
    private static final String[] WELSH_SHORT_MONTHS = {"Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst",
        "Medi", "Hyd", "Tach", "Rhag"};

    private Dates() {
    }

    // By hand for four-digit years: the dashboard writes dates before its first frame, and the first
    // use of DateTimeFormatter (its locale data) took 20 ms of the FX thread there (issue 6).
    public static String uk(LocalDate d) {
        if (d == null) {
            return "";
        }
        if (!fourDigitYear(d)) {
            return UK.format(d);
        }
        return new StringBuilder(10).append(twoDigits(d.getDayOfMonth())).append('/')
                .append(twoDigits(d.getMonthValue())).append('/').append(d.getYear()).toString();
    }

    private static boolean fourDigitYear(LocalDate d) {
        return d.getYear() >= 1000 && d.getYear() <= 9999;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    public static String longForm(LocalDate d) {
        if (d == null) {
            return "";
        }
        return fourDigitYear(d) ? d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear()
                : LONG.format(d);
    }

    /** "5 December 2026", or "5 Rhagfyr 2026" in Welsh. */
    public static String longForm(Locale language, LocalDate d) {
        if (!welsh(language) || d == null || !fourDigitYear(d)) {
            return longForm(d);
        }
        return d.getDayOfMonth() + " " + WELSH_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "Dec 2026", or "Rhag 2026" in Welsh. */
    public static String month(Locale language, YearMonth m) {
        return welsh(language) ? WELSH_SHORT_MONTHS[m.getMonthValue() - 1] + " " + m.getYear() : month(m);
    }

    private static boolean welsh(Locale language) {
        return "cy".equals(language.getLanguage());
    }

    /**
     * "Sep 2026": a fixed three-letter month, not the JDK's locale data, whose en-GB short form is
     * "Sept" beside "Aug" (CLDR) and differs between JDK versions.
     */
    public static String month(YearMonth m) {
        return SHORT_MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
    }
}
