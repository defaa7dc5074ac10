package org.repdesk.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** An attached PDF's first pages as images, for the preview inside RepDesk. */
public final class DocumentPages {

    /** The pages drawn (PNG) and how many the PDF has. */
    public record Rendered(List<byte[]> pages, int total) {
    }

    /** Thrown for a PDF that needs a password to open: it can still be opened in its own application. */
    public static final class PasswordProtected extends IOException {
        PasswordProtected(Throwable cause) {
            super("The PDF is protected with a password.", cause); // not for reps: the screen says papers.preview.password
        }
    }

    private DocumentPages() {
    }

    /**
     * Draws at most {@code maxPages} pages at {@code dpi}: ~0.1 s and ~200 KB a page at 96 dpi, so a
     * 300-page bundle is not drawn whole just to glance at it.
     */
    public static Rendered of(byte[] pdf, float dpi, int maxPages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<byte[]> pages = new ArrayList<>();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < Math.min(total, maxPages); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return new Rendered(pages, total);
        } catch (InvalidPasswordException e) {
            throw new PasswordProtected(e);
        }
    }
}
