package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.ExcessiveWorkload;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.TestCasebooks;

/**
 * On a casebook the dashboard's and the caseload report's WMT figures (each member's latest capacity, their
 * median, how many meet the four-week rule) are read from V22's ordered views for every login: each login
 * gets the figures of the workload records the tables' own row rules let it read, a reader (who may read
 * no table) an officer's.
 */
class CaseloadQueriesByLoginTest {

    private CasebookAddress casebook;

    @BeforeEach
    void casebookWithTwoRepsMembersAndTwelveWeeksOfRecords() throws SQLException {
        casebook = TestCasebooks.fresh();
        try (Connection owner = TestCasebooks.plainConnection(casebook, TestCasebooks.OWNER);
                Statement st = owner.createStatement()) {
            // 60 members; the last two added by Rachel, the very last with no case at all.
            st.executeUpdate("INSERT INTO member (id, membership_number, name, union_name, grade, created_at, updated_at,"
                    + " created_by) SELECT " + id("1", "g") + ", 'N' || g, 'Member ' || g, 'NAPO', 'PROBATION_OFFICER',"
                    + " 'now', 'now', CASE WHEN g >= 59 THEN 'rachel' ELSE 'olive' END FROM generate_series(1, 60) g");
            // A case for each of the first 59: a quarter Rachel's, the rest Rob's, one of his shared with her.
            st.executeUpdate("INSERT INTO case_file (id, reference, member_id, case_type, status, stage, opened_on,"
                    + " workload_factor, created_at, updated_at, assigned_to) SELECT " + id("2", "g") + ","
                    + " '2026-' || lpad(g::text, 4, '0'), " + id("1", "g") + ", 'GRIEVANCE', 'OPEN', 'Informal',"
                    + " '2026-01-01', 'NO', 'now', 'now', CASE WHEN g % 4 = 0 THEN 'rachel' ELSE 'rob' END"
                    + " FROM generate_series(1, 59) g");
            st.executeUpdate("INSERT INTO case_share (case_id, login, shared_on) VALUES (" + id("2", "1")
                    + ", 'rachel', '2026-11-01')");
            // Twelve weeks from Monday 5 January 2026: a Monday record most weeks (some weeks missed, some
            // with no figure), and in some weeks a later one the other side of 110%, which is not the week's first.
            st.executeUpdate("INSERT INTO workload_record (id, member_id, recorded_on, capacity_percent, created_at)"
                    + " SELECT " + id("3", "g * 100 + w") + ", " + id("1", "g") + ","
                    + " to_char(DATE '2026-01-05' + 7 * w, 'YYYY-MM-DD'),"
                    + " CASE WHEN (g * w) % 11 = 5 THEN NULL ELSE 100 + (g * 7 + w * (g % 3)) % 25 END, 'now'"
                    + " FROM generate_series(1, 60) g, generate_series(0, 11) w WHERE (g + w) % 7 <> 3");
            st.executeUpdate("INSERT INTO workload_record (id, member_id, recorded_on, capacity_percent, created_at)"
                    + " SELECT " + id("4", "g * 100 + w") + ", " + id("1", "g") + ","
                    + " to_char(DATE '2026-01-08' + 7 * w, 'YYYY-MM-DD'), CASE WHEN g % 2 = 0 THEN 95 ELSE 130 END, 'now'"
                    + " FROM generate_series(1, 60) g, generate_series(0, 11) w WHERE (g + w) % 5 = 0");
            st.execute("ANALYZE");
        }
    }

    /** A UUID-shaped key: {@code kind}'s digit, then the number {@code n} (an SQL expression). */
    private static String id(String kind, String n) {
        return "'" + kind + "0000000-0000-4000-8000-' || lpad((" + n + ")::text, 12, '0')";
    }

    @Test
    void eachLoginsFiguresAreThoseOfTheRecordsItsRowRulesShow() {
        Map<String, Object> officers = null;
        for (String login : List.of(TestCasebooks.OFFICER, TestCasebooks.REP, TestCasebooks.OTHER_REP)) {
            Database db = TestCasebooks.open(casebook, login);
            try {
                Map<String, Object> expected = readWhole(new WorkloadStore(db).all());
                CaseloadQueries q = new CaseloadQueries(db);
                assertEquals(expected, figures(q), login);
                if (login.equals(TestCasebooks.OFFICER)) {
                    officers = expected;
                }
            } finally {
                db.close();
            }
        }
        assertTrue((int) officers.get("over") >= 3, "some members meet the rule: " + officers);
        Database reader = TestCasebooks.open(casebook, TestCasebooks.READER);
        try {
            assertEquals(officers, figures(new CaseloadQueries(reader, true)), "a reader's: the branch's, as an officer's");
        } finally {
            reader.close();
        }
    }

    private static Map<String, Object> figures(CaseloadQueries q) {
        CaseloadQueries.CapacitySpread spread = q.latestCapacitySpread();
        WmtSettings wmt = WmtSettings.DEFAULTS;
        return Map.of("members", spread.members(), "median", spread.median(),
                "over", q.membersOverThreshold(wmt.excessivePercent(), wmt.excessiveWeeks()));
    }

    /** The plain way, from every record the login reads: each member's latest figure, and the model's rule. */
    private static Map<String, Object> readWhole(List<WorkloadRecord> records) {
        Map<UUID, List<WorkloadRecord>> byMember = new HashMap<>();
        records.forEach(r -> byMember.computeIfAbsent(r.memberId(), k -> new ArrayList<>()).add(r));
        List<Double> latest = new ArrayList<>();
        int over = 0;
        for (List<WorkloadRecord> own : byMember.values()) {
            own.stream().filter(r -> r.capacityPercent() != null).max(Comparator.comparing(WorkloadRecord::recordedOn))
                    .ifPresent(r -> latest.add(r.capacityPercent()));
            if (ExcessiveWorkload.reachedOn(own, WmtSettings.DEFAULTS).isPresent()) {
                over++;
            }
        }
        latest.sort(null);
        int n = latest.size();
        return Map.of("members", n, "median", (latest.get((n - 1) / 2) + latest.get(n / 2)) / 2, "over", over);
    }
}
