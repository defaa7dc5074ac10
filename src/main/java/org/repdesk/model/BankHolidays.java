package org.repdesk.model;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Bank holidays of England and Wales, from jollyday's offline calendar (including one-off days). */
public final class BankHolidays {

    private static final BankHolidays ENGLAND_AND_WALES = new BankHolidays();

    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();
    private volatile HolidayManager manager;

    private BankHolidays() {
    }

    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isBankHoliday(LocalDate date) {
        return byYear.computeIfAbsent(date.getYear(), this::load).contains(date);
    }

    public Set<LocalDate> inYear(int year) {
        return byYear.computeIfAbsent(year, this::load);
    }

    private Set<LocalDate> load(int year) {
        // "eng" is England; jollyday keeps Wales identical ("England and Wales are always the same").
        return manager().getHolidays(year, "eng").stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }

    private HolidayManager manager() {
        HolidayManager m = manager;
        if (m == null) {
            synchronized (this) {
                if (manager == null) {
                    manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
                }
                m = manager;
            }
        }
        return m;
    }
}
