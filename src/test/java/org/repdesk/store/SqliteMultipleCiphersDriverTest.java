package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the shipped driver (io.github.willena:sqlite-jdbc, SQLite3MultipleCiphers over SQLite
 * 3.40.1) does at the SQL level, pinned so an upgrade that changes it is noticed: the key must come
 * with the connection, rekeying is refused in WAL mode, "backup to" writes plain text while VACUUM
 * INTO keeps the key, FTS5 works, and concat_ws is missing. {@link Database} is built on these
 * facts (docs/encryption.md). The cost is measured by {@code repdesk bench --encryption}, not here.
 */
class SqliteMultipleCiphersDriverTest {

    private static final String MEMBER = "Siân Pritchard-Okonkwo";

    @TempDir
    Path dir;

    /** Our Database.connect properties, plus the key when there is one (applied before any read). */
    static Properties properties(String passphrase, String cipher) {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "FULL");
        p.setProperty("busy_timeout", "3000");
        if (passphrase != null) {
            p.setProperty("config_class_name", "org.sqlite.mc.SQLiteMCConfig");
            p.setProperty("cipher", cipher);
            p.setProperty("key", passphrase);
        }
        return p;
    }

    static Connection connect(Path file, String passphrase) throws SQLException {
        return connect(file, passphrase, "sqlcipher");
    }

    static Connection connect(Path file, String passphrase, String cipher) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file, properties(passphrase, cipher));
    }

    /** concat_ws() arrived in SQLite 3.44; this driver bundles 3.40.1, so V1's triggers need it supplied, as Database does. */
    static void supplyConcatWs(Connection c) throws SQLException {
        Database.supplyMissingFunctions(c);
    }

    static void migrate(Connection c) throws SQLException {
        for (String name : Migrations.FILES) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(Migrations.load(name));
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + Migrations.latestVersion());
        }
    }

    static void addMemberWithCase(Connection c, int n, String name) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("INSERT INTO member(id, membership_number, name, union_name, grade,"
                + " team, region, created_at, updated_at) VALUES (?, ?, ?, 'NAPO', 'PO', 'North', 'WALES', 't', 't')");
             PreparedStatement k = c.prepareStatement("INSERT INTO case_file(id, reference, member_id, case_type, status,"
                + " stage, opened_on, workload_factor, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, 'OPEN', 'Informal', ?, 'YES', 't', 't')");
             PreparedStatement t = c.prepareStatement("INSERT INTO timeline_entry(id, case_id, entry_date, kind, summary,"
                + " body, created_at) VALUES (?, ?, ?, 'NOTE', ?, ?, 't')")) {
            m.setString(1, "m" + n);
            m.setString(2, "N" + n);
            m.setString(3, name);
            m.executeUpdate();
            k.setString(1, "c" + n);
            k.setString(2, "CAP-" + n);
            k.setString(3, "m" + n);
            k.setString(4, n % 2 == 0 ? "CAPABILITY" : "SICKNESS_ABSENCE");
            k.setString(5, String.format(Locale.ROOT, "2026-%02d-01", 1 + n % 12));
            k.executeUpdate();
            for (int e = 0; e < 5; e++) {
                t.setString(1, "t" + n + "-" + e);
                t.setString(2, "c" + n);
                t.setString(3, "2026-02-0" + (1 + e));
                t.setString(4, "Meeting with the manager about adjustments " + e);
                t.setString(5, "Occupational health advised a phased return; reasonable adjustments agreed " + n);
                t.executeUpdate();
            }
        }
    }

    static Connection newEncryptedDesk(Path file, String passphrase) throws SQLException {
        Connection c = connect(file, passphrase);
        supplyConcatWs(c);
        migrate(c);
        addMemberWithCase(c, 1, MEMBER);
        return c;
    }

    static boolean contains(Path file, String text) throws Exception {
        if (!Files.exists(file)) {
            return false;
        }
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Rekeying is refused in WAL mode: leave WAL, rekey, return to WAL. "" removes the key. The
     * cipher is named first: a plain file would otherwise get SQLite3MC's default (ChaCha20).
     */
    static void rekey(Connection c, String passphrase) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA cipher = 'sqlcipher'");
            try (PreparedStatement quote = c.prepareStatement("SELECT quote(?)")) {
                quote.setString(1, passphrase);
                try (ResultSet rs = quote.executeQuery()) {
                    rs.next();
                    st.execute("PRAGMA rekey = " + rs.getString(1));
                }
            }
            st.execute("PRAGMA journal_mode = WAL");
        }
    }

    @Test
    void ourFirstMigrationFailsAsShippedBecauseTheBundledSqliteIsOlderThan344() throws Exception {
        try (Connection c = connect(dir.resolve("v1.db"), "pass")) {
            assertEquals("3.40.1", one(c, "SELECT sqlite_version()"));
            SQLException e = assertThrows(SQLException.class, () -> {
                // The migrations before V9, which rebuilt V1's triggers without concat_ws.
                for (String name : Migrations.FILES.subList(0, Migrations.FILES.indexOf(
                        "V9__search_triggers_for_any_sqlite.sql"))) {
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate(Migrations.load(name));
                    }
                }
                addMemberWithCase(c, 1, MEMBER);
            });
            assertTrue(e.getMessage().contains("no such function: concat_ws"), e.getMessage());
        }
    }

    @Test
    void afterEveryMigrationAConnectionWithoutRepDesksFunctionsCanWriteCasesAndMembers() throws Exception {
        try (Connection c = connect(dir.resolve("any-sqlite.db"), null)) {
            migrate(c); // no supplyConcatWs: as the stock sqlite3 tool opens the file
            addMemberWithCase(c, 1, MEMBER);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE member SET name = 'Siân Pritchard' WHERE name = '" + MEMBER + "'");
                assertEquals("1", one(c, "SELECT count(*) FROM case_search WHERE case_search MATCH 'pritchard'"));
                assertEquals("0", one(c, "SELECT count(*) FROM case_search WHERE case_search MATCH 'okonkwo'"));
            }
        }
    }

    @Test
    void encryptedFileAndItsWalDoNotContainTheMemberName() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Connection c = newEncryptedDesk(file, "correct horse")) {
            assertEquals("wal", one(c, "PRAGMA journal_mode"));
            assertFalse(contains(Path.of(file + "-wal"), MEMBER), "WAL holds the name in plain text");
        }
        assertFalse(contains(file, MEMBER));
        assertFalse(contains(file, "Occupational health"));
        assertFalse(new String(Files.readAllBytes(file), 0, 15, StandardCharsets.US_ASCII).startsWith("SQLite format 3"));
    }

    @Test
    void fullTextSearchFindsTheMemberWithoutTheAccentOnAnEncryptedFile() throws Exception {
        Path file = dir.resolve("desk.db");
        newEncryptedDesk(file, "correct horse").close();
        try (Connection c = connect(file, "correct horse")) {
            supplyConcatWs(c);
            assertEquals("1", one(c, "SELECT count(*) FROM case_search WHERE case_search MATCH 'sian'"));
            assertEquals("5", one(c, "SELECT count(*) FROM note_search WHERE note_search MATCH 'phased return'"));
            assertEquals("ok", one(c, "PRAGMA integrity_check"));
        }
    }

    @Test
    void wrongPassphraseIsRefusedAsNotADatabaseAndLeavesTheFileUntouched() throws Exception {
        Path file = dir.resolve("desk.db");
        newEncryptedDesk(file, "correct horse").close();
        byte[] before = Files.readAllBytes(file);
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = connect(file, "wrong horse")) {
                one(c, "SELECT count(*) FROM member");
            }
        });
        // The driver says only "file is not a database" (SQLITE_NOTADB, 26): Database must turn
        // that into "The passphrase is not right" when a passphrase was given.
        assertTrue(e.getMessage().contains("SQLITE_NOTADB"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertThrows(SQLException.class, () -> {
            try (Connection c = connect(file, null)) {
                one(c, "SELECT count(*) FROM member");
            }
        });
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void passphraseCanBeSetOnAPlainFileChangedAndRemoved() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Connection c = connect(file, null)) {
            supplyConcatWs(c);
            migrate(c);
            addMemberWithCase(c, 1, MEMBER);
        }
        assertTrue(contains(file, MEMBER) || contains(Path.of(file + "-wal"), MEMBER));
        try (Connection c = connect(file, null)) {
            rekey(c, "first");
        }
        assertFalse(contains(file, MEMBER));
        try (Connection c = connect(file, "first")) {
            assertEquals(MEMBER, one(c, "SELECT name FROM member"));
            rekey(c, "second");
            assertEquals(MEMBER, one(c, "SELECT name FROM member"));
        }
        assertThrows(SQLException.class, () -> {
            try (Connection c = connect(file, "first")) {
                one(c, "SELECT name FROM member");
            }
        });
        try (Connection c = connect(file, "second")) {
            assertEquals("wal", one(c, "PRAGMA journal_mode"));
            rekey(c, "");
        }
        assertEquals("SQLite format 3", new String(Files.readAllBytes(file), 0, 15, StandardCharsets.US_ASCII));
        try (Connection c = connect(file, null)) {
            assertEquals(MEMBER, one(c, "SELECT name FROM member"));
            assertEquals("ok", one(c, "PRAGMA integrity_check"));
        }
    }

    @Test
    void backupToWritesPlainTextButVacuumIntoKeepsTheKey() throws Exception {
        Path file = dir.resolve("desk.db");
        Path backup = dir.resolve("backup.db");
        Path vacuumed = dir.resolve("vacuumed.db");
        try (Connection c = newEncryptedDesk(file, "correct horse"); Statement st = c.createStatement()) {
            st.executeUpdate("backup to " + backup);
            st.execute("VACUUM INTO '" + vacuumed + "'");
        }
        assertTrue(contains(backup, MEMBER), "xerial's 'backup to' leaks: the copy is plain text");
        assertFalse(contains(vacuumed, MEMBER));
        try (Connection c = connect(vacuumed, "correct horse")) {
            assertEquals(MEMBER, one(c, "SELECT name FROM member"));
        }
    }
}
