package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheLatestVersionWithWalAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    assertEquals(Migrations.latestVersion(), Database.intPragma(st, "user_version"));
                    assertEquals(Database.APPLICATION_ID, Database.intPragma(st, "application_id"));
                    assertEquals(1, Database.intPragma(st, "foreign_keys"));
                    try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                        rs.next();
                        assertEquals("wal", rs.getString(1));
                    }
                    try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
                        List<String> tables = new java.util.ArrayList<>();
                        while (rs.next()) {
                            tables.add(rs.getString(1));
                        }
                        assertTrue(tables.containsAll(List.of("member", "case_file", "timeline_entry", "deadline",
                                "workload_record", "stage", "setting", "case_search", "note_search")), tables.toString());
                    }
                }
                return null;
            });
        }
    }

    @Test
    void reopeningAMigratedFileChangesNothing() {
        Database.open(dir.resolve("a.db")).close();
        try (Database db = Database.open(dir.resolve("a.db"))) {
            int version = db.read(c -> {
                try (Statement st = c.createStatement()) {
                    return Database.intPragma(st, "user_version");
                }
            });
            assertEquals(Migrations.latestVersion(), version);
        }
    }

    @Test
    void refusesATextFileAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "shopping list: milk, eggs", StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Kind.FOREIGN_FILE, e.kind());
        assertTrue(e.getMessage().contains("not a RepDesk data file"));
        assertEquals("shopping list: milk, eggs", Files.readString(file));
    }

    @Test
    void refusesAnotherProgramsSqliteFile() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipes (name TEXT)");
        }
        long size = Files.size(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Kind.FOREIGN_FILE, e.kind());
        assertEquals(size, Files.size(file));
    }

    @Test
    void refusesAFileFromANewerRepDesk() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Kind.NEWER_VERSION, e.kind());
        assertTrue(e.getMessage().contains("newer version of RepDesk"));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            assertThrows(StoreException.class, () -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO setting (key, value) VALUES ('a', '1')");
                    st.executeUpdate("INSERT INTO setting (key, value) VALUES ('a', '2')"); // duplicate key
                }
                return null;
            }));
            int rows = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM setting")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(0, rows);
        }
    }

    @Test
    void aNewDataFileAndItsWalAreReadableByTheOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("private.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO setting (key, value) VALUES ('k', 'v')");
                }
                return null;
            });
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
            Path wal = dir.resolve("private.db-wal");
            assertTrue(Files.exists(wal));
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(wal)));
        }
    }

    @Test
    void anExistingFileReadableByOthersIsTightenedOnOpen() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("loose.db");
        Database.open(file).close();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Database.open(file).close();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }
}
