package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CasebookAddress;
import org.repdesk.testing.TestCasebooks;

/**
 * A rep's row rules on a branch casebook can be answered through indexes (V19): PostgreSQL's own plan for
 * a rep's statements, asked with sequential scans switched off, so the answer does not hang on how many
 * rows a small test casebook holds: a rule no index can serve still gets a "Seq Scan" (at any cost), and
 * at 100,000 cases that was every statement of a rep's check, report and brief reading the whole branch.
 * The notes, deadlines, members and workload records of a rep ask case_file's rule for their rows, so they
 * gain (or lose) with it.
 */
class RepRulesPlanTest {

    private CasebookAddress casebook;

    @BeforeEach
    void casebookWithOtherRepsCases() throws SQLException {
        casebook = TestCasebooks.fresh();
        // As the owner (whom the rules do not bind): 400 cases, a tenth Rachel's, and one of Rob's shared with her.
        try (Connection owner = connect(TestCasebooks.OWNER); Statement st = owner.createStatement()) {
            st.executeUpdate("INSERT INTO member (id, membership_number, name, union_name, grade, created_at, updated_at)"
                    + " SELECT 'm' || g, 'N' || g, 'Member ' || g, 'NAPO', 'PROBATION_OFFICER', 'now', 'now'"
                    + " FROM generate_series(1, 400) g");
            st.executeUpdate("INSERT INTO case_file (id, reference, member_id, case_type, status, stage, opened_on,"
                    + " workload_factor, created_at, updated_at, assigned_to)"
                    + " SELECT 'c' || g, '2026-' || lpad(g::text, 4, '0'), 'm' || g, 'GRIEVANCE', 'OPEN', 'Informal',"
                    + " '2026-01-01', 'NO', 'now', 'now', CASE WHEN g % 10 = 0 THEN 'rachel' ELSE 'rob' END"
                    + " FROM generate_series(1, 400) g");
            st.executeUpdate("INSERT INTO case_share (case_id, login, shared_on) VALUES ('c1', 'rachel', '2026-11-01')");
            // For the brief's views: a demand linking every case, a deadline and a workload record for each.
            st.executeUpdate("INSERT INTO demand (id, title, kind, raised_on, priority, status, created_at, updated_at)"
                    + " VALUES ('d1', 'Caseload cap', 'WORKLOAD', '2026-01-01', 'HIGH', 'OPEN', 'now', 'now')");
            st.executeUpdate("INSERT INTO demand_case (demand_id, case_id, linked_on) SELECT 'd1', 'c' || g, '2026-02-01'"
                    + " FROM generate_series(1, 400) g");
            st.executeUpdate("INSERT INTO deadline (id, case_id, due_on, description, created_at)"
                    + " SELECT 'dl' || g, 'c' || g, '2026-03-01', 'Hearing', 'now' FROM generate_series(1, 400) g");
            st.executeUpdate("INSERT INTO workload_record (id, member_id, recorded_on, capacity_percent, created_at)"
                    + " SELECT 'w' || g, 'm' || g, '2026-02-02', 100, 'now' FROM generate_series(1, 400) g");
            st.execute("ANALYZE");
        }
    }

    private Connection connect(String login) throws SQLException {
        return TestCasebooks.plainConnection(casebook, login);
    }

    private List<String> planAs(String login, String sql) throws SQLException {
        try (Connection c = connect(login); Statement st = c.createStatement()) {
            st.execute("SET enable_seqscan = off");
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return lines;
        }
    }

