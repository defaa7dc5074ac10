package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.DocumentLanguage;

/** The CJK fallback font is given to the renderer only for a document DejaVu Sans cannot draw alone. */
class PdfFontsTest {

    private static TrueTypeFont bundled(String name) throws Exception {
        try (InputStream in = Pdf.class.getResourceAsStream("fonts/" + name)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    @Test
    void welshAndPolishNamesNeedNoFallbackButAChineseOneDoes() throws Exception {
        TrueTypeFont regular = bundled("DejaVuSans.ttf");
        TrueTypeFont bold = bundled("DejaVuSans-Bold.ttf");
        assertTrue(Pdf.drawsEveryCharacter("<p>Siân Pritchard, Dŵr Cymru, Łukasz Nowak, Zoë – “yes” · 110%</p>",
                regular, bold));
        assertFalse(Pdf.drawsEveryCharacter("<p>Siân and 李 Wei</p>", regular, bold));
    }

    @Test
    void aChineseNameStillComesOutWhereTheFallbackFontIsInstalled() throws Exception {
        StringBuilder h = Documents.start(DocumentLanguage.ENGLISH, "Names", "Names", "Names");
        h.append("<p>Siân Pritchard and 李 Wei</p>\n");
        try (PDDocument doc = Loader.loadPDF(Pdf.bytes(Documents.end(h)))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Siân Pritchard"), text);
            assertEquals(Pdf.fallbackFont().isPresent(), text.contains("李 Wei"), text);
        }
    }
}
