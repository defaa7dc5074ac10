package org.repdesk.service;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes export rows as an .xlsx workbook for people: text cells stay text (leading zeros, "+44",
 * "3/4" and "=1+1" shown as typed, never run), dates are dates, numbers numbers, yes/no booleans;
 * the header row is frozen and each column sized to what it holds. The columns are the record's
 * components in order, named as in the CSV (snake_case).
 */
final class SpreadsheetFile {

    /** Column widths in characters: wide enough for a header, not so wide a note fills the screen. */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    /** fastexcel keeps rows in memory until flushed: flush every so many to keep a 100k-row export small. */
    private static final int FLUSH_EVERY = 1000;

    private SpreadsheetFile() {
    }

    /** Gives each row to the sink in turn, as a store's reading loop does. */
    @FunctionalInterface
    interface RowSource<T> {
        void each(Overlapped.Sink<T> sink) throws IOException;
    }

    static <T extends Record> void write(List<T> rows, Class<T> type, OutputStream out) throws IOException {
        write(type, out, sink -> {
            for (T row : rows) {
                sink.accept(row);
            }
        });
    }

    /** Writes the rows as they come, so an export of every case never holds them all; returns how many. */
    static <T extends Record> int write(Class<T> type, OutputStream out, RowSource<T> rows) throws IOException {
        RecordComponent[] columns = type.getRecordComponents();
        int[] widths = new int[columns.length];
        Workbook book = new Workbook(out, "RepDesk", null);
        Worksheet sheet = book.newWorksheet(sheetName(type));
        var snake = new PropertyNamingStrategies.SnakeCaseStrategy();
        for (int c = 0; c < columns.length; c++) {
            String header = snake.translate(columns[c].getName());
            sheet.value(0, c, header);
            sheet.style(0, c).bold().set();
            widths[c] = header.length() + 2; // room for the filter arrow a rep may add
        }
        int[] r = {1};
        DateRuns dates = new DateRuns(sheet, columns);
        rows.each(row -> {
            for (int c = 0; c < columns.length; c++) {
                Object value = valueOf(columns[c], row);
                widths[c] = Math.max(widths[c], cell(sheet, r[0], c, value));
                dates.cell(r[0], c, value);
            }
            if (r[0] % FLUSH_EVERY == 0) {
                dates.styleUpTo(r[0]);
                sheet.flush();
            }
            r[0]++;
        });
        dates.styleUpTo(r[0] - 1);
        for (int c = 0; c < columns.length; c++) {
            sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1)));
        }
        sheet.freezePane(0, 1);
        book.finish();
        return r[0] - 1;
    }

    /**
     * The date format put on each date cell a run of dates at a time: one style for each unbroken run of
     * dates down a column, before the rows are flushed (a style set on each cell made a style setter, sets,
     * streams and hashes of fonts and borders for it: ~0.4 GB for every case at 300,000). A run never covers
     * an empty cell (a range's style makes a cell where there was none), so the cells and their style are as
     * before, the one date style registered when the first run is styled, as it was at the first date.
     */
    private static final class DateRuns {
        private final Worksheet sheet;
        /** Where each column's current run of dates began; -1 where none is open. */
        private final int[] from;

        DateRuns(Worksheet sheet, RecordComponent[] columns) {
            this.sheet = sheet;
            from = new int[columns.length];
            java.util.Arrays.fill(from, -1);
        }

        void cell(int r, int c, Object value) {
            boolean date = value instanceof LocalDate;
            if (date && from[c] < 0) {
                from[c] = r;
            } else if (!date && from[c] >= 0) {
                style(c, r - 1);
            }
        }

        /** Styles every open run, down to row {@code last}: before a flush writes the rows out, and at the end. */
        void styleUpTo(int last) {
            for (int c = 0; c < from.length; c++) {
                if (from[c] >= 0) {
                    style(c, last);
                }
            }
        }

        private void style(int c, int last) {
            sheet.range(from[c], c, last, c).style().format(DATE_FORMAT).set();
            from[c] = -1;
        }
    }

    /** Writes one typed cell and returns how wide it shows, in characters. */
    private static int cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDate date) {
            sheet.value(r, c, date); // styled with the run of dates it is in (DateRuns)
            return DATE_FORMAT.length();
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
            return number.toString().length();
        }
        if (value instanceof Boolean yes) {
            sheet.value(r, c, yes);
            return 5;
        }
        String text = value.toString();
        // Text, never parsed nor run as a formula; written in the cell, not in the shared-strings table,
        // which fastexcel holds whole until the book is finished (1.2 GB for every case at 300,000).
        sheet.inlineString(r, c, text);
        return longestLine(text);
    }

    /**
     * The longest line's length, lines broken where {@code \R} breaks them (CR LF as one break): counted
     * in place, for String.split compiled a pattern for every text cell (a third of a cases export's
     * allocation, which the installed app's collector answered by growing the heap).
     */
    static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\u000B' || ch == '\f' || ch == '\u0085' || ch == '\u2028'
                    || ch == '\u2029') {
                longest = Math.max(longest, i - start);
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return Math.max(longest, text.length() - start);
    }

    /** An accessor's arguments: none, one array for every cell (the call's varargs made a new one each time: ~60 MB at 300,000 cases). */
    private static final Object[] NO_ARGUMENTS = {};

    private static Object valueOf(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row, NO_ARGUMENTS);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of an export row", e);
        }
    }

    /** "MemberRow" → "Members", "Row" (the audit trail's) → "Audit trail": what the tab says, in the rep's language. */
    private static String sheetName(Class<?> type) {
        if (type.getEnclosingClass() == AuditTrail.class) {
            return org.repdesk.i18n.Messages.text("sheet.audit");
        }
        String name = type.getSimpleName().replace("Row", ""); // not for reps: a class name's suffix
        return name.isEmpty() ? "RepDesk" : org.repdesk.i18n.Messages.text("sheet." + name.toLowerCase(java.util.Locale.ROOT));
    }
}
