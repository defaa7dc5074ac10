package org.repdesk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as reps write them: 23/11/2026, and months as "Nov 2026". */
public final class Dates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String uk(LocalDate d) {
        return d == null ? "" : UK.format(d);
    }

    public static String longForm(LocalDate d) {
        return d == null ? "" : LONG.format(d);
    }

    public static String month(YearMonth m) {
        return MONTH.format(m);
    }
}
