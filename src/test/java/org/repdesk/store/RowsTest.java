package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {

    @Test
    void theHandReadDateAgreesWithLocalDateParseOnEveryDayOfTwoCenturies() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
            assertEquals(d, Rows.isoDate(d.toString()));
        }
    }

    @Test
    void aDateThatIsNotADayFailsAsLocalDateParseDoes() {
        for (String bad : List.of("2026-02-29", "2024-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01",
                "2026/04/01", "20x6-04-01", "", "2026-04-01T10:00", "+2026-04-1")) {
            assertThrows(DateTimeException.class, () -> Rows.isoDate(bad), bad);
            assertThrows(DateTimeException.class, () -> LocalDate.parse(bad), bad);
        }
        assertEquals(LocalDate.of(2024, 2, 29), Rows.isoDate("2024-02-29"));
    }
}
