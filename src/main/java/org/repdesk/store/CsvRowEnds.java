package org.repdesk.store;

import java.io.IOException;
import java.io.OutputStream;

/**
 * COPY's CSV to {@code out} with each row ended by CRLF, as every CSV RepDesk writes (RFC 4180; the
 * Java writer's line ends): the protocol ends each row with a bare LF on every platform. A value that
 * can hold a line break is quoted (FORCE_QUOTE; the unquoted ones are flags and figures), so an LF
 * outside quotes ends a row, and one inside a quoted cell (a note's line break) is the cell's own. A quote's byte never occurs inside another
 * UTF-8 character, so the bytes are read as they come, a chunk at a time.
 */
final class CsvRowEnds extends OutputStream {

    private static final byte[] CRLF = {'\r', '\n'};

    private final OutputStream out;
    private boolean inQuotes;
    private boolean begun;

    CsvRowEnds(OutputStream out) {
        this.out = out;
    }

    /** True once a byte has been written. */
    boolean begun() {
        return begun;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        begun |= len > 0;
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == '"') {
                inQuotes = !inQuotes; // a doubled quote inside a cell turns it off and on again
            } else if (b[i] == '\n' && !inQuotes) {
                out.write(b, from, i - from);
                out.write(CRLF);
                from = i + 1;
            }
        }
        out.write(b, from, end - from);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
