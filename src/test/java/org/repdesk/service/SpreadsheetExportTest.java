package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.testing.TestDesk;

/** What a rep sees when an export is opened in a spreadsheet: values as RepDesk holds them, nothing run. */
class SpreadsheetExportTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"click\")";

    @TempDir
    Path dir;
    private RepDesk desk;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** The values the issue names: formulas, leading zeros, a plus sign, and text a spreadsheet turns into numbers. */
    static void addTrickyMembers(RepDesk desk) {
        desk.members().save(aMember().number("007123").named(HYPERLINK).team("=1+1").phone("07700900123")
                .office("1E5").hours(37.0).build());
        desk.members().save(aMember().number("1E5").named("-Smith").team("3/4").phone("+447700900123")
                .office("Mar-25").hours(22.5).build());
        desk.members().save(aMember().number("50%").named("@Ann").team("Mar-25").office("50%").hours(null).build());
    }

    @Test
    void memberCsvPutsAQuoteBeforeEveryFormulaAndQuotesEveryTextCell() throws IOException {
        addTrickyMembers(desk);
        Path out = dir.resolve("members.csv");

        new Exporter(desk).exportMembers(Exporter.Format.CSV, out);

        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"007123\",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",\"Napo\",\"PO\",\"'=1+1\""), csv);
        assertTrue(csv.contains("\"'+447700900123\""), csv);
        assertTrue(csv.contains("\"'-Smith\""), csv);
        assertTrue(csv.contains("\"'@Ann\""), csv);
        assertTrue(csv.contains(",37\r\n"), "numbers stay bare: " + csv);
        for (String line : csv.substring(1).split("\r\n")) {
            if (!line.startsWith("membership_number")) {
                assertTrue(line.startsWith("\""), "every row starts with a quoted text cell: " + line);
            }
        }
    }

    @Test
    void membersWithFormulaLookingValuesImportBackFromTheCsvExactlyAsTyped() throws IOException {
        addTrickyMembers(desk);
        Path out = dir.resolve("members.csv");
        new Exporter(desk).exportMembers(Exporter.Format.CSV, out);

        try (RepDesk empty = TestDesk.open(dir.resolve("second"))) {
            MemberImport.Result result = new MemberImport(empty.database()).importFile(out);

            assertEquals(List.of(), result.problems());
            assertEquals(withoutIds(desk.members().all()), withoutIds(empty.members().all()));
        }
    }

    @Test
    void caseDemandAndAuditCsvsNeutraliseFormulasTheSameWay() throws IOException {
        Member member = desk.members().save(aMember().number("N1").named(HYPERLINK).build());
        desk.cases().open(aCase(member).manager("=1+1").build());
        Path cases = dir.resolve("cases.csv");
        Path audit = dir.resolve("audit.csv");

        new Exporter(desk).exportCases(Exporter.Format.CSV, cases);
        desk.audit().export(Exporter.Format.CSV, audit);

        String caseCsv = Files.readString(cases);
        assertTrue(caseCsv.contains("\"'=HYPERLINK(") && caseCsv.contains("\"'=1+1\""), caseCsv);
        assertFalse(caseCsv.contains(",=") || caseCsv.contains(",\"="), caseCsv);
        String auditCsv = Files.readString(audit);
        assertFalse(auditCsv.contains(",=") || auditCsv.contains(",\"="), auditCsv);
    }

    @Test
    void memberSpreadsheetKeepsTextAsTextNumbersAsNumbersAndRunsNothing() throws IOException {
        addTrickyMembers(desk);
        Path out = dir.resolve("members.xlsx");

        assertEquals(3, new Exporter(desk).exportMembers(Exporter.Format.XLSX, out));

        List<Row> rows = rows(out);
        assertEquals(MemberImport.COLUMNS, rows.get(0).stream().map(c -> c.getText()).toList());
        Row first = rows.stream().filter(r -> "007123".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertEquals(CellType.STRING, first.getCell(0).getType());
        assertEquals(HYPERLINK, first.getCellText(1));
        assertEquals(CellType.STRING, first.getCell(1).getType());
        assertNull(first.getCell(1).getFormula());
        assertEquals("=1+1", first.getCellText(4));
        assertEquals("07700900123", first.getCellText(8));
        assertEquals(CellType.NUMBER, first.getCell(9).getType());
        assertEquals(0, new BigDecimal(37).compareTo(first.getCell(9).asNumber()));
        Row second = rows.stream().filter(r -> "1E5".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertEquals(CellType.STRING, second.getCell(0).getType());
        assertEquals("+447700900123", second.getCellText(8));
        assertEquals("3/4", second.getCellText(4));
        assertEquals("Mar-25", second.getCellText(5));
        String sheet = entry(out, "xl/worksheets/sheet1.xml");
        assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "no formula cells");
        assertTrue(sheet.contains("state=\"frozen\""), "the header row is frozen");
        assertTrue(sheet.contains("<col "), "columns are sized");
    }

    @Test
    void caseSpreadsheetHoldsDatesAsDates() throws IOException {
        Member member = desk.members().save(aMember().number("N1").named("Aoife Byrne").build());
        CaseFile opened = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 3, 2)).build());
        Path out = dir.resolve("cases.xlsx");

        new Exporter(desk).exportCases(Exporter.Format.XLSX, out);

        Row row = rows(out).get(1);
        assertEquals(opened.reference(), row.getCellText(0));
        assertEquals(CellType.NUMBER, row.getCell(6).getType(), "opened_on is a date serial");
        assertEquals(LocalDate.of(2026, 3, 2), row.getCell(6).asDate().toLocalDate());
    }

    @Test
    void everyExportIsOfferedAsASpreadsheet() throws IOException {
        addTrickyMembers(desk);
        Exporter exporter = new Exporter(desk);
        exporter.exportDemands(Exporter.Format.XLSX, dir.resolve("demands.xlsx"));
        exporter.exportDeadlines(Exporter.Format.XLSX, dir.resolve("deadlines.xlsx"));
        exporter.exportWorkload(Exporter.Format.XLSX, dir.resolve("workload.xlsx"));
        int entries = desk.audit().export(Exporter.Format.XLSX, dir.resolve("audit.xlsx"));

        assertEquals("title", rows(dir.resolve("demands.xlsx")).get(0).getCellText(0));
        assertEquals("reference", rows(dir.resolve("deadlines.xlsx")).get(0).getCellText(0));
        assertEquals("membership_number", rows(dir.resolve("workload.xlsx")).get(0).getCellText(0));
        List<Row> audit = rows(dir.resolve("audit.xlsx"));
        assertEquals(entries + 1, audit.size());
        assertEquals(Exporter.Format.XLSX, Exporter.Format.values()[0], "the spreadsheet is offered first");
    }

    @Test
    void anExportNamedLikeTheDataFileOrItsCompanionsIsRefusedAndTheDataFileKept() throws IOException {
        addTrickyMembers(desk);
        Path data = desk.dataFile();
        byte[] before = Files.readAllBytes(data);
        for (Path own : List.of(data, Path.of(data + "-wal"), Path.of(data + ".lock"),
                data.resolveSibling("backups").resolve("m.xlsx"))) {
            IOException refused = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> new Exporter(desk).exportMembers(Exporter.Format.XLSX, own));
            assertTrue(refused.getMessage().contains("one of its own files"), refused.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(data));
        assertEquals(3, desk.members().all().size());
    }

    static List<Row> rows(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook book = new ReadableWorkbook(in)) {
            return book.getFirstSheet().read();
        }
    }

    static String entry(Path zip, String name) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Member> withoutIds(List<Member> members) {
        return members.stream().map(m -> m.withId(null)).sorted(Comparator.comparing(Member::membershipNumber)).toList();
    }
}
