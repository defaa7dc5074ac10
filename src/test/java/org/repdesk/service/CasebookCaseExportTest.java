package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CasebookAddress;
import org.repdesk.store.StoreException;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * A casebook's cases CSV comes as lines the server made (the formula guard, the quoting and the
 * labels in SQL, as SQLite makes a data file's): byte for byte what the Java writer writes from the
 * same rows read the plain way, for an officer and for a rep, whose file holds only their cases.
 */
class CasebookCaseExportTest {

    @TempDir
    Path dir;
    private CasebookAddress casebook;
    private RepDesk officer;

    @BeforeEach
    void generatedCasework() {
        casebook = TestCasebooks.fresh();
        officer = deskAs(TestCasebooks.OFFICER);
        new DemoData(officer).generate(30, 200, 42);
    }

    @AfterEach
    void close() {
        officer.close();
    }

    private RepDesk deskAs(String login) {
        return new RepDesk(TestCasebooks.open(casebook, login), TestDesk.fixedClock());
    }

    /** The export's rows put together from every case, member and deadline the login can read, as Java writes them. */
    private static byte[] writtenThePlainWay(RepDesk desk, Path out) throws IOException {
        List<Exporter.CaseRow> rows = CaseRowsThePlainWay.of(desk);
        Exporter.write(rows, Exporter.CaseRow.class, Exporter.Format.CSV, out);
        return Files.readAllBytes(out);
    }

