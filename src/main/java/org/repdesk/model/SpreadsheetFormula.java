package org.repdesk.model;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet would run as a formula. OWASP's CSV-injection guidance: a cell starting
 * with {@code = + - @}, a tab or a carriage return may be evaluated by Excel or Calc (a live
 * {@code =HYPERLINK(..)}, a computed {@code =1+1}), so every CSV RepDesk writes puts a single quote
 * in front of such a cell, which spreadsheets show as text. RepDesk itself keeps what was typed.
 */
public final class SpreadsheetFormula {

    /**
     * The characters OWASP lists as starting a formula in some spreadsheet (also the cases export's
     * SQL guard, which SQLite applies as it builds each line).
     */
    public static final String TRIGGERS = "=+-@\t\r";
    /**
     * Worth a word to the rep: = or @ first, or + or - followed by anything but what a phone number,
     * a number or a plain hyphenated word holds ("+44 7700 900123" and "-Smith" are not flagged, "-1+1" is).
     */
    private static final Pattern LOOKS_LIKE_ONE = Pattern.compile("[=@\\t\\r].*|[+\\-].*[=+\\-*/^&(@].*",
            Pattern.DOTALL);
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9 ()\\-]*");

    private SpreadsheetFormula() {
    }

    /** True when a spreadsheet could run {@code text} as a formula: the CSV export neutralises it. */
    public static boolean couldRun(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /** True when {@code text} looks as if it was meant, or planted, as a formula: worth flagging to the rep. */
    public static boolean looksLikeOne(String text) {
        // Most text starts with none of the six characters: said so without a Matcher (an import checks 200,000 rows).
        return text != null && !text.isEmpty() && "=@\t\r+-".indexOf(text.charAt(0)) >= 0
                && LOOKS_LIKE_ONE.matcher(text).matches() && !PHONE_LIKE.matcher(text).matches();
    }

    /** The text as a CSV cell: a leading single quote before a formula's first character, as OWASP advises. */
    public static String neutralised(String text) {
        return couldRun(text) ? "'" + text : text;
    }

    /** Undoes {@link #neutralised}: a CSV RepDesk wrote imports back as it was. */
    public static String restored(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && couldRun(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
