package org.repdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.repdesk.service.RepDesk;
import org.repdesk.store.Database;

/** A RepDesk over a temp file, with "today" fixed so dates in tests do not drift. */
public final class TestDesk {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private TestDesk() {
    }

    public static Clock fixedClock() {
        return Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).plusHours(10).toInstant(), ZoneId.of("UTC"));
    }

    public static RepDesk open(Path dir) {
        return new RepDesk(Database.open(dir.resolve("repdesk.db")), fixedClock());
    }
}
