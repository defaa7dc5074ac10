package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates written by hand read exactly as the formatters wrote them, on every day, and outside four-digit years. */
class DatesTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Test
    void everyDayOfTwoCenturiesReadsAsTheFormattersWroteIt() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
            assertEquals(UK.format(d), Dates.uk(d));
            assertEquals(LONG.format(d), Dates.longForm(d));
        }
    }

    @Test
    void unusualYearsAndNoDate() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDate.of(10000, 1, 1), LocalDate.of(1, 2, 3)}) {
            assertEquals(UK.format(d), Dates.uk(d));
            assertEquals(LONG.format(d), Dates.longForm(d));
        }
        assertEquals("", Dates.uk(null));
        assertEquals("", Dates.longForm(null));
        assertEquals("26 November 2026", Dates.longForm(LocalDate.of(2026, 11, 26)));
        assertEquals("05/03/2026", Dates.uk(LocalDate.of(2026, 3, 5)));
    }
}
