package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.WmtSettings;
import org.repdesk.testing.TestCasebooks;

/**
 * A casebook connection is opened with the server's just-in-time compilation off (the access rules' large
 * cost estimates made it compile for longer than it ran); a brief's figures leave it so for the statements
 * the connection runs after them.
 */
class BriefFiguresKeepJitOffTest {

    @Test
    void theStatementsAfterABriefsFiguresStillRunWithoutJustInTimeCompilation() {
        CasebookAddress officer = TestCasebooks.fresh().as(TestCasebooks.OFFICER);
        try (Database db = Database.openCasebook(officer, TestCasebooks.password())) {
            BriefQueries queries = new BriefQueries(db);
            BriefQueries.Filter year = new BriefQueries.Filter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    null, null, null, null);
            queries.totals(year);
            queries.workloadFigures(year, WmtSettings.DEFAULTS);
            assertEquals("off", db.read(c -> {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW jit")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
    }
}
