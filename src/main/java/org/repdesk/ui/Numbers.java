package org.repdesk.ui;

import java.util.Locale;
import org.repdesk.i18n.Messages;

/** Reading numbers typed in forms: blank is "not given", anything unreadable is a problem, never 0. */
public final class Numbers {

    private Numbers() {
    }

    /** A parsed number, or null for blank text. */
    public static Double decimal(String text) throws NumberFormatException {
        if (text == null || text.isBlank()) {
            return null;
        }
        double d = Double.parseDouble(text.strip().replace(",", ""));
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NumberFormatException(text);
        }
        return d;
    }

    static Integer whole(String text) throws NumberFormatException {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    /** A problem message when the text is not blank and not a number, else null. */
    public static String problem(String field, String text, boolean wholeNumber) {
        try {
            if (wholeNumber) {
                whole(text);
            } else {
                decimal(text);
            }
            return null;
        } catch (NumberFormatException e) {
            return Messages.text(wholeNumber ? "screens.number.notWhole" : "screens.number.notNumber", field);
        }
    }

    public static String show(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.UK, "%.1f", d);
    }
}
