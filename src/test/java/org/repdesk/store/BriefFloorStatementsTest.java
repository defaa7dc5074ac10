package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repdesk.model.WmtSettings;

/**
 * The statements the bench's floor runs through psql or sqlite3 are the ones a brief's figures run: every login's
 * brief counts its sickness-absence cases too (BriefAbsenceReasons), which the floor had left out.
 */
class BriefFloorStatementsTest {

    private static final BriefQueries.Filter YEAR = new BriefQueries.Filter(LocalDate.of(2025, 12, 7),
            LocalDate.of(2026, 12, 7), null, null, null, null);

    @Test
    void theFloorCountsTheSicknessAbsenceCasesInScopeOnEitherEngine() {
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.SQLITE)) {
            List<String> statements = BriefQueries.literalStatements(d, YEAR, WmtSettings.DEFAULTS,
                    List.of(UUID.nameUUIDFromBytes(new byte[] {1})));
            assertEquals(1, statements.stream().filter(s -> s.startsWith("SELECT count(*) FROM brief_case c WHERE")
                    && s.endsWith("AND c.case_type = 'SICKNESS_ABSENCE'")).count(), d + ": " + statements);
        }
    }
}
