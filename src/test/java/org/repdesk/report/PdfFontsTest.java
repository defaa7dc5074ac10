package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
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

    @Test
    void theBundledFontsAreParsedOnceAndEveryPdfMadeFromThemAtOnceEmbedsItsOwnWords() throws Exception {
        TrueTypeFont[] first = Pdf.bundledFonts();
        List<String> names = List.of("Siân Pritchard", "Dŵr Cymru Ŵŷ", "Łukasz Żółć", "Zoë Ærø Ðiß", "Ξένια Öberg",
                "Анна Ђорђевић");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (String name : names) {
                pdfs.add(threads.submit(() -> {
                    StringBuilder h = Documents.start(DocumentLanguage.ENGLISH, name, name, name);
                    h.append("<h1>").append(name).append("</h1>\n<p>").append(name).append(" <b>").append(name)
                            .append("</b></p>\n");
                    return Pdf.bytes(Documents.end(h));
                }));
            }
            for (int i = 0; i < names.size(); i++) {
                try (PDDocument doc = Loader.loadPDF(pdfs.get(i).get())) {
                    String text = new PDFTextStripper().getText(doc);
                    for (String other : names) {
                        assertEquals(other.equals(names.get(i)), text.contains(other), text);
                    }
                    PDPage page = doc.getPage(0);
                    int embedded = 0;
                    for (org.apache.pdfbox.cos.COSName f : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(f);
                        assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                        assertTrue(font.isEmbedded(), font.getName());
                        embedded++;
                    }
                    assertEquals(2, embedded); // regular and bold, each its own document's subset
                }
            }
        } finally {
            threads.shutdown();
        }
        // Not parsed again for each of the six: the same two fonts serve every PDF.
        assertSame(first[0], Pdf.bundledFonts()[0]);
        assertSame(first[1], Pdf.bundledFonts()[1]);
    }
}
