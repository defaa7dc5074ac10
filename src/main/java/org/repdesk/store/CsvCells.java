package org.repdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.repdesk.model.Labelled;
import org.repdesk.model.SpreadsheetFormula;

/**
 * SQL expressions that write a CSV cell exactly as the exporter's own CSV writer does (every text
 * cell in double quotes, a quote inside doubled, nothing else escaped; a null an empty, unquoted cell;
 * a cell a spreadsheet could run as a formula behind {@link SpreadsheetFormula}'s single quote), so
 * SQLite can hand the cases export finished lines: one column read per case instead of seven, and
 * no per-cell work in Java (and a casebook's server its members CSV's COPY, through {@link Dialect#firstCodePoint}
 * and {@link Dialect#asWritten}; its other CSVs are made in Java from a binary COPY). A piece that RepDesk could not have written (an unknown code, a date
 * that is not a real ISO date) is NULL, and so is the whole line it is joined into: the export stops
 * there, as the Java writer stopped on the same case. CaseExportAtScaleTest holds the two writers to the
 * same bytes.
 */
final class CsvCells {

    /** {@code unicode()} of each formula trigger: a number compared, not a one-character string cut. */
    private static final String TRIGGER_CODES = SpreadsheetFormula.TRIGGERS.chars().mapToObj(Integer::toString)
            .collect(Collectors.joining(", "));

    private CsvCells() {
    }

    /** Text as typed: guarded, quoted, quotes doubled; NULL gives an empty cell. */
    static String text(Dialect d, String column) {
        return "coalesce(CASE WHEN " + d.firstCodePoint(column) + " IN (" + TRIGGER_CODES + ") THEN '\"''' ELSE '\"' END"
                + " || replace(" + d.asWritten(column) + ", '\"', '\"\"') || '\"', '')";
    }

    /** An ISO date, quoted; NULL gives an empty cell, a date that is not a real day gives NULL. */
    static String date(Dialect d, String column) {
        return "CASE WHEN " + column + " IS NULL THEN '' WHEN " + d.isRealIsoDate(column)
                + " THEN '\"' || " + column + " || '\"' END";
    }

    /**
     * A code's label, as {@code CASE column WHEN ? THEN ? … END}: bind {@link #labels} for it.
     * An unknown code gives NULL.
     */
    static String label(String column, Class<? extends Enum<?>> type) {
        return "CASE " + column + " WHEN ? THEN ?".repeat(type.getEnumConstants().length) + " END";
    }

    /** The parameters of {@link #label}: each constant's name and its label as a finished cell. */
    static <E extends Enum<E> & Labelled> List<String> labels(Class<E> type) {
        List<String> pairs = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            pairs.add(value.name());
            pairs.add(cell(value.label()));
        }
        return pairs;
    }

    // The same cells for a COPY that writes CSV itself (Dialect#copyCsv: it quotes every value, doubles
    // each quote and leaves a NULL an empty cell), so only the guard, the labels and the checks are SQL's.
    // Where a piece RepDesk could not have written is met, {@code stop} (an expression that fails when it
    // is reached) ends the COPY, as a NULL line ends the line query's export.

    /** Text as typed, guarded: the formula guard's quote before it; NULL stays NULL. */
    static String guarded(Dialect d, String column) {
        return "CASE WHEN " + d.firstCodePoint(column) + " IN (" + TRIGGER_CODES + ") THEN '''' || " + column
                + " ELSE " + column + " END";
    }

    /** A code's label as an SQL literal (guarded as a cell is); an unknown code reaches {@code stop}. */
    static <E extends Enum<E> & Labelled> String labelled(String column, Class<E> type, String stop) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (E value : type.getEnumConstants()) {
            sql.append(" WHEN ").append(literal(value.name())).append(" THEN ")
                    .append(literal(SpreadsheetFormula.neutralised(value.label())));
        }
        return sql.append(" ELSE ").append(stop).append(" END").toString();
    }

    /** {@link #labelled}, a NULL staying NULL (an empty cell, as the Java writer leaves a null). */
    static <E extends Enum<E> & Labelled> String labelledOrNull(String column, Class<E> type, String stop) {
        return "CASE WHEN " + column + " IS NULL THEN NULL ELSE " + labelled(column, type, stop) + " END";
    }

    /**
     * A figure as the members export writes it (a BigDecimal of {@link Double#toString}'s digits, trailing
     * zeros dropped, written plain: 37, 22.5), from the server's shortest digits (extra_float_digits 3, which
     * {@link CsvCopy} sets); NULL stays NULL. Outside 0.001 to ten million Java writes 1.0E7 with digits of its
     * own (JDK 17's are not always the shortest there), so a figure there, NaN or an infinity reaches
     * {@code forJava}. Inside it JDK 17's text was the shortest (Jackson's Schubfach) for each of 20 million
     * doubles tried: random bits, quotients and tenths. (The workload CSV's figures come as their bytes and
     * Java writes them: WorkloadStore#copyCsvRowsForExport.)
     */
    static String plainDecimal(String column, String forJava) {
        return "CASE WHEN " + column + " IS NULL THEN NULL WHEN " + inPlainRange(column) + " THEN CAST(trim_scale(CAST(CAST("
                + column + " AS text) AS numeric)) AS text) ELSE " + forJava + " END";
    }

    /** Where Java writes a double as plain digits (0, or 0.001 up to ten million either side of it); NaN is not. */
    private static String inPlainRange(String column) {
        return "(" + column + " = 0 OR abs(" + column + ") >= CAST(0.001 AS double precision) AND abs(" + column
                + ") < CAST(10000000 AS double precision))";
    }

    /** Our own constants as a standard SQL string (COPY takes no parameters): quotes doubled, nothing else special. */
    static String literal(String text) {
        if (text.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("a label with a backslash: " + text); // not for reps: our own constants
        }
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@link #cell}, or the empty cell a null gives ({@link #text}'s NULL). */
    static String cellOrEmpty(String text) {
        return text == null ? "" : cell(text);
    }

    /** A text cell made in Java the way {@link #text} makes it in SQL (for the labels bound as parameters). */
    static String cell(String text) {
        return '"' + SpreadsheetFormula.neutralised(text).replace("\"", "\"\"") + '"';
    }
}
