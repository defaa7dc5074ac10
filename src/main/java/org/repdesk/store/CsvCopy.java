package org.repdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A casebook export's rows written by the server's own CSV writer ({@link Dialect#copyCsv}), streamed,
 * each row ended by CRLF ({@link CsvRowEnds}), the cells guarded, labelled and checked in SQL
 * ({@link CsvCells}): the members CSV (the cases, deadlines and workload CSVs come by {@link BinaryCopy}).
 * It sorts its rows as the store's plain read does, in a subquery (which PostgreSQL does not flatten, an
 * ORDER BY in it), and makes the cells over the sorted rows (a sort of the finished cells cost the server
 * more than twice as much). The order ends with something unique (a member's membership number), so no two
 * rows tie and the server's parallel workers, when it uses them, give the same file every time.
 * A row RepDesk could not have written stops the COPY at a cast that fails ({@link #stop}) and is named;
 * a connection dropped once rows were written is told as such, not tried again.
 */
final class CsvCopy {

    private CsvCopy() {
    }

    private static final String UNREADABLE = "repdesk: unreadable row ";
    private static final String FOR_JAVA = "repdesk: a figure for Java ";
    private static final Pattern UNREADABLE_ID = Pattern.compile(UNREADABLE + "([0-9A-Za-z-]+)");

    /**
     * An expression that fails when a row reaches it, ending the COPY and naming the row by {@code id}
     * (PostgreSQL only). The row's id keeps the planner from working it out ahead; text again, so the CASE
     * around it keeps its type.
     */
    static String stop(String id) {
        return "CAST(CAST('" + UNREADABLE + "' || " + id + " AS integer) AS text)";
    }

    /** As {@link #stop}, for a figure only Java writes as before: the caller writes the file the Java way ({@link FiguresNotCopied}). */
    static String forJava(String id) {
        return "CAST(CAST('" + FOR_JAVA + "' || " + id + " AS integer) AS text)";
    }

    /**
     * Writes {@code query}'s rows to {@code out} ({@code quoted}: the columns in quotes, as
     * {@link Dialect#copyCsv}); returns how many. A row that reaches {@link #stop} stops it as DAMAGED, told in
     * the message {@code unreadableKey} with the row's {@code {id}}, the one the cast carried ("?" when a cast of
     * the server's own failed). One that reaches {@link #forJava} throws {@link FiguresNotCopied}.
     */
    static int rows(Database db, String query, String quoted, OutputStream out, String unreadableKey)
            throws IOException {
        BiFunction<String, Throwable, StoreException> unreadable = (id, cause) -> new StoreException(
                StoreException.Kind.DAMAGED, org.repdesk.i18n.Messages.text(unreadableKey, java.util.Map.of("id", id)),
                cause);
        CsvRowEnds rows = new CsvRowEnds(out);
        try {
            return db.read(connection -> db.dialect().readInChunks(connection, c -> {
                try (Statement st = c.createStatement()) {
                    // A figure's text as its shortest digits (Java's, CsvCells.plainDecimal), whatever the session had.
                    st.execute("SET LOCAL extra_float_digits = 3");
                }
                try {
                    return Math.toIntExact(db.dialect().copyCsv(c, query, quoted, rows));
                } catch (SQLException e) {
                    // Class 22, data exception: in a statement that only reads, a cell's (as a code's stop).
                    if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                        throw new Stopped(e);
                    }
                    throw e;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }), rows::begun);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the writer failed, not the casebook
        } catch (Stopped e) {
            String message = String.valueOf(e.getCause().getMessage());
            if (message.contains(FOR_JAVA)) {
                throw new FiguresNotCopied(e.getCause());
            }
            Matcher named = UNREADABLE_ID.matcher(message);
            throw unreadable.apply(named.find() ? named.group(1) : "?", e.getCause());
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped(SQLException cause) {
            super(cause);
        }
    }
}
