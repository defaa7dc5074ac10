package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The binary COPY's rows as the server sends them, and messages it never sends refused, not read past. */
class BinaryCopyTupleTest {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    @Test
    void aRowsFieldsAreReadAsTheServerSentThem() throws Exception {
        BinaryCopy.Tuple tuple = new BinaryCopy.Tuple();
        byte[] first = join(header(0), row("Siân".getBytes(StandardCharsets.UTF_8), null, real(-1.5), int4(7)));
        int at = tuple.header(first);
        assertEquals(19, at);
        assertTrue(tuple.read(first, at));
        assertArrayEquals("Siân".getBytes(StandardCharsets.UTF_8), tuple.bytes(0));
        assertTrue(tuple.isNull(1));
        assertEquals(null, tuple.bytes(1));
        assertEquals(-1.5, tuple.real(2));
        assertEquals(7, tuple.integer(3));
        assertFalse(tuple.read(new byte[] {(byte) 0xff, (byte) 0xff}, 0), "the trailer");
    }

    @Test
    void theHeaderWithTheTrailerIsNoRows() throws Exception {
        BinaryCopy.Tuple tuple = new BinaryCopy.Tuple();
        byte[] only = join(header(0), new byte[] {(byte) 0xff, (byte) 0xff});
        assertFalse(tuple.read(only, tuple.header(only)));
    }

    @Test
    void anEmptyFieldIsNotNull() throws Exception {
        BinaryCopy.Tuple tuple = new BinaryCopy.Tuple();
        assertTrue(tuple.read(row(new byte[0]), 0));
        assertFalse(tuple.isNull(0));
        assertArrayEquals(new byte[0], tuple.bytes(0));
    }

    @Test
    void aMessageThatIsNotOneWholeRowIsRefused() {
        BinaryCopy.Tuple tuple = new BinaryCopy.Tuple();
        // a first field cut short, a second one beyond it
        assertThrows(SQLException.class, () -> tuple.read(new byte[] {0, 2, 0, 0, 0, 4, 'a', 'b'}, 0));
        // the message ends inside a length word
        assertThrows(SQLException.class, () -> tuple.read(new byte[] {0, 1, 0, 0}, 0));
        // a length far beyond the message
        assertThrows(SQLException.class, () -> tuple.read(new byte[] {0, 1, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}, 0));
        // a negative length other than NULL's -1
        assertThrows(SQLException.class, () -> tuple.read(new byte[] {0, 1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe}, 0));
        // a second row after the first
        assertThrows(SQLException.class, () -> tuple.read(join(row(new byte[] {'a'}), row(new byte[] {'b'})), 0));
        // a trailer with bytes after it
        assertThrows(SQLException.class, () -> tuple.read(new byte[] {(byte) 0xff, (byte) 0xff, 0}, 0));
        // nothing at all
        assertThrows(SQLException.class, () -> tuple.read(new byte[0], 0));
    }

    @Test
    void aFigureOfTheWrongWidthIsRefused() throws Exception {
        BinaryCopy.Tuple tuple = new BinaryCopy.Tuple();
        assertTrue(tuple.read(row(int4(1), real(1)), 0));
        assertThrows(SQLException.class, () -> tuple.real(0));
        assertThrows(SQLException.class, () -> tuple.integer(1));
        assertThrows(IndexOutOfBoundsException.class, () -> tuple.bytes(2));
    }

    @Test
    void onlyABinaryCopysHeaderWithoutOidsIsTaken() throws Exception {
        byte[] wrong = header(0);
        wrong[2] = 'X';
        assertThrows(SQLException.class, () -> new BinaryCopy.Tuple().header(wrong));
        byte[] oids = header(0);
        oids[13] = 1; // the flags' OID bit
        assertThrows(SQLException.class, () -> new BinaryCopy.Tuple().header(oids));
        assertThrows(SQLException.class, () -> new BinaryCopy.Tuple().header(new byte[] {'P', 'G'}));
        byte[] extension = header(100); // an extension longer than the message
        assertThrows(SQLException.class, () -> new BinaryCopy.Tuple().header(extension));
        byte[] withExtension = join(header(3), new byte[] {1, 2, 3}, row(new byte[] {'x'}));
        BinaryCopy.Tuple tuple = new BinaryCopy.Tuple();
        int at = tuple.header(withExtension);
        assertEquals(22, at);
        assertTrue(tuple.read(withExtension, at));
        assertArrayEquals(new byte[] {'x'}, tuple.bytes(0));
    }

    private static byte[] header(int extension) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.write(SIGNATURE);
        d.writeInt(0);
        d.writeInt(extension);
        return b.toByteArray();
    }

    private static byte[] row(byte[]... fields) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeShort(fields.length);
        for (byte[] f : fields) {
            if (f == null) {
                d.writeInt(-1);
            } else {
                d.writeInt(f.length);
                d.write(f);
            }
        }
        return b.toByteArray();
    }

    private static byte[] real(double v) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new DataOutputStream(b).writeDouble(v);
        return b.toByteArray();
    }

    private static byte[] int4(int v) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new DataOutputStream(b).writeInt(v);
        return b.toByteArray();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
