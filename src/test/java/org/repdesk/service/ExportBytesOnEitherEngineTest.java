package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repdesk.model.Deadline;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * The cases JSON, the deadlines CSV and the workload CSV are written from the database's bytes
 * (and lines the engine makes), not from model objects, so that a plain {@code java -jar} stays
 * small at 300,000 cases (issue 21). Each must be byte for byte what Jackson writes from the same
 * rows read the plain way, tricky text and figures included, on a data file and on a casebook; and the
 * cases CSV (lines SQLite makes, a casebook's binary COPY made into lines in Java) the same bytes on both,
 * years outside 0001-9999 included.
 */
class ExportBytesOnEitherEngineTest {

    @TempDir
    Path dir;
    private RepDesk desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private void open(String engine) {
        desk = engine.equals("sqlite") ? TestDesk.open(dir)
                : new RepDesk(TestCasebooks.open(TestCasebooks.fresh(), TestCasebooks.OFFICER), TestDesk.fixedClock());
        new DemoData(desk).generate(30, 200, 42);
        TrickyCells.plant(desk, TRICKY, 4);
        plantInDeadlinesAndWorkload();
    }

    private static final List<String> TRICKY = List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+44 7700 900123",
            "-1+1", "@SUM(A1:A9)", "\tTabbed", "\rCarriage return first", "Siân \"Sid\" O'Neill, PSO",
            "line one\nline two", "line one\r\nline two\r", "Gwŷr Ŵyn, Ângharad ëï — Llanelli", "emoji 🙂 👩\u200d👧 done",
            "", "'already quoted", "\"quoted start", "trailing quote\"", "a,b,,c", " leading space", "=", "-", "\"\"",
            "back\\slash /slash", "bell\u0007 and \u001f unit", "\u2028line separator");
    /** Figures Java and the engine write differently, and nulls. */
    private static final Double[] FIGURES = {0.1 + 0.2, 1.0E7, 12_345_678.9, 0.0001, -0.0, 37.0, 104.7, null, 1.0 / 3,
        Double.MAX_VALUE, 2044.0};

    private void plantInDeadlinesAndWorkload() {
        desk.database().write(c -> {
            try (PreparedStatement d = c.prepareStatement("UPDATE deadline SET description = ? WHERE id = ?");
                 PreparedStatement w = c.prepareStatement("UPDATE workload_record SET uncounted_work = ?,"
                         + " capacity_percent = ?, hours_worked = ?, cases_held = ? WHERE id = ?")) {
                List<Deadline> deadlines = desk.cases().allDeadlines();
                for (int i = 0; i < TRICKY.size() * 2 && i * 3 < deadlines.size(); i++) {
                    d.setString(1, TRICKY.get(i % TRICKY.size()));
                    d.setString(2, deadlines.get(i * 3).id().toString());
                    d.executeUpdate();
                }
                try (PreparedStatement due = c.prepareStatement("UPDATE deadline SET due_on = ?, done = ? WHERE id = ?")) {
                    // open and done, the day before, on and after today: overdue is "before today, not done"
                    for (int i = 0; i < 6; i++) {
                        due.setString(1, desk.cases().today().plusDays(i % 3 - 1).toString());
                        due.setInt(2, i / 3);
                        due.setString(3, deadlines.get(i * 3 + 1).id().toString());
                        due.executeUpdate();
                    }
                }
                List<WorkloadRecord> records = desk.workload().all();
                assertTrue(records.size() > TRICKY.size() * 2, "workload records to plant in");
                for (int i = 0; i < TRICKY.size() * 2; i++) {
                    w.setString(1, i % 4 == 3 ? null : TRICKY.get(i % TRICKY.size()));
                    w.setObject(2, FIGURES[i % FIGURES.length]);
                    w.setObject(3, FIGURES[(i + 3) % FIGURES.length]);
                    w.setObject(4, i % 5 == 4 ? null : i * 997);
                    w.setString(5, records.get(i).id().toString());
                    w.executeUpdate();
                }
            }
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theCasesJsonIsWhatJacksonWritesFromTheRows(String engine) throws IOException {
        open(engine);
        List<Exporter.CaseRow> rows = CaseRowsThePlainWay.of(desk);
        assertTrue(rows.stream().anyMatch(r -> r.manager() != null && r.manager().contains("🙂")), "planted");
        Path plain = dir.resolve("plain.json");
        Path streamed = dir.resolve("streamed.json");
        Exporter.write(rows, Exporter.CaseRow.class, Exporter.Format.JSON, plain);

        assertEquals(rows.size(), new Exporter(desk).exportCases(Exporter.Format.JSON, streamed));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(streamed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theDeadlinesCsvIsWhatJacksonWritesFromTheRows(String engine) throws IOException {
        open(engine);
        LocalDate today = desk.cases().today();
        List<Exporter.DeadlineRow> rows = new ArrayList<>();
        desk.cases().forEachDeadlineForExport(x -> rows.add(Exporter.DeadlineRow.of(x, today)));
        assertTrue(rows.stream().anyMatch(Exporter.DeadlineRow::overdue), "overdue deadlines");
        assertTrue(rows.stream().anyMatch(r -> r.what().startsWith("=HYPERLINK")), "planted");
        Path plain = dir.resolve("plain.csv");
        Path streamed = dir.resolve("streamed.csv");
        Exporter.write(rows, Exporter.DeadlineRow.class, Exporter.Format.CSV, plain);

        assertEquals(rows.size(), new Exporter(desk).exportDeadlines(Exporter.Format.CSV, streamed));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(streamed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theWorkloadCsvIsWhatJacksonWritesFromTheRows(String engine) throws IOException {
        open(engine);
        List<Exporter.WorkloadRow> rows = new ArrayList<>();
        desk.workload().forEachForExport(x -> rows.add(Exporter.WorkloadRow.of(x)));
        assertTrue(rows.stream().anyMatch(r -> Double.valueOf(0.1 + 0.2).equals(r.capacityPercent())), "planted figures");
        Path plain = dir.resolve("plain.csv");
        Path streamed = dir.resolve("streamed.csv");
        Exporter.write(rows, Exporter.WorkloadRow.class, Exporter.Format.CSV, plain);

        assertEquals(rows.size(), new Exporter(desk).exportWorkload(Exporter.Format.CSV, streamed));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(streamed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theMembersCsvIsWhatJacksonWritesFromTheRows(String engine) throws IOException {
        open(engine);
        List<org.repdesk.model.Member> members = desk.members().all();
        desk.database().write(c -> {
            try (PreparedStatement m = c.prepareStatement("UPDATE member SET team = ?, office = ?, email = ?, phone = ?,"
                    + " region = ?, contracted_hours = ? WHERE id = ?")) {
                for (int i = 0; i < members.size(); i++) {
                    m.setString(1, TRICKY.get(i % TRICKY.size()));
                    m.setString(2, i % 4 == 0 ? null : TRICKY.get((i + 1) % TRICKY.size()));
                    m.setString(3, TRICKY.get((i + 2) % TRICKY.size()));
                    m.setString(4, i % 3 == 0 ? null : TRICKY.get((i + 3) % TRICKY.size()));
                    m.setString(5, i % 5 == 0 ? null : members.get(i).region() == null ? null : members.get(i).region().name());
                    m.setObject(6, FIGURES[i % FIGURES.length]);
                    m.setString(7, members.get(i).id().toString());
                    m.executeUpdate();
                }
            }
            return null;
        });
        List<Exporter.MemberRow> rows = new ArrayList<>();
        desk.members().forEachForExport(m -> rows.add(Exporter.MemberRow.of(m)));
        assertTrue(rows.stream().anyMatch(r -> r.contractedHours() != null && r.contractedHours().scale() == 0
                && r.contractedHours().intValue() == 10_000_000), "planted figures");
        Path plain = dir.resolve("plain.csv");
        Path streamed = dir.resolve("streamed.csv");
        Exporter.write(rows, Exporter.MemberRow.class, Exporter.Format.CSV, plain);

        assertEquals(rows.size(), new Exporter(desk).exportMembers(Exporter.Format.CSV, streamed));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(streamed));
        // The engine's own lines (a casebook's COPY refuses 1.0E7 and the file is written the Java way)
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
        desk.members().forEachCsvLineForExport(line -> {
            lines.write(line);
            lines.write(new byte[] {'\r', '\n'});
        });
        String file = Files.readString(plain);
        assertEquals(file.substring(file.indexOf("\r\n") + 2), lines.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Years LocalDate reads outside 0001-9999 (as a damaged or foreign file might hold them): LocalDate's own text. */
    private static final List<String> FAR_YEARS = List.of("0000-01-01", "-0001-01-01", "+10000-01-01");

    /** Runs {@code sql} with {@code values} on the desk's store, as a hand-made UPDATE could. */
    private void update(String sql, String... values) {
        desk.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setString(i + 1, values[i]);
                }
                assertTrue(ps.executeUpdate() > 0, sql);
            }
            return null;
        });
    }

    /**
     * Each of {@link #FAR_YEARS} as a case's opening day, another's closing day, and every open deadline of an
     * open case (its next deadline: a case's earliest as the Java writer picks it, the only one left).
     */
    private void plantFarYears() {
        List<org.repdesk.model.CaseFile> cases = desk.cases().all();
        List<String> withDeadlines = desk.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id FROM case_file c WHERE c.status <> 'CLOSED'"
                    + " AND EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id AND d.done = 0) ORDER BY c.reference");
                    java.sql.ResultSet rs = ps.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
                return ids;
            }
        });
        assertTrue(withDeadlines.size() >= FAR_YEARS.size(), "open cases with deadlines to meet");
        for (int i = 0; i < FAR_YEARS.size(); i++) {
            String day = FAR_YEARS.get(i);
            update("UPDATE case_file SET opened_on = ? WHERE id = ?", day, cases.get(3 + i).id().toString());
            update("UPDATE case_file SET closed_on = ? WHERE id = ?", day, cases.get(9 + i).id().toString());
            update("UPDATE deadline SET due_on = ? WHERE case_id = ? AND done = 0", day, withDeadlines.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theCasesCsvWritesYearsOutside0001To9999AsTheJavaWriterDoes(String engine) throws IOException {
        open(engine);
        plantFarYears();
        List<Exporter.CaseRow> rows = CaseRowsThePlainWay.of(desk);
        Path plain = dir.resolve("plain.csv");
        Path streamed = dir.resolve("streamed.csv");
        Exporter.write(rows, Exporter.CaseRow.class, Exporter.Format.CSV, plain);

        assertEquals(rows.size(), new Exporter(desk).exportCases(Exporter.Format.CSV, streamed));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(streamed));
        String csv = Files.readString(streamed);
        for (String day : FAR_YEARS) {
            assertEquals(3, csv.split("\"" + java.util.regex.Pattern.quote(day) + "\"", -1).length - 1,
                    day + " as it is, unguarded: opened, closed and next deadline");
        }
    }

    @Test
    void aDataFileAndACasebookWriteTheSameCasesCsvFromTheSameCases() throws IOException {
        byte[][] files = new byte[2][];
        String[] engines = {"sqlite", "postgresql"};
        for (int i = 0; i < 2; i++) {
            close();
            open(engines[i]);
            plantFarYears();
            Path out = dir.resolve(engines[i] + ".csv");
            new Exporter(desk).exportCases(Exporter.Format.CSV, out);
            files[i] = Files.readAllBytes(out);
        }
        assertTrue(new String(files[0], java.nio.charset.StandardCharsets.UTF_8).contains("\"+10000-01-01\""), "planted");
        assertArrayEquals(files[0], files[1]);
    }

    /**
     * A far year beside an ordinary day among a case's open deadlines: the text's minimum is not the earliest day
     * (+10000-01-01 before 2026), so the next deadline cannot be written from it: the export stops naming the case.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFarYearBesideAnotherOpenDeadlineStopsTheCasesCsvNamingTheCase(String engine) {
        open(engine);
        String id = desk.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id FROM case_file c WHERE c.status <> 'CLOSED'"
                    + " AND (SELECT count(*) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) >= 2 ORDER BY c.reference");
                    java.sql.ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "an open case with two deadlines to meet");
                return rs.getString(1);
            }
        });
        for (String far : List.of("+10000-01-01", "-0001-01-01")) {
            update("UPDATE deadline SET due_on = ? WHERE id = (SELECT min(id) FROM deadline WHERE case_id = ? AND done = 0)",
                    far, id);
            Path out = dir.resolve("stopped.csv");
            StoreException e = assertThrows(StoreException.class,
                    () -> new Exporter(desk).exportCases(Exporter.Format.CSV, out), far);
            assertEquals(StoreException.Kind.DAMAGED, e.kind(), far);
            assertTrue(e.getMessage().contains(id), far + ": " + e.getMessage());
            assertTrue(Files.notExists(out), "nothing half-written is left");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCaseDatedOnNoDayOrWithAnUnknownCodeStillStopsTheCasesCsvNamingIt(String engine) {
        open(engine);
        String id = desk.cases().all().get(6).id().toString();
        String where = engine.equals("sqlite") ? "data file" : "casebook";
        for (String[] planted : List.of(new String[] {"opened_on", "+10000-02-30"}, new String[] {"closed_on", "-0001-13-01"},
                new String[] {"opened_on", "2026-02-30"}, new String[] {"case_type", "ABDUCTION"})) {
            String before = desk.database().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + planted[0] + " FROM case_file WHERE id = ?")) {
                    ps.setString(1, id);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            });
            update("UPDATE case_file SET " + planted[0] + " = ? WHERE id = ?", planted[1], id);
            Path out = dir.resolve("stopped.csv");
            StoreException e = assertThrows(StoreException.class,
                    () -> new Exporter(desk).exportCases(Exporter.Format.CSV, out), planted[1]);
            assertEquals(StoreException.Kind.DAMAGED, e.kind(), planted[1]);
            assertTrue(e.getMessage().contains(id) && e.getMessage().contains(where), planted[1] + ": " + e.getMessage());
            assertTrue(Files.notExists(out), "nothing half-written is left");
            update("UPDATE case_file SET " + planted[0] + " = ? WHERE id = ?", before, id);
        }
    }
}
