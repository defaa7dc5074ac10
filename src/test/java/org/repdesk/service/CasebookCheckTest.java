package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.store.Integrity;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * A casebook's check: each table's rules counted in one pass (issue 21), finding what the separate
 * statements found, in the same words and order; and the access rules planned per role (V14): an
 * officer's statements carry none, a rep's only theirs.
 */
class CasebookCheckTest {

    private CasebookAddress casebook;
    private RepDesk officer;
    private CaseFile first;
    private CaseFile second;

    @BeforeEach
    void twoCases() {
        casebook = TestCasebooks.fresh();
        officer = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.OFFICER), TestDesk.fixedClock());
        Member carys = officer.members().save(aMember().named("Carys Pritchard").build());
        first = officer.cases().open(aCase(carys).build());
        second = officer.cases().open(aCase(carys).build());
        officer.cases().addDeadline(Deadline.of(first.id(), TestDesk.TODAY.plusDays(3), "Hearing", true));
    }

    @AfterEach
    void close() {
        officer.close();
    }

    private Connection psqlAs(String login) throws SQLException {
        return TestCasebooks.plainConnection(casebook, login);
    }

    private void sql(String statement) {
        try (Connection c = psqlAs(TestCasebooks.OFFICER); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> problems(boolean full) {
        return new FileCheck(officer.database()).run(full, (done, total) -> { }).problems();
    }

    @Test
    void aCasebookKeptByTheAppHasNoProblemsAndIsCountedInTheSamePasses() {
        FileCheck.Report report = new FileCheck(officer.database()).run(false, (done, total) -> { });

        assertEquals(List.of(), report.problems());
        assertEquals(new Integrity(officer.database()).counts(), report.counts());
        assertTrue(report.summary().startsWith("1 member, 2 cases, 2 timeline entries, 1 deadline"), report.summary());
    }

    @Test
    void brokenRulesAreFoundInTheirOwnWordsAndOrder() {
        sql("UPDATE case_file SET status = 'CLOSED', closed_on = NULL WHERE id = '" + first.id() + "'");
        sql("UPDATE case_file SET reference = '" + first.reference().substring(0, 5) + "0"
                + first.reference().substring(5) + "', workload_factor = 'SOMETIMES', opened_on = '2026-02-30'"
                + " WHERE id = '" + second.id() + "'");
        sql("UPDATE deadline SET due_on = '2026-13-01'");

        String twice = first.reference().substring(0, 5) + "0" + first.reference().substring(5);
        assertEquals(List.of("Case numbers used twice in one year: " + twice + ", " + first.reference() + ".",
                "Closed cases without a closing date: " + first.reference() + ".",
                "Unknown values in case_file.workload_factor: SOMETIMES.",
                "1 row of case_file with a malformed opened_on (not a date such as 2026-11-23).",
                "1 row of deadline with a malformed due_on (not a date such as 2026-11-23)."), problems(false));
    }

    @Test
    void theTimelinesDatesAndKindsAreTheFullChecksOnly() {
        sql("UPDATE timeline_entry SET entry_date = '2026-02-29', kind = 'GOSSIP'");

        assertEquals(List.of(), problems(false));
        List<String> full = problems(true);
        assertEquals(2, full.size(), full.toString());
        assertTrue(full.get(0).contains("GOSSIP") && full.get(1).contains("entry_date"), full.toString());
    }

    /** The plan of {@code sql} as {@code login} sees it, one line a row. */
    private List<String> plan(String login, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = psqlAs(login); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("EXPLAIN (COSTS OFF) " + sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    @Test
    void anOfficersStatementsCarryNoAccessRuleAndARepsOnlyTheirs() throws SQLException {
        for (String table : List.of("case_file", "member", "timeline_entry", "deadline", "workload_record", "demand_case")) {
            List<String> officers = plan(TestCasebooks.OFFICER, "SELECT count(*) FROM " + table);
            assertFalse(officers.stream().anyMatch(l -> l.contains("Filter") || l.contains("SubPlan")
                    || l.contains("repdesk_is_officer")), table + ": " + officers);
            List<String> reps = plan(TestCasebooks.REP, "SELECT count(*) FROM " + table);
            assertTrue(reps.stream().anyMatch(l -> l.contains("Filter")), table + ": " + reps);
            assertFalse(reps.stream().anyMatch(l -> l.contains("repdesk_is_officer")), table + ": " + reps);
        }
    }
}
