package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;

/**
 * Every data file a rep may still have, written by any earlier RepDesk, opens in this one with its
 * data intact. Files are built the way that RepDesk built them: its migrations applied by hand up to
 * version k, then rows inserted with the SQL of that version.
 */
class MigrationsTest {

    @TempDir
    Path dir;

    private static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000c001");

    /**
     * Rows as RepDesk wrote them at a given version. V1's SQL serves every later version until a
     * migration changes these tables; then add the rows for the versions from that one on.
     */
    private static String rowsAt(int version) {
        return """
            INSERT INTO member (id, membership_number, name, union_name, grade, team, office, region, email, phone,
                contracted_hours, created_at, updated_at)
            VALUES ('%1$s', 'NP-7', 'Siân Łukasz 李 😀', 'GMB_SCOOP', 'PSO', 'Tîm 2', 'Caerdydd', 'WALES',
                'sian@napo.org.uk', '029 2034 5678', 22.5, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
            INSERT INTO case_file (id, reference, member_id, case_type, status, stage, opened_on, closed_on, manager,
                outcome, workload_factor, workload_account, created_at, updated_at)
            VALUES ('%2$s', '2025-0007', '%1$s', 'CAPABILITY', 'OPEN', 'Formal stage 1', '2025-03-02', NULL,
                'Priya Patel', NULL, 'YES', 'Caseload at 131%%', '2025-03-02T00:00:00Z', '2025-03-02T00:00:00Z');
            INSERT INTO timeline_entry (id, case_id, entry_date, kind, summary, body, created_at)
            VALUES ('00000000-0000-0000-0000-00000000e001', '%2$s', '2025-03-09', 'MEETING', 'Capability meeting',
                'Occupational health referral agreed', '2025-03-09T00:00:00Z');
            INSERT INTO deadline (id, case_id, due_on, description, is_hearing, done, created_at)
            VALUES ('00000000-0000-0000-0000-00000000d001', '%2$s', '2025-04-01', 'Appeal letter', 0, 0,
                '2025-03-09T00:00:00Z'),
                   ('00000000-0000-0000-0000-00000000d002', '%2$s', '2025-03-20', 'Fit note', 0, 1,
                '2025-03-09T00:00:00Z');
            INSERT INTO workload_record (id, member_id, recorded_on, capacity_percent, workload_points, contracted_hours,
                reduction_hours, cases_held, hours_worked, uncounted_work, created_at)
            VALUES ('00000000-0000-0000-0000-00000000f001', '%1$s', '2025-03-03', 121.5, 2400, 22.5, 1, 48, 45.5,
                'Court duty', '2025-03-03T00:00:00Z');
            INSERT INTO member (id, membership_number, name, union_name, grade, team, office, region, email, phone,
                contracted_hours, created_at, updated_at)
            VALUES ('00000000-0000-0000-0000-00000000a002', 'NP-8', 'Gareth Evans', 'NAPO', 'PO', 'Team 1', 'Abertawe',
                'WALES', NULL, NULL, 37, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
            INSERT INTO case_file (id, reference, member_id, case_type, status, stage, opened_on, closed_on, manager,
                outcome, workload_factor, workload_account, created_at, updated_at)
            VALUES ('00000000-0000-0000-0000-00000000c002', '2025-0003', '00000000-0000-0000-0000-00000000a002',
                'SICKNESS_ABSENCE', 'CLOSED', 'Appeal', '2025-01-05', '2025-02-01', NULL, 'Warning withdrawn', 'NO', NULL,
                '2025-01-05T00:00:00Z', '2025-02-01T00:00:00Z');
            INSERT INTO deadline (id, case_id, due_on, description, is_hearing, done, created_at)
            VALUES ('00000000-0000-0000-0000-00000000d003', '00000000-0000-0000-0000-00000000c002', '2025-03-01',
                'Left open when the case closed', 0, 0, '2025-01-05T00:00:00Z');
            INSERT INTO stage (case_type, position, name) VALUES ('OTHER', 0, 'My own stage');
            INSERT INTO setting (key, value) VALUES ('wmt.po.nominalTarget', '2000');
            """.formatted(MEMBER, CASE);
    }

    static Stream<Integer> versionsAFileMayBeAt() {
        return IntStream.rangeClosed(1, Migrations.latestVersion()).boxed();
    }

