package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;

/**
 * The cases export streams from one query into the file; here the same rows are put together the
 * plain way, from every case, member and deadline read whole, and written through the generic
 * writer: the two files must hold the same rows, byte for byte in CSV, cell for cell in the workbook.
 */
class CaseExportAtScaleTest {

    @TempDir
    Path dir;
    private RepDesk desk;

    @BeforeEach
    void generatedCasework() {
        desk = TestDesk.open(dir);
        new DemoData(desk).generate(60, 700, 42);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<Exporter.CaseRow> everyRowThePlainWay() {
        return CaseRowsThePlainWay.of(desk);
    }

    @Test
    void theStreamedCsvIsByteForByteWhatWritingEveryRowGives() throws IOException {
        List<Exporter.CaseRow> rows = everyRowThePlainWay();
        assertTrue(rows.stream().filter(r -> r.nextDeadline() != null).count() > 50, "deadlines to export");
        Path plain = dir.resolve("plain.csv");
        Path streamed = dir.resolve("streamed.csv");
        Exporter.write(rows, Exporter.CaseRow.class, Exporter.Format.CSV, plain);

        assertEquals(rows.size(), new Exporter(desk).exportCases(Exporter.Format.CSV, streamed));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(streamed));
    }

    /** What a rep, an import or a planted cell can put in a text column: each must come out as Jackson writes it. */
    private static final List<String> TRICKY = List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+44 7700 900123",
            "-1+1", "@SUM(A1:A9)", "\tTabbed", "\rCarriage return first", "Siân \"Sid\" O'Neill, PSO",
            "line one\nline two", "line one\r\nline two\r", "Gwŷr Ŵyn, Ângharad ëï — Llanelli", "emoji 🙂 👩\u200d👧 done",
            "", "'already quoted", "\"quoted start", "trailing quote\"", "a,b,,c", " leading space", "=", "-", "\"\"",
            "plain", Builders.longNote(10_000).replace("(112%)", "\"112%\", =1+1"), "x\u0000y", "no\u001fseparator");

    @Test
    void trickyTextComesOutOfSqliteByteForByteAsTheJavaWriterWritesIt() throws IOException {
        TrickyCells.plant(desk, TRICKY, 7);
        List<Exporter.CaseRow> rows = everyRowThePlainWay();
        assertTrue(rows.stream().anyMatch(r -> r.memberName().startsWith("=HYPERLINK")), "planted");
        Path plain = dir.resolve("plain.csv");
        Path fromSqlite = dir.resolve("sqlite.csv");
        Exporter.write(rows, Exporter.CaseRow.class, Exporter.Format.CSV, plain);

        assertTrue(desk.cases().makesCsvLines(), "a data file's lines come from SQLite");
        assertEquals(rows.size(), new Exporter(desk).exportCases(Exporter.Format.CSV, fromSqlite));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(fromSqlite));
        assertTrue(Files.readString(fromSqlite).contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""), "guarded");
    }

    @Test
    void theStreamedWorkbookHoldsWhatWritingEveryRowGives() throws IOException {
        List<Exporter.CaseRow> rows = everyRowThePlainWay();
        Path plain = dir.resolve("plain.xlsx");
        Path streamed = dir.resolve("streamed.xlsx");
        Exporter.write(rows, Exporter.CaseRow.class, Exporter.Format.XLSX, plain);

        assertEquals(rows.size(), new Exporter(desk).exportCases(Exporter.Format.XLSX, streamed));
        List<List<String>> expected = cells(plain);
        assertEquals(rows.size() + 1, expected.size());
        assertEquals(expected, cells(streamed));
    }

    private static List<List<String>> cells(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook book = new ReadableWorkbook(in)) {
            return book.getFirstSheet().read().stream().map(CaseExportAtScaleTest::texts).toList();
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getType() + ":" + c.getRawValue()).toList();
    }
}
