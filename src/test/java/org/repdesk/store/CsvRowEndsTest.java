package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** COPY's LF-ended rows become CRLF-ended ones; a line break inside a quoted cell stays as typed. */
class CsvRowEndsTest {

    private static final String COPIED = "\"2026-0001\",\"line one\nline two\",,\"a \"\"quoted\"\"\nword\"\n"
            + "\"2026-0002\",\"Siân\r\n\",\"\",\"x\"\n\"2026-0003\",\"closed\",\n";
    private static final String WRITTEN = "\"2026-0001\",\"line one\nline two\",,\"a \"\"quoted\"\"\nword\"\r\n"
            + "\"2026-0002\",\"Siân\r\n\",\"\",\"x\"\r\n\"2026-0003\",\"closed\",\r\n";

    @Test
    void eachRowsLastLineFeedOnlyBecomesCrlfWhateverTheChunksAre() throws IOException {
        byte[] in = COPIED.getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= in.length; chunk++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvRowEnds rows = new CsvRowEnds(out);
            assertFalse(rows.begun());
            for (int at = 0; at < in.length; at += chunk) {
                rows.write(in, at, Math.min(chunk, in.length - at));
            }
            assertTrue(rows.begun());
            assertEquals(WRITTEN, out.toString(StandardCharsets.UTF_8), "chunks of " + chunk);
        }
    }

    @Test
    void rowsWrittenAByteAtATimeEndTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRowEnds rows = new CsvRowEnds(out);
        for (byte b : COPIED.getBytes(StandardCharsets.UTF_8)) {
            rows.write(b);
        }
        assertEquals(WRITTEN, out.toString(StandardCharsets.UTF_8));
    }
}
