package org.repdesk.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import java.awt.Rectangle;
import java.awt.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A chart in a PDF drawn as lines and text on the page, not as a picture: the document's XHTML carries
 * the chart's figures in an {@code <object>} element, and the PDF renderer draws them with PDFBox's own
 * lines, boxes and text ({@link BarDrawing}; JFreeChart through a Graphics2D cost ~0.3 s of a brief's CPU). A PNG of the same chart took
 * a brief at 100,000 cases ~0.3 s of the main thread's CPU to rasterise and compress (and as much again
 * on the head start's thread), and printed soft; drawn this way it is sharp at any zoom, and its words
 * are set in the document's embedded DejaVu Sans.
 */
final class ChartObjects implements FSObjectDrawerFactory {

    /** Not a registered type: only RepDesk's PDF renderer draws it. */
    static final String TYPE = "application/x-repdesk-bars";

    /**
     * The width in points a chart fills with {@code width: 100%}, as its PNG did: A4's 210 mm less
     * print.css's two 16 mm page margins and the renderer's own 8 px body margin on either side
     * (measured: the PNG was drawn 492.6 pt wide). Its height keeps the PNG's proportions. What follows
     * a chart moves by a few points (the PNG sat on a line's baseline with the line's descent under it;
     * the object does not): +2.4 pt before a table, -3.6 pt before a paragraph.
     */
    private static final double TEXT_WIDTH_PT = (210 - 2 * 16) / 25.4 * 72 - 2 * 6;

    /** The element for a PDF's XHTML; {@code alt} is what a screen reader reads for the chart (its Figure tag). */
    static String element(Charts.Bars bars, String alt) {
        StringBuilder h = new StringBuilder(256);
        // Kept whole on one page, as the PNG was (a picture's line is never split; the object's was, at a page's foot).
        h.append("<div style=\"page-break-inside: avoid\"><object class=\"chart\" type=\"").append(TYPE).append("\" alt=\"").append(Html.esc(alt))
                .append("\" style=\"height: ")
                .append(String.format(Locale.ROOT, "%.2fpt", TEXT_WIDTH_PT * bars.height() / bars.width()))
                .append("\" data-width=\"").append(bars.width()).append("\" data-height=\"").append(bars.height())
                .append("\" data-domain=\"").append(Html.esc(bars.domainLabel())).append("\" data-range=\"")
                .append(Html.esc(bars.rangeLabel())).append("\" data-legend=\"").append(bars.legend())
                .append("\" data-rotate=\"").append(bars.rotateLabels()).append("\" data-margin=\"")
                .append(bars.categoryMargin()).append("\">");
        for (String c : bars.categories()) {
            h.append("<category name=\"").append(Html.esc(c)).append("\"/>");
        }
        for (int s = 0; s < bars.series().size(); s++) {
            h.append("<series name=\"").append(Html.esc(bars.series().get(s))).append("\" values=\"");
            double[] values = bars.values().get(s);
            for (int i = 0; i < values.length; i++) {
                h.append(i == 0 ? "" : " ").append(values[i]);
            }
            h.append("\"/>");
        }
        return h.append("</object></div>\n").toString();
    }

    /** The figures an element written by {@link #element} carries. */
    static Charts.Bars read(Element e) {
        List<String> categories = new ArrayList<>();
        List<String> series = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (child.getTagName().equals("category")) {
                    categories.add(child.getAttribute("name"));
                } else if (child.getTagName().equals("series")) {
                    series.add(child.getAttribute("name"));
                    String text = child.getAttribute("values").strip();
                    values.add(text.isEmpty() ? new double[0]
                            : java.util.Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray());
                }
            }
        }
        return new Charts.Bars(series, categories, values, e.getAttribute("data-domain"), e.getAttribute("data-range"),
                Boolean.parseBoolean(e.getAttribute("data-legend")), Boolean.parseBoolean(e.getAttribute("data-rotate")),
                Double.parseDouble(e.getAttribute("data-margin")), Integer.parseInt(e.getAttribute("data-width")),
                Integer.parseInt(e.getAttribute("data-height")));
    }

    /** The document's embedded DejaVu Sans, in which a chart's words are set. */
    private final PDFont font;
    /** The same font's outlines, for a chart's turned words. */
    private final TrueTypeFont outlines;

    ChartObjects(PDFont font, TrueTypeFont outlines) {
        this.font = font;
        this.outlines = outlines;
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return isReplacedObject(e) ? this::draw : null;
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type"));
    }

    /**
     * Draws the chart ({@link BarDrawing}) as a form of its own, placed in the box the layout gave it as a
     * picture would be, inside the element's Figure tag; {@code width} and {@code height} are in the
     * renderer's dots.
     */
    private Map<Shape, String> draw(Element e, double x, double y, double width, double height,
            OutputDevice device, RenderingContext ctx, int dotsPerPixel) {
        Charts.Bars bars = read(e);
        PdfBoxFastOutputDevice pdf = (PdfBoxFastOutputDevice) device;
        float dots = pdf.getDotsPerPoint();
        try {
            PDFormXObject form = BarDrawing.form(pdf.getWriter(), font, outlines, bars, (float) (width / dots),
                    (float) (height / dots));
            pdf.drawPdfAsImage(form, new Rectangle((int) Math.round(x), (int) Math.round(y),
                    (int) Math.round(width), (int) Math.round(height)), (float) width, (float) height);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return null; // no links in a chart
    }
}
