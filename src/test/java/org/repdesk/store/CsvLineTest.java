package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A text cell made from the engine's bytes in Java (the workload CSV's lines on a data file) is the cell the
 * exporter's writer makes of the same text: quoted, quotes doubled, a formula behind a single quote, NULL empty.
 */
class CsvLineTest {

    @Test
    void aTextCellFromTheEnginesBytesIsTheWritersCell() {
        CsvLine line = new CsvLine();
        for (String text : List.of("=HYPERLINK(\"http://x.example\",\"click\")", "+44 7700 900123", "-1+1", "@SUM(A1:A9)",
                "\tTabbed", "\rCarriage return first", "Siân \"Sid\" O'Neill, PSO", "line one\r\nline two",
                "Gwŷr Ŵyn, Ângharad ëï — Llanelli", "Олена", "王秀英", "emoji 🙂 👩\u200d👧", "", "'already quoted",
                "\"", "\"\"", "=", "nul\u0000inside", "plain")) {
            line.reset();
            line.text(text.getBytes(StandardCharsets.UTF_8));
            assertEquals(CsvCells.cell(text), new String(line.done(), StandardCharsets.UTF_8), text);
        }
        line.reset();
        line.text(null);
        line.comma();
        line.text(new byte[0]);
        assertEquals(",\"\"", new String(line.done(), StandardCharsets.UTF_8), "NULL an empty cell, an empty text a quoted one");
    }

    @Test
    void aDateIsQuotedButNeverGuardedAsAFormula() {
        CsvLine line = new CsvLine();
        line.date("+10000-01-01".getBytes(StandardCharsets.US_ASCII));
        line.comma();
        line.date("-0001-12-31".getBytes(StandardCharsets.US_ASCII));
        line.comma();
        line.date(null);
        assertEquals("\"+10000-01-01\",\"-0001-12-31\",", new String(line.done(), StandardCharsets.UTF_8));
    }
}