    private static void buildFileAtVersion(Path file, int version) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            Database.supplyMissingFunctions(c); // as every RepDesk connection has it (SQLite 3.40 lacks concat_ws)
            st.execute("PRAGMA foreign_keys = ON");
            for (int v = 1; v <= version; v++) {
                st.executeUpdate(Migrations.load(Migrations.FILES.get(v - 1)));
            }
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + version);
            st.executeUpdate(rowsAt(version));
        }
    }

    @ParameterizedTest(name = "a file at version {0}")
    @MethodSource("versionsAFileMayBeAt")
    void aFileFromAnEarlierVersionOpensWithItsDataIntact(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".db");
        buildFileAtVersion(file, version);

        try (Database db = Database.open(file)) {
            assertEquals(Migrations.latestVersion(), pragma(db, "user_version"));
            assertEquals(Database.APPLICATION_ID, pragma(db, "application_id"));
            assertEquals("ok", text(db, "PRAGMA integrity_check"));
            assertEquals(null, text(db, "PRAGMA foreign_key_check"));

            Member m = new MemberStore(db).byId(MEMBER).orElseThrow();
            assertEquals("Siân Łukasz 李 😀", m.name());
            assertEquals(22.5, m.contractedHours());
            assertEquals("NP-7", new MemberStore(db).byMembershipNumber("np-7").orElseThrow().membershipNumber());

            CaseStore cases = new CaseStore(db);
            assertEquals(CaseType.CAPABILITY, cases.byReference("2025-0007").orElseThrow().type());
            assertEquals(Set.of(CASE), cases.search("sian"));
            assertEquals(Set.of(CASE), cases.search("occupational referral"));
            CaseListRow row = cases.listRow(CASE).orElseThrow();
            assertEquals(LocalDate.of(2025, 4, 1), row.nextDeadline());
            assertEquals(1, new TimelineStore(db).ofCase(CASE).size());
            assertEquals(121.5, new WorkloadStore(db).ofMember(MEMBER).get(0).capacityPercent());
            SettingsStore settings = new SettingsStore(db);
            assertEquals(List.of("My own stage"), settings.stages().stagesFor(CaseType.OTHER));
            assertEquals("2000", settings.value("wmt.po.nominalTarget").orElseThrow());

            // The dashboard counts the open deadline of the open case, not the one left open on the closed case.
            CaseloadQueries.DueCounts due = new CaseloadQueries(db).dueCounts(LocalDate.of(2025, 6, 1),
                    LocalDate.of(2025, 6, 15));
            assertEquals(new CaseloadQueries.DueCounts(1, 0), due);
            assertEquals(List.of(), new Integrity(db).sqliteProblems());

            // and the migrated file keeps working: the next reference of 2025 follows the old one
            assertEquals("2025-0008", cases.insert(org.repdesk.testing.Builders.aCase(m)
                    .openedOn(LocalDate.of(2025, 12, 1)).build()).reference());
        }
    }

    static Stream<Integer> earlierVersions() {
        return IntStream.range(1, Migrations.latestVersion()).boxed();
    }

    @ParameterizedTest(name = "a file at version {0}")
    @MethodSource("earlierVersions")
    void aFileWithDataIsSnapshottedAsItWasBeforeItIsMigrated(int version) throws Exception {
        Path file = dir.resolve("old" + version + ".db");
        buildFileAtVersion(file, version);

        Database.open(file).close();

        List<BackupFolder.Snapshot> snapshots = new BackupFolder(file).list();
        assertEquals(1, snapshots.size());
        assertEquals(BackupFolder.Kind.BEFORE_MIGRATION, snapshots.get(0).kind());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + snapshots.get(0).file());
                Statement st = c.createStatement()) {
            assertEquals(version, Database.intPragma(st, "user_version"));
            try (ResultSet rs = st.executeQuery("SELECT name FROM member WHERE id = '" + MEMBER + "'")) {
                assertTrue(rs.next());
                assertEquals("Siân Łukasz 李 😀", rs.getString(1));
            }
        }
        Database.open(file).close();
        assertEquals(1, new BackupFolder(file).list().size(), "an up-to-date file is not snapshotted again");
    }

    @Test
    void everyMigrationFileIsListedInOrderAndNumberedWithoutGaps() throws IOException, URISyntaxException {
        URL folder = Migrations.class.getResource("migrations");
        assertNotNull(folder);
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted(
                    java.util.Comparator.comparingInt(MigrationsTest::versionOf)).toList();
        }
        assertEquals(onDisk, Migrations.FILES);
        for (int i = 0; i < Migrations.FILES.size(); i++) {
            // Numbers are handed out per branch (issue 19 has V8 while V7 is on another branch): in
            // order and never repeated; a file's version in the data file is its position in the list.
            assertTrue(i == 0 ? versionOf(Migrations.FILES.get(i)) == 1
                    : versionOf(Migrations.FILES.get(i)) > versionOf(Migrations.FILES.get(i - 1)), Migrations.FILES.get(i));
            assertTrue(Migrations.FILES.get(i).matches("V\\d+__[a-z0-9_]+\\.sql"), Migrations.FILES.get(i));
        }
        assertEquals(Migrations.FILES.size(), Migrations.latestVersion());
    }

    @Test
    void draftsKeptBeforeV11AreTiedToTheirCaseSoDeletingTheCaseDeletesThem() throws Exception {
        Path file = dir.resolve("drafts.db");
        buildFileAtVersion(file, 10);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO draft (draft_key, body, saved_at) VALUES ('note:" + CASE + ":"
                    + UUID.randomUUID() + "', 'Call\nAbout the hearing', '2026-11-20T10:00:00Z'),"
                    + " ('note:" + UUID.randomUUID() + ":" + UUID.randomUUID() + "', 'Call\nOf a case deleted', '2026-11-20T10:00:00Z')");
        }

        try (Database db = Database.open(file)) {
            assertEquals(CASE.toString(), text(db, "SELECT case_id FROM draft"));
            assertEquals("1", text(db, "SELECT count(*) FROM draft"), "a draft of a case already gone is not kept");
            new CaseStore(db).delete(CASE);
            assertEquals("0", text(db, "SELECT count(*) FROM draft"));
        }
    }

    private static int versionOf(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static int pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement st = c.createStatement()) {
                return Database.intPragma(st, name);
            }
        });
    }

    private static String text(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
