package org.repdesk.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working-day arithmetic for time limits: weekends and bank holidays of England and Wales are skipped. */
public final class WorkingDays {

    private final BankHolidays holidays;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public static WorkingDays englandAndWales() {
        return new WorkingDays(BankHolidays.englandAndWales());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isBankHoliday(date);
    }

    /**
     * The date {@code n} working days after {@code start}: the start day itself does not count, so
     * "5 working days after Friday 19 December 2025" is Tuesday 30 December 2025.
     */
    public LocalDate after(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days cannot be negative."); // not for reps: a caller's mistake
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
