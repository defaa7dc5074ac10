package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theBytesTestTakesTheDaysTheHandReadDateTakesAndNoOther() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
            assertTrue(Rows.isIsoDate(d.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII)), d.toString());
        }
        for (String bad : List.of("2026-02-29", "2024-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01",
                "2026/04/01", "20x6-04-01", "", "2026-04-01T10:00", "+2026-04-1", "2026-04-0\u0661", "2026-04-00")) {
            assertFalse(Rows.isIsoDate(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), bad);
        }
    }

    @Test
    void aStampIsWhatTheFormatterWritesForEveryMicrosecondTried() {
        java.util.Random random = new java.util.Random(21);
        List<Long> edges = List.of(0L, 1L, 999_999L, 1_000_000L, -1L, -1_000_000L, -1_000_001L,
                253_402_300_799_999_999L); // 1970, a second's last microsecond, before 1970, 9999-12-31T23:59:59.999999
        List<Long> tried = new java.util.ArrayList<>(edges);
        long from = java.time.Instant.parse("2026-12-05T23:59:58Z").getEpochSecond() * 1_000_000L;
        for (int i = 0; i < 20_000; i++) {
            tried.add(from + i * 137L); // stamps running on over a second and a day's end, as an import's do
            tried.add(random.nextLong(4_102_444_800_000_000L)); // any time until 2100
        }
        for (long micros : tried) {
            java.time.Instant at = java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000);
            assertEquals(STAMP.format(at), Rows.stamp(micros), String.valueOf(micros));
        }
    }

    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);
}