    private long countAs(String login, String sql) throws SQLException {
        try (Connection c = connect(login); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Her cases looked up by the login in the assignment index, not every case read and then filtered. */
    private static void assertHerCasesByIndex(String what, List<String> plan) {
        String text = String.join("\n", plan);
        assertTrue(text.contains("Index Cond: (assigned_to = "), what + ": not by the assignment index:\n" + text);
        assertFalse(text.contains("Seq Scan on case_file"), what + ": the branch's cases read whole:\n" + text);
    }

    @Test
    void aRepsCasesAreFoundThroughTheAssignmentAndShareIndexesNotByReadingTheBranch() throws SQLException {
        List<String> plan = planAs(TestCasebooks.REP, "SELECT count(*) FROM case_file");
        assertHerCasesByIndex("her cases", plan);
        assertTrue(String.join("\n", plan).contains("Index Cond: (login = "), "the shares by login:\n" + plan);
        // What the plan reads is what the rule allows: her 40 and the one shared with her; Rob's own 360.
        assertEquals(41, countAs(TestCasebooks.REP, "SELECT count(*) FROM case_file"));
        assertEquals(360, countAs(TestCasebooks.OTHER_REP, "SELECT count(*) FROM case_file"));
    }

    @Test
    void aRepsChangesAndRemovalsFindTheirCasesThroughTheIndexToo() throws SQLException {
        for (String sql : List.of("UPDATE case_file SET outcome = 'agreed'", "DELETE FROM case_file")) {
            assertHerCasesByIndex(sql, planAs(TestCasebooks.REP, sql));
        }
    }

    /**
     * The plan as run (EXPLAIN ANALYZE) as {@code login}, sequential scans off as in {@link #planAs}: how many
     * rows every scan of case_file read, those it kept and those its filter then threw away.
     */
    private static long caseRowsRead(List<String> plan) {
        long read = 0;
        boolean onCases = false;
        long loops = 0;
        for (String line : plan) {
            if (line.contains("->") || !line.startsWith(" ")) {
                onCases = line.contains(" on case_file ") && !line.contains("(never executed)");
                if (onCases) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("actual time=\\S+ rows=(\\d+) loops=(\\d+)")
                            .matcher(line);
                    assertTrue(m.find(), line);
                    loops = Long.parseLong(m.group(2));
                    read += Long.parseLong(m.group(1)) * loops;
                }
            } else if (onCases && line.contains("Rows Removed by Filter: ")) {
                read += Long.parseLong(line.substring(line.indexOf(": ") + 2).strip()) * loops;
            }
        }
        return read;
    }

    private List<String> runAs(String login, String sql) throws SQLException {
        return planAs(login, "(ANALYZE) " + sql);
    }

    @Test
    void aRepsBriefReadsHerOwnCasesOnlyAndAsksHerRoleOnceAStatement() throws SQLException {
        // Every brief_* view as Rachel: 40 cases of hers and the one of Rob's shared with her are all the
        // cases her statements may read (V20). Under V19's rule, "officer OR reader OR hers", no index
        // could serve the OR and every statement read all 400, asking her role twice on each row.
        for (String view : List.of("brief_case", "brief_demand_case", "brief_deadline", "brief_capacity")) {
            List<String> plan = runAs(TestCasebooks.REP, "SELECT count(*) FROM " + view);
            String text = String.join("\n", plan);
            assertTrue(caseRowsRead(plan) <= 41, view + ": read more cases than hers:\n" + text);
            for (String line : plan) {
                assertFalse(line.contains("Filter: ") && line.contains("pg_has_role"),
                        view + ": the role asked of every row:\n" + text);
            }
        }
        // The same rows as the rule says, for her and for Rob (each his own 360; nothing shared with him).
        assertEquals(41, countAs(TestCasebooks.REP, "SELECT count(*) FROM brief_case"));
        assertEquals(41, countAs(TestCasebooks.REP, "SELECT count(*) FROM brief_demand_case"));
        assertEquals(41, countAs(TestCasebooks.REP, "SELECT count(*) FROM brief_deadline"));
        assertEquals(41, countAs(TestCasebooks.REP, "SELECT count(*) FROM brief_capacity"));
        assertEquals(360, countAs(TestCasebooks.OTHER_REP, "SELECT count(*) FROM brief_case"));
        assertEquals(360, countAs(TestCasebooks.OTHER_REP, "SELECT count(*) FROM brief_capacity"));
        // An officer and a reader: the whole branch, as before.
        for (String login : List.of(TestCasebooks.OFFICER, TestCasebooks.READER)) {
            for (String view : List.of("brief_case", "brief_demand_case", "brief_deadline", "brief_capacity")) {
                assertEquals(400, countAs(login, "SELECT count(*) FROM " + view), login + " " + view);
            }
        }
    }

    @Test
    void anOfficersAndAReadersBriefReadMembersOnlyForTheFiguresThatNameTheirGradeOrRegion() throws SQLException {
        // The brief's statements as the bench's floor runs them (a year to today, no filter, the one demand):
        // the two settings, totals, evidence cube, months, latest capacities, the four-week run, the linked cases.
        // Only the cube groups by the member's grade and region. Under V20 each part of brief_case and
        // brief_capacity joined the member itself, so every statement hashed the whole member table (V21).
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 6);
        List<String> statements = BriefQueries.literalStatements(Dialect.POSTGRESQL, new BriefQueries.Filter(
                today.minusYears(1), today, null, null, null, null), org.repdesk.model.WmtSettings.DEFAULTS,
                List.of(java.util.UUID.nameUUIDFromBytes(new byte[] {1})));
        assertEquals(BriefQueries.NO_JIT, statements.get(0));
        assertEquals(Dialect.POSTGRESQL.serialPlansForASession(), statements.get(1), "the floor plans as the brief's connections do");
        for (String login : List.of(TestCasebooks.OFFICER, TestCasebooks.READER)) {
            for (int i = 2; i < statements.size(); i++) {
                // The plan, not its run: the test's cases give the cube no rows to look a member up for. The
                // view's member is "m" ("m_1", "m_2" in V20's parts); a rep's own members' list ("r") is not
                // the officer's to read (that subplan is never run for her: the role answers first).
                List<String> plan = planAs(login, statements.get(i));
                boolean readsMembers = plan.stream().anyMatch(l -> l.matches(".* on member m(_\\d+)?( .*|$)"));
                assertEquals(statements.get(i).startsWith("SELECT c.case_type, c.stage, c.status, c.grade, c.region"),
                        readsMembers, login + ", statement " + i + " reads members: " + readsMembers + "\n"
                                + String.join("\n", plan));
            }
        }
    }

