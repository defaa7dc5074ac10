package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PdfAheadTest {

    @Test
    void theSampleDocumentIsDrawnInTheDocumentsOwnStylesheetWithAChart() {
        // A sample that fails (a font or a stylesheet rule it cannot meet) costs nothing visible but
        // the head start a brief's PDF relies on at 100k cases: it must draw.
        assertTrue(PdfAhead.start().awaitReady());
    }
}
