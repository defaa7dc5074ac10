package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date format put on runs of dates (issue 21) gives the sheet and the styles a format on every date
 * cell gave: dates and gaps at random down three columns, over several flushes of 1,000 rows.
 */
class SpreadsheetDateRunsTest {

    @TempDir
    Path dir;

    record Dated(String name, LocalDate due, Integer n, LocalDate closed, LocalDate next) {
    }

    @Test
    void theSheetIsWhatAFormatOnEveryDateCellGave() throws IOException {
        long seed = new Random().nextLong();
        Random r = new Random(seed);
        List<Dated> rows = new ArrayList<>();
        for (int i = 0; i < 3_500; i++) {
            rows.add(new Dated(r.nextInt(9) == 0 ? null : "row " + i, maybe(r, 2), r.nextBoolean() ? i : null,
                    maybe(r, 6), r.nextInt(500) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(i)));
        }
        ByteArrayOutputStream runs = new ByteArrayOutputStream();
        SpreadsheetFile.write(rows, Dated.class, runs);
        ByteArrayOutputStream each = new ByteArrayOutputStream();
        formatOnEveryDate(rows, each);
        for (String part : new String[] {"xl/worksheets/sheet1.xml", "xl/styles.xml"}) {
            assertArrayEquals(part(each.toByteArray(), part), part(runs.toByteArray(), part), part + ", seed " + seed);
        }
    }

    /** A date, or none one time in {@code gaps} (runs of dates of every length, and gaps next to each other). */
    private static LocalDate maybe(Random r, int gaps) {
        return r.nextInt(gaps) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3_000));
    }

    /** SpreadsheetFile's writing as it was before the runs, for these rows: the date format set on each date cell. */
    private static void formatOnEveryDate(List<Dated> rows, ByteArrayOutputStream out) throws IOException {
        var columns = Dated.class.getRecordComponents();
        int[] widths = new int[columns.length];
        Workbook book = new Workbook(out, "RepDesk", null);
        Worksheet sheet = book.newWorksheet("Dated");
        var snake = new com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy();
        for (int c = 0; c < columns.length; c++) {
            String header = snake.translate(columns[c].getName());
            sheet.value(0, c, header);
            sheet.style(0, c).bold().set();
            widths[c] = header.length() + 2;
        }
        int r = 1;
        for (Dated row : rows) {
            Object[] values = {row.name(), row.due(), row.n(), row.closed(), row.next()};
            for (int c = 0; c < columns.length; c++) {
                Object value = values[c];
                int width = 0;
                if (value instanceof LocalDate date) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                    width = 10;
                } else if (value instanceof Number number) {
                    sheet.value(r, c, number);
                    width = number.toString().length();
                } else if (value != null) {
                    sheet.inlineString(r, c, value.toString());
                    width = SpreadsheetFile.longestLine(value.toString());
                }
                widths[c] = Math.max(widths[c], width);
            }
            if (r % 1000 == 0) {
                sheet.flush();
            }
            r++;
        }
        for (int c = 0; c < columns.length; c++) {
            sheet.width(c, Math.min(60, Math.max(8, widths[c] + 1)));
        }
        sheet.freezePane(0, 1);
        book.finish();
    }

    private byte[] part(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile(dir, "sheet", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
