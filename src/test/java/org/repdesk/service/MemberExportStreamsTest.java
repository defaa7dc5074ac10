package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repdesk.model.CasebookAddress;
import org.repdesk.store.Database;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * The members export is written as the query reads the members, a chunk at a time, not from every
 * member held as a list (issue 21: on a 300,000-case casebook, 60,000 members held were ~70 MB of
 * live heap and grew with the branch), and the file is what writing the whole list gives.
 */
class MemberExportStreamsTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CasebookAddress casebook;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private void open(String engine) {
        if (engine.equals("sqlite")) {
            desk = TestDesk.open(dir);
        } else {
            casebook = TestCasebooks.fresh();
            desk = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.OFFICER), TestDesk.fixedClock());
        }
        new DemoData(desk).generate(30, 20, 42);
        // More members than one chunk of a read (2,000): each demo member again under new numbers.
        desk.database().write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO member (id, membership_number, name, union_name, grade, team, office,"
                        + " region, email, phone, contracted_hours, created_at, updated_at)"
                        + " SELECT '00000000-0000-0000-' || substr(CAST(10000 + g.n AS TEXT), 2, 4) || '-' || substr(id, 25, 12),"
                        + " membership_number || '-' || g.n, name, union_name, grade,"
                        + " team, office, region, email, phone, contracted_hours, created_at, updated_at"
                        + " FROM member, (" + series(100) + ") g");
            }
            return null;
        });
    }

    /** 1..n as a table of one column n, the same SQL on both engines. */
    private static String series(int n) {
        return "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < " + n + ") SELECT n FROM s";
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theMembersFileIsWhatTheWholeListGives(String engine) throws IOException {
        open(engine);
        List<Exporter.MemberRow> rows = desk.members().all().stream().map(Exporter.MemberRow::of).toList();
        assertTrue(rows.size() > 2_000, "more members than a chunk: " + rows.size());
        for (Exporter.Format format : List.of(Exporter.Format.CSV, Exporter.Format.JSON)) {
            Path whole = dir.resolve("whole." + format);
            Path streamed = dir.resolve("streamed." + format);
            Exporter.write(rows, Exporter.MemberRow.class, format, whole);
            assertEquals(rows.size(), new Exporter(desk).exportMembers(format, streamed));
            assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(streamed), format.toString());
        }
    }

    @Test
    void onACasebookTheFirstMemberIsHandedOverWhileTheReadIsStillOpen() throws IOException {
        open("postgresql");
        List<String> seen = new ArrayList<>();
        int[] count = {0};
        // The officer's own other sessions are the officer's to see in pg_stat_activity.
        try (Database watcher = TestCasebooks.open(casebook, TestCasebooks.OFFICER)) {
            desk.members().forEachForExport(m -> {
                if (count[0]++ == 0) {
                    seen.addAll(watcher.read(c -> {
                        List<String> states = new ArrayList<>();
                        try (PreparedStatement ps = c.prepareStatement("SELECT state || ': ' || query"
                                + " FROM pg_stat_activity WHERE usename = current_user AND datname = current_database()"
                                + " AND pid <> pg_backend_pid() AND query LIKE '%repdesk_member_list%'");
                                ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                states.add(rs.getString(1));
                            }
                        }
                        return states;
                    }));
                }
            });
        }
        assertTrue(count[0] > 2_000, "every member handed over: " + count[0]);
        // Read whole first, the members' statement would be over (idle) before the first is written.
        assertEquals(1, seen.size(), "the export's read, seen from another session: " + seen);
        assertTrue(seen.get(0).startsWith("idle in transaction:"), seen.get(0));
    }
}
