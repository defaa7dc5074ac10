package org.repdesk.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One CSV line put together in a buffer kept from line to line: pieces the engine made, and
 * numbers as Java (and so Jackson's CSV writer) writes them, {@link Double#toString} and
 * {@link Integer#toString}, each figure's text kept once seen (a workload export repeats its
 * figures: 37.0 hours, 3.7 reduction), so a line makes one array, its own.
 */
final class CsvLine {

    private static final int KEPT = 4_096; // a power of two
    private final long[] keptBits = new long[KEPT];
    private final byte[][] keptText = new byte[KEPT][];
    private final byte[][] smallInts = new byte[1_000][];
    private byte[] bytes = new byte[256];
    private int length;

    void reset() {
        length = 0;
    }

    void comma() {
        room(1);
        bytes[length++] = ',';
    }

    /** The bytes as they are (nothing for null: an empty cell). */
    void add(byte[] piece) {
        if (piece != null) {
            room(piece.length);
            System.arraycopy(piece, 0, bytes, length, piece.length);
            length += piece.length;
        }
    }

    /**
     * A text cell as the exporter's writer writes it ({@link CsvCells#text}'s bytes): NULL nothing (an
     * empty cell), else in quotes, each quote doubled, a formula's first character behind a single quote
     * ({@link org.repdesk.model.SpreadsheetFormula}: its triggers are ASCII, and no other character's
     * UTF-8 starts with one of their bytes).
     */
    void text(byte[] utf8) {
        quoted(utf8, true);
    }

    /**
     * A date's text in quotes as the Java writer writes a date, unguarded: a year past 9999 or before 1
     * starts with + or - ({@code LocalDate#toString}) and is still a date, not a formula.
     */
    void date(byte[] ascii) {
        quoted(ascii, false);
    }

    private void quoted(byte[] utf8, boolean guarded) {
        if (utf8 == null) {
            return;
        }
        room(utf8.length * 2 + 3);
        bytes[length++] = '"';
        if (guarded && utf8.length > 0 && org.repdesk.model.SpreadsheetFormula.TRIGGERS.indexOf(utf8[0]) >= 0) {
            bytes[length++] = '\'';
        }
        for (byte b : utf8) {
            if (b == '"') {
                bytes[length++] = '"';
            }
            bytes[length++] = b;
        }
        bytes[length++] = '"';
    }

    /** {@code Double.toString(d)}'s text. */
    void add(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int at = (int) (bits ^ bits >>> 29 ^ bits >>> 52) & (KEPT - 1);
        byte[] text = keptText[at];
        if (text == null || keptBits[at] != bits) {
            text = Double.toString(d).getBytes(StandardCharsets.US_ASCII);
            keptText[at] = text;
            keptBits[at] = bits;
        }
        add(text);
    }

    /** {@code Integer.toString(n)}'s text. */
    void add(int n) {
        if (n >= 0 && n < smallInts.length) {
            byte[] text = smallInts[n];
            if (text == null) {
                text = Integer.toString(n).getBytes(StandardCharsets.US_ASCII);
                smallInts[n] = text;
            }
            add(text);
        } else {
            add(Integer.toString(n).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The line so far, as its own array. */
    byte[] done() {
        return Arrays.copyOf(bytes, length);
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
