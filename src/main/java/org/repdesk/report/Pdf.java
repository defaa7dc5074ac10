package org.repdesk.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.repdesk.service.OwnerOnlyFile;

/**
 * Turns a RepDesk XHTML document into a PDF with embedded fonts: DejaVu Sans (bundled) for Latin,
 * Greek and Cyrillic names, and a CJK-capable system font as fallback where one is installed.
 */
public final class Pdf {

    /** Fonts with CJK coverage found on common systems, in order of preference. */
    private static final List<String> FALLBACKS = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "C:\\Windows\\Fonts\\simhei.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf");

    /** Held so java.util.logging keeps the levels set below (it keeps loggers only weakly). */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"),
            java.util.logging.Logger.getLogger("org.apache.fontbox"));

    static {
        // The renderer's and PDFBox's own notices (e.g. the standard-14 font mapping) would otherwise
        // print to the rep's console; real failures still arrive as exceptions.
        XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
    }

    private Pdf() {
    }

    /** Writes the document as a PDF, whole or not at all, readable by the owner only. */
    public static void write(String xhtml, Path out) throws IOException {
        OwnerOnlyFile.write(out, stream -> render(xhtml, stream));
    }

    /**
     * {@link #write} as PDF/A-3u as well (for records that are kept, such as a subject access
     * response): ISO 19005's archival form, with the sRGB output intent it requires.
     */
    public static void writeArchival(String xhtml, Path out) throws IOException {
        OwnerOnlyFile.write(out, stream -> render(xhtml, stream, true));
    }

    public static void render(String xhtml, OutputStream out) throws IOException {
        render(xhtml, out, false);
    }

    /**
     * Every PDF is tagged for screen readers (PDF/UA: structure tree, /Lang from the document's
     * {@code lang}, its title shown in the title bar); its fonts carry no ligature substitution, so
     * copied and searched text reads "office", not "o\uFB03ce".
     */
    private static void render(String xhtml, OutputStream out, boolean archival) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.usePdfUaAccessibility(true);
            if (archival) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
                builder.useColorProfile(java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)
                        .getData());
            }
            TrueTypeFont[] fonts = bundledFonts();
            TrueTypeFont regular = fonts[0];
            TrueTypeFont bold = fonts[1];
            PDType0Font regularFont = PDType0Font.load(doc, regular, true);
            builder.useObjectDrawerFactory(new ChartObjects(regularFont, regular)); // the brief's charts as lines and text
            builder.useFont(new PDFontSupplier(regularFont), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(doc, bold, true)), "DejaVu Sans", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            // The fallback only for a document with a character DejaVu Sans has no glyph for: the renderer
            // loads every font a paragraph's family names to measure its lines, and the 4 MB CJK font took
            // ~0.3 s of CPU in each PDF (a 100k brief), though no brief in English or Welsh draws with it.
            // Without it the lines sit up to 0.8 pt higher on the page, as on a computer with no such font.
            if (!drawsEveryCharacter(xhtml, regular, bold)) {
                fallbackFont().ifPresent(f -> builder.useFont(f, "RepDesk Fallback")); // not for reps: a font family
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        }
    }

    /** DejaVu Sans and its bold, parsed once a process (see {@link #bundledFonts}). */
    private static volatile TrueTypeFont[] bundled;

    /**
     * The two bundled fonts, parsed on first use and then shared by every PDF the process makes, on any
     * thread: each PDF embeds its own subset (PDFBox reads a shared font under its own locks and leaves it
     * open when a document closes, as its font cache does). Parsing both took ~50 ms of CPU a PDF once
     * warm and ~170 ms cold, and a brief's PDF parsed them twice (the head start's sample, then the brief
     * on the main thread, where the rep waits).
     */
    static TrueTypeFont[] bundledFonts() throws IOException {
        TrueTypeFont[] fonts = bundled;
        if (fonts == null) {
            synchronized (Pdf.class) {
                fonts = bundled;
                if (fonts == null) {
                    fonts = new TrueTypeFont[] {withoutLigatures("DejaVuSans.ttf"), withoutLigatures("DejaVuSans-Bold.ttf")};
                    bundled = fonts;
                }
            }
        }
        return fonts;
    }

    /**
     * A bundled font without its glyph substitution table: PDFBox 3 otherwise draws "ffi" as one
     * ligature glyph, which PDF readers then copy, search and read aloud as U+FB03, not as three letters.
     */
    private static TrueTypeFont withoutLigatures(String name) throws IOException {
        try (InputStream in = font(name)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.getTableMap().remove("GSUB");
            return ttf;
        }
    }

    /** True when both fonts have a glyph for every character of the document beyond ASCII (which they have). */
    static boolean drawsEveryCharacter(String xhtml, TrueTypeFont... fonts) throws IOException {
        List<CmapLookup> lookups = new java.util.ArrayList<>();
        for (TrueTypeFont f : fonts) {
            lookups.add(f.getUnicodeCmapLookup());
        }
        return xhtml.codePoints().filter(cp -> cp >= 0x80).distinct()
                .allMatch(cp -> lookups.stream().allMatch(l -> l.getGlyphId(cp) != 0));
    }

    /** The whole PDF in memory (for previews and printing). */
    public static byte[] bytes(String xhtml) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        render(xhtml, out);
        return out.toByteArray();
    }

    /** Each page of a PDF as a PNG image at {@code dpi}, for an on-screen preview or the printer. */
    public static List<byte[]> pagesAsPng(byte[] pdf, float dpi) throws IOException {
        List<byte[]> pages = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(i, dpi,
                        org.apache.pdfbox.rendering.ImageType.RGB);
                java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
        }
        return pages;
    }

    /** The CJK fallback font found on this system, if any. */
    public static Optional<File> fallbackFont() {
        return FALLBACKS.stream().map(File::new).filter(File::isFile).filter(f -> f.getName().endsWith(".ttf"))
                .findFirst();
    }

    private static InputStream font(String name) {
        InputStream in = Pdf.class.getResourceAsStream("fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("missing bundled font " + name);
        }
        return in;
    }
}
