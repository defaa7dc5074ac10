package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file's rows read through the SQLite driver's native calls (the workload CSV's speed rests on it: a driver
 * whose statements no longer give their pointer would fall back to the getters without a word), and what they read
 * the same as the getters give.
 */
class RowColumnsTest {

    @TempDir
    Path dir;

    @Test
    void aDataFilesRowIsReadNativelyAndAsTheGettersReadIt() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT 'Siân', NULL, -0.5, 42, '' UNION ALL SELECT NULL, 'x', NULL, NULL, NULL");
                        ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    RowColumns row = RowColumns.of(rs);
                    assertTrue(row.readsNatively(), "the driver's native calls");
                    row.read(columns -> {
                        assertArrayEquals("Siân".getBytes(StandardCharsets.UTF_8), columns.bytes(0));
                        assertTrue(columns.isNull(1));
                        assertNull(columns.bytes(1));
                        assertFalse(columns.isNull(2));
                        assertEquals(-0.5, columns.real(2));
                        assertEquals(42, columns.integer(3));
                        assertArrayEquals(new byte[0], columns.bytes(4));
                        assertFalse(columns.isNull(4), "an empty text is not NULL");
                        return null;
                    });
                    assertTrue(rs.next());
                    row.read(columns -> {
                        assertTrue(columns.isNull(0));
                        assertArrayEquals(new byte[] {'x'}, columns.bytes(1));
                        assertTrue(columns.isNull(2));
                        assertTrue(columns.isNull(3));
                        return null;
                    });
                    assertFalse(rs.next());
                }
                return null;
            });
        }
    }
}