    /**
     * What a rep, an import or a planted cell can put in a text column (as the data file's test has
     * them, but for a NUL character, which PostgreSQL's text never holds).
     */
    private static final List<String> TRICKY = List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+44 7700 900123",
            "-1+1", "@SUM(A1:A9)", "\tTabbed", "\rCarriage return first", "Siân \"Sid\" O'Neill, PSO",
            "line one\nline two", "line one\r\nline two\r", "Gwŷr Ŵyn, Ângharad ëï — Llanelli", "emoji 🙂 👩\u200d👧 done",
            "", "'already quoted", "\"quoted start", "trailing quote\"", "a,b,,c", " leading space", "=", "-", "\"\"",
            "plain", Builders.longNote(10_000).replace("(112%)", "\"112%\", =1+1"), "back\\slash \\N", "no\u001fseparator");

    @Test
    void trickyTextComesFromTheServerByteForByteAsTheJavaWriterWritesIt() throws IOException {
        TrickyCells.plant(officer, TRICKY, 3);
        byte[] plain = writtenThePlainWay(officer, dir.resolve("plain.csv"));
        Path fromServer = dir.resolve("server.csv");

        assertTrue(officer.cases().copiesCsvRows(), "a casebook's rows come from its COPY");
        assertTrue(!officer.cases().makesCsvLines(), "their lines made in Java, not by the server");
        assertEquals(officer.cases().count(), new Exporter(officer).exportCases(Exporter.Format.CSV, fromServer));
        assertArrayEquals(plain, Files.readAllBytes(fromServer));
        String csv = Files.readString(fromServer);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""), "guarded");
        assertTrue(csv.contains("\"back\\slash \\N\""), "a backslash is only a backslash");
    }

    @Test
    void aRepsFileHoldsTheirCasesOnlyWrittenAsTheJavaWriterWritesThem() throws IOException {
        List<CaseFile> all = officer.cases().all();
        List<CaseFile> hers = all.subList(0, 40);
        TestCasebooks.assign(officer.database(), TestCasebooks.REP, hers);
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            byte[] plain = writtenThePlainWay(rachel, dir.resolve("plain.csv"));
            Path fromServer = dir.resolve("rachel.csv");

            assertEquals(hers.size(), new Exporter(rachel).exportCases(Exporter.Format.CSV, fromServer));
            assertArrayEquals(plain, Files.readAllBytes(fromServer));
        }
    }

    /** Plants {@code value} in {@code column} of the sixth case, as a hand-made UPDATE on the server could; its id. */
    private String planted(String column, String value) {
        CaseFile k = officer.cases().all().get(5);
        officer.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET " + column + " = ? WHERE id = ?")) {
                ps.setString(1, value);
                ps.setString(2, k.id().toString());
                ps.executeUpdate();
            }
            return null;
        });
        return k.id().toString();
    }

    /** (0000-01-01, -0001-01-01 and +10000-01-01 are written, as a data file writes them: ExportBytesOnEitherEngineTest.) */
    @Test
    void aCodeOrADateInAnotherFormStopsTheExportNamingTheCaseAndLeavesNoFile() {
        for (String[] planted : List.of(new String[] {"case_type", "ABDUCTION"}, new String[] {"workload_factor", "maybe"},
                new String[] {"opened_on", "today"}, new String[] {"closed_on", " 2026-01-05"},
                new String[] {"opened_on", "2026-1-5"}, new String[] {"opened_on", "0000-02-30"},
                new String[] {"opened_on", "infinity"}, new String[] {"closed_on", "-infinity"},
                new String[] {"opened_on", "10000-01-01"}, new String[] {"opened_on", "2026-01-05 BC"},
                new String[] {"closed_on", "2026-01-05 Foo/Bar"}, new String[] {"opened_on", "2026-01-05 +99:00"})) {
            casebook = TestCasebooks.fresh();
            officer.close();
            officer = deskAs(TestCasebooks.OFFICER);
            new DemoData(officer).generate(5, 20, 42);
            String id = planted(planted[0], planted[1]);
            Path out = dir.resolve("cases-" + planted[0] + ".csv");

            StoreException e = assertThrows(StoreException.class,
                    () -> new Exporter(officer).exportCases(Exporter.Format.CSV, out), planted[1]);
            assertEquals(StoreException.Kind.DAMAGED, e.kind(), planted[1]);
            assertTrue(e.getMessage().contains(id), planted[1] + ": " + e.getMessage());
            assertTrue(Files.notExists(out), "nothing half-written is left");
        }
    }

    @Test
    void anOpenDeadlineDueOnNoDayStopsTheExportNamingItsCase() {
        String id = officer.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id FROM case_file c JOIN deadline d ON d.case_id = c.id"
                    + " WHERE c.status <> 'CLOSED' AND d.done = 0 ORDER BY c.reference LIMIT 1");
                    java.sql.ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the demo has an open case with a deadline to meet");
                return rs.getString(1);
            }
        });
        officer.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE deadline SET due_on = '2026-02-30' WHERE case_id = ? AND done = 0")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return null;
        });
        StoreException e = assertThrows(StoreException.class,
                () -> new Exporter(officer).exportCases(Exporter.Format.CSV, dir.resolve("cases.csv")));
        assertEquals(StoreException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains(id), e.getMessage());
    }

    @Test
    void aConnectionDroppedOnceRowsAreWrittenIsToldAsSuchNotTriedAgain() throws Exception {
        // Rows large enough that the server is still sending when its session is ended.
        officer.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET outcome = repeat('x', 200000)")) {
                ps.executeUpdate();
            }
            return null;
        });
        int pid = officer.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_backend_pid()"); java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        try (org.repdesk.store.Database other = TestCasebooks.open(casebook, TestCasebooks.OFFICER)) {
            java.io.OutputStream endsTheSessionAtFirst = TestCasebooks.endingTheSessionAtFirst(other, pid, written);
            StoreException e = assertThrows(StoreException.class,
                    () -> officer.cases().copyCsvRowsForExport(endsTheSessionAtFirst));
            assertEquals(StoreException.Kind.UNREACHABLE, e.kind(), e.getMessage());
            assertTrue(e.getCause() instanceof java.sql.SQLException, "the drop itself is the cause");
        }
        int rows = new String(written.toByteArray(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n", -1).length - 1;
        assertTrue(rows < officer.cases().count(), "no case written twice: " + rows); // and the next read reconnects
    }

    @Test
    void aReaderIsRefusedTheCasesAsByTheServersRules() {
        try (RepDesk reader = deskAs(TestCasebooks.READER)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> new Exporter(reader).exportCases(Exporter.Format.CSV, dir.resolve("reader.csv")));
            assertEquals(StoreException.Kind.NOT_ALLOWED, e.kind(), e.getMessage());
            assertTrue(Files.notExists(dir.resolve("reader.csv")));
        }
    }

    @Test
    void aDateNoDayHasStopsTheExportAsItStoppedTheJavaWriter() {
        CaseFile k = officer.cases().all().get(5);
        officer.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET opened_on = '2026-02-30' WHERE id = ?")) {
                ps.setString(1, k.id().toString());
                ps.executeUpdate();
            }
            return null;
        });
        StoreException e = assertThrows(StoreException.class,
                () -> new Exporter(officer).exportCases(Exporter.Format.CSV, dir.resolve("cases.csv")));
        assertEquals(StoreException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains(k.id().toString()), e.getMessage());
    }
}
