package org.repdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;

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
                if (serial) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET LOCAL max_parallel_workers_per_gather = 0");
                    }
                }
                org.postgresql.copy.CopyOut copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT binary)");
                Tuple tuple = new Tuple();
                int count = 0;
                try {
                    for (byte[] message = copy.readFromCopy(); message != null; message = copy.readFromCopy()) {
                        int at = count == 0 && !tuple.headerSeen ? tuple.header(message) : 0;
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
                } catch (RuntimeException | SQLException e) {
                    cancel(copy);
                    throw e;
                }
                return count;
            }), () -> begun[0]);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the writer failed, not the casebook
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
    private static final class Tuple implements RowColumns.Columns {
        private byte[] message;
        private int[] starts = new int[16];
        private int[] lengths = new int[16];
        private int fields;
        private boolean headerSeen;

        /** Where the first row starts in the first message, past the header. */
        int header(byte[] first) throws SQLException {
            if (first.length < HEADER || first[0] != 'P' || first[1] != 'G' || first[5] != 'Y') {
                throw new SQLException("not a binary COPY"); // not for reps: the server sent something else
            }
            headerSeen = true;
            return HEADER + int32(first, HEADER - 4);
        }

        /** False for the trailer (or a message with no row). */
        boolean read(byte[] m, int at) throws SQLException {
            if (m.length - at < 2) {
                return false;
            }
            int n = (short) ((m[at] & 0xff) << 8 | m[at + 1] & 0xff);
            if (n < 0) {
                return false; // -1: the end
            }
            if (n > starts.length) {
                starts = new int[n];
                lengths = new int[n];
            }
            int p = at + 2;
            for (int i = 0; i < n; i++) {
                int length = int32(m, p);
                p += 4;
                starts[i] = p;
                lengths[i] = length;
                if (length > 0) {
                    p += length;
                }
            }
            if (p > m.length) {
                throw new SQLException("a binary COPY row cut short"); // not for reps
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