    @Test
    void theFourWeekRunAndTheLatestCapacitiesReadEachLoginsRecordsInOrderWithoutSortingThem() throws SQLException {
        // The run's first record of each week is a DISTINCT ON by member, week, day and figure. Over
        // brief_capacity (a security barrier in no order) the server sorted the period's records first: at
        // 100,000 cases 194,914 of them, on disk, two thirds of the statement. brief_capacity_weeks (V22) gives
        // them in that order out of the member and capacity index, each member's few sorted in memory.
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 6);
        List<String> statements = BriefQueries.literalStatements(Dialect.POSTGRESQL, new BriefQueries.Filter(
                today.minusYears(1), today, null, null, null, null), org.repdesk.model.WmtSettings.DEFAULTS, List.of());
        String run = statements.stream().filter(s -> s.startsWith("WITH firsts AS")).findFirst().orElseThrow();
        // Each member's latest capacity likewise: the first of the member's records, the index read backwards.
        String latest = statements.stream().filter(s -> s.startsWith("SELECT DISTINCT ON (c.member_key)")).findFirst()
                .orElseThrow();
        for (String login : List.of(TestCasebooks.OFFICER, TestCasebooks.READER, TestCasebooks.REP)) {
            String text = String.join("\n", planAs(login, run));
            assertFalse(text.matches("(?s).*Sort Key: c\\.member_key.*"), login + ": the records sorted:\n" + text);
            assertTrue(text.contains("using workload_record_member_capacity"), login + ": not by the index:\n" + text);
            assertTrue(text.contains("Presorted Key: w.member_id"), login + ": not by member:\n" + text);
            String latestPlan = String.join("\n", planAs(login, latest));
            assertTrue(latestPlan.contains("Scan Backward using workload_record_member_capacity"),
                    login + ": the latest capacities not by the index, latest first:\n" + latestPlan);
            assertFalse(latestPlan.contains("Sort") || latestPlan.contains("HashAggregate"),
                    login + ": the latest capacities sorted or hashed:\n" + latestPlan);
        }
        // The same records as brief_capacity for each login, each with its week (Monday 1900-01-01's is 0).
        assertEquals(41, countAs(TestCasebooks.REP, "SELECT count(*) FROM brief_capacity_latest_first"));
        assertEquals(400, countAs(TestCasebooks.READER, "SELECT count(*) FROM brief_capacity_latest_first"));
        String same = "SELECT count(*) FROM brief_capacity_weeks c WHERE c.week = (CAST(c.recorded_on AS date) - DATE '1900-01-01') / 7"
                + " AND EXISTS (SELECT 1 FROM brief_capacity b WHERE b.member_key = c.member_key AND b.recorded_on = c.recorded_on)";
        assertEquals(41, countAs(TestCasebooks.REP, same));
        assertEquals(41, countAs(TestCasebooks.REP, "SELECT count(*) FROM brief_capacity_weeks"));
        assertEquals(360, countAs(TestCasebooks.OTHER_REP, "SELECT count(*) FROM brief_capacity_weeks"));
        assertEquals(400, countAs(TestCasebooks.OFFICER, same));
        assertEquals(400, countAs(TestCasebooks.READER, same));
    }

    @Test
    void aRepsNotesOfOneCaseAreFoundWithoutReadingAllHerCases() throws SQLException {
        // Opening a case reads its notes: her rule on them is one probe of that case by key (V14's EXISTS),
        // not a list of all her cases made first (tried in V20 for the check's count, and taken out).
        try (Connection owner = connect(TestCasebooks.OWNER); Statement st = owner.createStatement()) {
            st.executeUpdate("INSERT INTO timeline_entry (id, case_id, entry_date, kind, summary, created_at)"
                    + " SELECT 't' || g, 'c' || (g % 400 + 1), '2026-02-01', 'NOTE', 'Met the member', 'now'"
                    + " FROM generate_series(1, 2000) g");
            st.execute("ANALYZE timeline_entry");
        }
        String plan = String.join("\n", planAs(TestCasebooks.REP, "SELECT * FROM timeline_entry WHERE case_id = 'c10'"));
        assertTrue(plan.contains("case_file_pkey"), "her case found by its key:\n" + plan);
        assertFalse(plan.contains("case_file_assigned"), "not all her cases read first:\n" + plan);
        assertEquals(5, countAs(TestCasebooks.REP, "SELECT count(*) FROM timeline_entry WHERE case_id = 'c10'"));
        assertEquals(0, countAs(TestCasebooks.REP, "SELECT count(*) FROM timeline_entry WHERE case_id = 'c11'"));
        assertEquals(41 * 5, countAs(TestCasebooks.REP, "SELECT count(*) FROM timeline_entry"));
        assertEquals(2000, countAs(TestCasebooks.OFFICER, "SELECT count(*) FROM timeline_entry"));
    }

    @Test
    void aRepsBriefFindsHerMembersFromHerCasesThroughTheIndex() throws SQLException {
        // The brief's views apply the rule themselves (they run as the owner), the workload one through her cases.
        assertHerCasesByIndex("brief_capacity", planAs(TestCasebooks.REP, "SELECT count(*) FROM brief_capacity"));
    }
}
