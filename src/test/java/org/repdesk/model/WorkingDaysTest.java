package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Working days in England and Wales: weekends and bank holidays (as gov.uk lists them) are skipped. */
class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.englandAndWales();
    private final BankHolidays holidays = BankHolidays.englandAndWales();

    private static Set<LocalDate> dates(String... iso) {
        return Arrays.stream(iso).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The gov.uk list for England and Wales, year by year, including substitute days and one-off days. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2020|2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
        "2021|2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
        "2022|2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27",
        "2023|2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26",
        "2024|2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
        "2025|2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
        "2026|2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
        "2027|2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28",
    })
    void bankHolidaysOfEnglandAndWalesAreExactlyTheGovUkList(int year, String expected) {
        Set<LocalDate> working = new TreeSet<>(holidays.inYear(year));
        assertEquals(dates(expected.split(" ")), working);
    }

    @Test
    void theQueensStateFuneralAndTheCoronationWereBankHolidays() {
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2022, 9, 19)));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2023, 5, 8)));
    }

    @Test
    void whenVeDayMovedTheEarlyMayBankHolidayTheMondayWasAWorkingDay() {
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2020, 5, 4)));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2020, 5, 8)));
    }

    @Test
    void scottishAndNorthernIrishHolidaysAreWorkingDaysInEnglandAndWales() {
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 1, 2)), "2 January (Scotland)");
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 3, 17)), "St Patrick's Day (Northern Ireland)");
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 8, 3)), "first Monday of August (Scotland)");
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 11, 30)), "St Andrew's Day (Scotland)");
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 11, 21)));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 11, 22)));
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void deadlineFiveWorkingDaysAfterFridayBeforeChristmasSkipsBankHolidays() {
        // Fri 18 Dec 2026: Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 Christmas, weekend, Mon 28 Boxing Day substitute), Tue 29
        assertEquals(LocalDate.of(2026, 12, 29), workingDays.after(LocalDate.of(2026, 12, 18), 5));
        // Fri 19 Dec 2025: Mon 22, Tue 23, Wed 24, (Thu 25, Fri 26, weekend), Mon 29, Tue 30
        assertEquals(LocalDate.of(2025, 12, 30), workingDays.after(LocalDate.of(2025, 12, 19), 5));
    }

    @Test
    void oneWorkingDayAfterTheThursdayBeforeEasterIsTheTuesdayAfterEasterMonday() {
        assertEquals(LocalDate.of(2026, 4, 7), workingDays.after(LocalDate.of(2026, 4, 2), 1));
    }

    @Test
    void oneWorkingDayAfterTheFridayBeforeTheStateFuneralWasTheTuesday() {
        assertEquals(LocalDate.of(2022, 9, 20), workingDays.after(LocalDate.of(2022, 9, 16), 1));
    }

    @Test
    void oneWorkingDayAfterTheFridayBeforeTheCoronationWasTheTuesday() {
        assertEquals(LocalDate.of(2023, 5, 9), workingDays.after(LocalDate.of(2023, 5, 5), 1));
    }

    @Test
    void theStartDayIsNotCounted() {
        assertEquals(LocalDate.of(2026, 11, 24), workingDays.after(LocalDate.of(2026, 11, 23), 1));
        assertEquals(LocalDate.of(2026, 11, 23), workingDays.after(LocalDate.of(2026, 11, 23), 0));
    }

    @Test
    void countingFromASaturdayStartsOnTheMonday() {
        assertEquals(LocalDate.of(2026, 11, 23), workingDays.after(LocalDate.of(2026, 11, 21), 1));
    }

    @Test
    void tenWorkingDaysInOrdinaryWeeksAreTwoCalendarWeeks() {
        assertEquals(LocalDate.of(2026, 12, 7), workingDays.after(LocalDate.of(2026, 11, 23), 10));
    }

    @Test
    void aCountOverTheTurnOfTheYearSkipsNewYearsDay() {
        // Wed 30 Dec 2026: Thu 31 (1), Fri 1 Jan holiday, weekend, Mon 4 (2), Tue 5 (3)
        assertEquals(LocalDate.of(2027, 1, 5), workingDays.after(LocalDate.of(2026, 12, 30), 3));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> workingDays.after(LocalDate.of(2026, 11, 23), -1));
        assertTrue(e.getMessage().contains("cannot be negative"));
    }
}
