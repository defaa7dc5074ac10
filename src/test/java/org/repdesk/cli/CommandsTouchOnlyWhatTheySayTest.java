package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only commands leave the data file's bytes as they were; --out never replaces what it should not. */
class CommandsTouchOnlyWhatTheySayTest {

    @TempDir
    Path dir;
    private Path db;

    private static CliRun repdesk(Object... args) {
        return CliRun.of(name -> null, args);
    }

    @BeforeEach
    void demoFile() {
        db = dir.resolve("demo.db");
        assertEquals(0, repdesk("--db", db, "demo", "--members", "20", "--cases", "30").exit());
        forgetStatistics();
    }

    /**
     * As a file that was never analysed (or whose tables grew since): then SQLite's PRAGMA optimize
     * on close would write fresh statistics, which is what a read-only command must not do.
     */
    private void forgetStatistics() {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS sqlite_stat1");
            st.execute("DROP TABLE IF EXISTS sqlite_stat4");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private record Snapshot(byte[] bytes, FileTime modified) {
    }

    private Snapshot snapshot() throws IOException {
        return new Snapshot(Files.readAllBytes(db), Files.getLastModifiedTime(db));
    }

    private void assertUnchanged(Snapshot before, String command) throws IOException {
        Snapshot after = snapshot();
        assertArrayEquals(before.bytes(), after.bytes(), command + " changed the data file's bytes");
        assertEquals(before.modified(), after.modified(), command + " touched the data file");
    }

    private String firstCaseReference() throws IOException {
        Path refs = dir.resolve("refs.csv");
        assertEquals(0, repdesk("--db", db, "export", "cases", "--format", "csv", "--out", refs).exit());
        return Files.readAllLines(refs).get(1).split(",")[0].replace("\"", "");
    }

    @Test
    void readingCommandsLeaveTheDataFileByteForByteAsItWas() throws IOException {
        String reference = firstCaseReference();
        Snapshot before = snapshot();
        List<List<Object>> commands = List.of(
                List.of("check"),
                List.of("export", "members", "--format", "csv", "--out", dir.resolve("m.csv")),
                List.of("export", "cases", "--format", "xlsx", "--out", dir.resolve("c.xlsx")),
                List.of("export", "demands", "--format", "json", "--out", dir.resolve("d.json")),
                List.of("brief", "--out", dir.resolve("b.md")),
                List.of("summary", reference, "--out", dir.resolve("s.pdf")),
                List.of("report", "caseload", "--out", dir.resolve("r.pdf")),
                List.of("demands"),
                List.of("audit", "export", "--out", dir.resolve("a.csv")),
                List.of("capacity", "--grade", "PO", "--contracted-hours", "37", "--reduction-hours", "0",
                        "--workload-points", "2000"));
        for (List<Object> command : commands) {
            List<Object> args = new java.util.ArrayList<>(List.of("--db", db));
            args.addAll(command);
            CliRun run = repdesk(args.toArray());
            assertEquals(0, run.exit(), command + ": " + run.err());
            assertUnchanged(before, command.get(0).toString());
        }
    }

    @Test
    void refusedCommandsLeaveTheDataFileByteForByteAsItWas() throws IOException {
        Path badCsv = dir.resolve("bad.csv");
        Files.writeString(badCsv, "membership_number,name,union,grade\nX1,,Napo,PO\n");
        Snapshot before = snapshot();

        assertEquals(1, repdesk("--db", db, "summary", "1999-9999", "--out", dir.resolve("s.pdf")).exit());
        assertUnchanged(before, "summary of no case");
        assertEquals(1, repdesk("--db", db, "import", "members", badCsv).exit());
        assertUnchanged(before, "a refused import");
        assertEquals(2, repdesk("--db", db, "brief", "--out", dir.resolve("b.md"), "--from", "26-01-01").exit());
        assertUnchanged(before, "a brief with a bad date");
    }

    @Test
    void outNeverWritesOverTheDataFilesOwnFiles() throws IOException {
        Path lock = dir.resolve("demo.db.lock");
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        for (Path own : List.of(db, dir.resolve("demo.db-wal"), dir.resolve("demo.db-shm"), lock,
                backups.resolve("copy.csv"))) {
            boolean existed = Files.exists(own);
            CliRun run = repdesk("--db", db, "export", "members", "--format", "csv", "--out", own, "--force");

            assertEquals(1, run.exit(), own.toString());
            assertTrue(run.err().contains("one of its own files"), run.err());
            assertEquals(1, run.errLines().size(), "one line: " + run.err());
            assertEquals(existed, Files.exists(own), own + " was not created or removed");
        }
    }

    @Test
    void outReplacesAnotherExistingFileOnlyWithForce() throws IOException {
        Path letter = Files.writeString(dir.resolve("letter.pdf"), "the rep's own letter");

        CliRun refused = repdesk("--db", db, "report", "caseload", "--out", letter);

        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("already exists") && refused.err().contains("--force"), refused.err());
        assertEquals("the rep's own letter", Files.readString(letter));
        assertEquals(0, repdesk("--db", db, "report", "caseload", "--out", letter, "--force").exit());
        assertTrue(Files.readString(letter, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void aFolderGivenAsTheDataFileIsCalledAFolder() {
        CliRun run = repdesk("--db", dir, "check");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains(dir + " is a folder, not a data file"), run.err());
    }

    @Test
    void aBadYearIsBadUsageLikeABadDate() {
        CliRun year = repdesk("--db", db, "brief", "--out", dir.resolve("b.md"), "--from", "0026-01-01");
        CliRun date = repdesk("--db", db, "brief", "--out", dir.resolve("b.md"), "--from", "2026-13-01");

        assertEquals(2, year.exit(), year.err());
        assertTrue(year.err().contains("write the year in full"), year.err());
        assertEquals(2, date.exit(), date.err());
        assertFalse(Files.exists(dir.resolve("b.md")));
    }

    @Test
    void aMemberFileWithOnlyAHeaderFailsWithOneLineSayingSo() throws IOException {
        Path csv = Files.writeString(dir.resolve("header.csv"), "membership_number,name,union,grade\r\n");

        CliRun run = repdesk("--db", db, "import", "members", csv);

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no members under it"), run.err());
    }
}
