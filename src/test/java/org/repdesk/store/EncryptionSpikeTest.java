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
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;

/**
 * Spike for encryption at rest (docs/encryption.md): SQLite3MultipleCiphers through
 * io.github.willena:sqlite-jdbc. Runs only when that driver is on the class path:
 * {@code mvn -P sqlite3mc test -Dtest=EncryptionSpikeTest}. Under the shipped xerial driver it is
 * skipped. It talks to the driver through JDBC properties only, so it compiles against either.
 */
@EnabledIf("multipleCiphersDriver")
class EncryptionSpikeTest {

    private static final String MEMBER = "Siân Pritchard-Okonkwo";

    @TempDir
    Path dir;

    static boolean multipleCiphersDriver() {
        try {
            Class.forName("org.sqlite.mc.SQLiteMCConfig");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

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

    /** concat_ws() arrived in SQLite 3.44; this driver bundles 3.40.1, so V1's triggers need it supplied. */
    static void supplyConcatWs(Connection c) throws SQLException {
        Function.create(c, "concat_ws", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String separator = value_text(0);
                if (separator == null) {
                    result();
                    return;
                }
                StringBuilder joined = new StringBuilder();
                boolean first = true;
                for (int i = 1; i < args(); i++) {
                    String part = value_text(i);
                    if (part == null) {
                        continue;
                    }
                    if (!first) {
                        joined.append(separator);
                    }
                    joined.append(part);
                    first = false;
                }
                result(joined.toString());
            }
        }, -1, Function.FLAG_DETERMINISTIC);
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
                migrate(c);
                addMemberWithCase(c, 1, MEMBER);
            });
            assertTrue(e.getMessage().contains("no such function: concat_ws"), e.getMessage());
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

    /** Cost of encryption, same SQLite build: plain vs SQLCipher-compatible AES-256 vs ChaCha20. */
    @Test
    void measureTheCostOfEncryption() throws Exception {
        StringBuilder table = new StringBuilder("\n| cipher | create+migrate ms | reopen ms | 2000 cases+10000 notes (1 tx) ms"
                + " | 200 single-case commits ms | 500 FTS queries ms | 100 brief aggregations ms | file KB |\n");
        for (String[] mode : new String[][] {{"plain", null}, {"sqlcipher", "k"}, {"chacha20", "k"}, {"plain", null},
                {"sqlcipher", "k"}, {"chacha20", "k"}}) {
            Path file = Files.createTempFile(dir, mode[0], ".db");
            Files.delete(file);
            String pass = mode[1] == null ? null : "correct horse battery staple";
            long t0 = System.nanoTime();
            try (Connection c = connect(file, pass, mode[0])) {
                supplyConcatWs(c);
                migrate(c);
            }
            long create = System.nanoTime() - t0;
            t0 = System.nanoTime();
            Connection c = connect(file, pass, mode[0]);
            one(c, "SELECT count(*) FROM member");
            long reopen = System.nanoTime() - t0;
            supplyConcatWs(c);
            t0 = System.nanoTime();
            c.setAutoCommit(false);
            for (int n = 0; n < 2000; n++) {
                addMemberWithCase(c, n, "Member Number " + n);
            }
            c.commit();
            long bulk = System.nanoTime() - t0;
            c.setAutoCommit(true);
            t0 = System.nanoTime();
            for (int n = 2000; n < 2200; n++) {
                c.setAutoCommit(false);
                addMemberWithCase(c, n, "Member Number " + n);
                c.commit();
            }
            long single = System.nanoTime() - t0;
            c.setAutoCommit(true);
            t0 = System.nanoTime();
            for (int q = 0; q < 500; q++) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM note_search WHERE note_search MATCH ?")) {
                    ps.setString(1, "adjustments " + (q * 7));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
            long fts = System.nanoTime() - t0;
            t0 = System.nanoTime();
            for (int q = 0; q < 100; q++) {
                try (PreparedStatement ps = c.prepareStatement(BriefQueries.MONTHS)) {
                    Object[] params = {"2026-01-01", "2026-12-31", null, null, null, null, null, null, null, null};
                    for (int i = 0; i < params.length; i++) {
                        ps.setObject(i + 1, params[i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getInt(3);
                        }
                    }
                }
            }
            long brief = System.nanoTime() - t0;
            c.close();
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d |%n", mode[0], create / 1_000_000,
                    reopen / 1_000_000, bulk / 1_000_000, single / 1_000_000, fts / 1_000_000, brief / 1_000_000,
                    Files.size(file) / 1024));
        }
        System.out.println(table);
    }

}
