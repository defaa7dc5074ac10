package org.repdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * A casebook export's rows read from the server's binary COPY and made into CSV lines here, by the same code
 * that makes a data file's lines ({@link RowColumns.Reader} over {@link CsvLine}), each written with CRLF: the
 * server sends each figure's eight bytes and each text as it is stored, and none of the cells' text is made in
 * SQL (PostgreSQL only). Streamed: one row held at a time.
 */
final class BinaryCopy {

    private static final byte[] CRLF = {'\r', '\n'};
    /** "PGCOPY\n\377\r\n\0", the flags and the header extension's length: the stream's first 19 bytes. */
    private static final int HEADER = 19;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private BinaryCopy() {
    }

    /**
     * Writes a line made by {@code line} from each row of {@code query} to {@code out}, each ended by CRLF;
     * returns how many. {@code serial}: without parallel workers ({@link CsvCopy#rows}). A failure of the
     * line maker (a record it cannot write) ends the COPY and is thrown as it came.
     */
    static int lines(Database db, String query, boolean serial, RowColumns.Reader<byte[]> line, OutputStream out)
            throws IOException {
        boolean[] begun = {false};
        try {
            return db.read(connection -> db.dialect().readInChunks(connection, c -> {
                org.postgresql.copy.CopyOut copy = db.dialect().copyBinary(c, query, serial);
                Tuple tuple = new Tuple();
                int count = 0;
                try {
                    for (byte[] message = copy.readFromCopy(); message != null; message = copy.readFromCopy()) {
                        int at = tuple.headerSeen ? 0 : tuple.header(message);
                        if (at == message.length && at > 0) {
                            continue; // the header alone (the server sends it with the first row, but need not)
                        }
                        if (tuple.read(message, at)) {
                            byte[] made = line.read(tuple);
                            begun[0] = true;
                            out.write(made);
                            out.write(CRLF);
                            count++;
                        }
                    }
                } catch (IOException e) {
                    cancel(copy);
                    throw new UncheckedIOException(e);
                } catch (RuntimeException | SQLException | Error e) {
                    cancel(copy); // an Error too: left unread, the connection's next statement would wait for ever
                    throw e;
                }
                return count;
            }), () -> begun[0]);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the writer failed, not the casebook
        }
    }

    /**
     * The day a record's stored date {@code stored} (not an ISO day of 0001-9999: LocalDate reads the rest, as a
     * data file's export does) stands for; one that is no day at all stops the export as DAMAGED, told in
     * {@code unreadableKey} with the record's id from column {@code idColumn}.
     */
    static java.time.LocalDate day(byte[] stored, RowColumns.Columns columns, int idColumn, String unreadableKey)
            throws SQLException {
        try {
            return Rows.isoDate(new String(stored, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.time.DateTimeException e) {
            String id = new String(columns.bytes(idColumn), java.nio.charset.StandardCharsets.UTF_8);
            throw new StoreException(StoreException.Kind.DAMAGED,
                    org.repdesk.i18n.Messages.text(unreadableKey, java.util.Map.of("id", id)), e);
        }
    }

    /**
     * Reads what is left of a COPY that stopped here (a record the line maker cannot write, the file's writer
     * failing), so the connection is ready for its next statement: the driver's cancelCopy left it expecting
     * a reply that never came. The failure that stopped it is the one told.
     */
    private static void cancel(org.postgresql.copy.CopyOut copy) {
        try {
            while (copy.isActive() && copy.readFromCopy() != null) {
                // skipped
            }
        } catch (SQLException e) {
            // the connection itself failed: nothing more to read
        }
    }

    /** One row of the binary COPY: its fields' places in the message, read as {@link RowColumns.Columns}. */
    static final class Tuple implements RowColumns.Columns {
        private byte[] message;
        private int[] starts = new int[16];
        private int[] lengths = new int[16];
        private int fields;
        private boolean headerSeen;

        /** Where the first row starts in the first message, past the header. */
        int header(byte[] first) throws SQLException {
            if (first.length < HEADER || !java.util.Arrays.equals(first, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                    || int32(first, SIGNATURE.length) != 0) {
                throw new SQLException("not a binary COPY without OIDs"); // not for reps: the server sent something else
            }
            int extension = int32(first, HEADER - 4);
            if (extension < 0 || extension > first.length - HEADER) {
                throw new SQLException("a binary COPY header cut short"); // not for reps
            }
            headerSeen = true;
            return HEADER + extension;
        }

        /**
         * Reads the row that starts at {@code at} in {@code m} (the server sends one a message); false for the
         * trailer. Every length is checked against the message before it is used: a message that is not one
         * whole row is refused, never read past its end or into a second row.
         */
        boolean read(byte[] m, int at) throws SQLException {
            if (m.length - at < 2) {
                throw new SQLException("a binary COPY message with no row"); // not for reps
            }
            int n = (short) ((m[at] & 0xff) << 8 | m[at + 1] & 0xff);
            if (n == -1 && m.length - at == 2) {
                return false; // the end
            }
            if (n < 0) {
                throw new SQLException("a binary COPY row with " + n + " fields"); // not for reps
            }
            if (n > starts.length) {
                starts = new int[n];
                lengths = new int[n];
            }
            int p = at + 2;
            for (int i = 0; i < n; i++) {
                if (m.length - p < 4) {
                    throw new SQLException("a binary COPY row cut short"); // not for reps
                }
                int length = int32(m, p);
                p += 4;
                if (length < -1 || length > m.length - p) {
                    throw new SQLException("a binary COPY field of length " + length + " in a row cut short"); // not for reps
                }
                starts[i] = p;
                lengths[i] = length;
                if (length > 0) {
                    p += length;
                }
            }
            if (p != m.length) {
                throw new SQLException("a binary COPY message longer than its row"); // not for reps
            }
            message = m;
            fields = n;
            return true;
        }

        @Override
        public byte[] bytes(int column) {
            check(column);
            return lengths[column] < 0 ? null
                    : java.util.Arrays.copyOfRange(message, starts[column], starts[column] + lengths[column]);
        }

        @Override
        public boolean isNull(int column) {
            check(column);
            return lengths[column] < 0;
        }

        @Override
        public double real(int column) throws SQLException {
            check(column);
            if (lengths[column] != 8) {
                throw new SQLException("not a double precision in column " + column); // not for reps: the query casts it
            }
            return Double.longBitsToDouble((long) int32(message, starts[column]) << 32
                    | int32(message, starts[column] + 4) & 0xffffffffL);
        }

        @Override
        public int integer(int column) throws SQLException {
            check(column);
            if (lengths[column] != 4) {
                throw new SQLException("not an integer in column " + column); // not for reps: the query casts it
            }
            return int32(message, starts[column]);
        }

        private void check(int column) {
            if (column >= fields) {
                throw new IndexOutOfBoundsException(column);
            }
        }

        private static int int32(byte[] m, int at) {
            return (m[at] & 0xff) << 24 | (m[at + 1] & 0xff) << 16 | (m[at + 2] & 0xff) << 8 | m[at + 3] & 0xff;
        }
    }
}
