package org.repdesk.report;

import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A brief's bar chart drawn for a PDF with PDFBox's own lines, boxes and text, in the document's embedded
 * DejaVu Sans: the same chart as {@link Charts.Bars#chart()} (JFreeChart) draws for the HTML brief's PNG, laid
 * out with JFreeChart's own measures (its plot, axis and legend insets, category and item margins, integer tick
 * units, 45° and up-to-three-line category labels), so a reader sees the same chart. JFreeChart and Java2D
 * drawing into a PDF took ~450 classes (and AWT's fonts) for two charts: ~0.3 s of a brief's CPU, most of it the
 * head start's (sixteenth session).
 *
 * <p>Everything is worked out in the chart's own units ({@link Charts.Bars#width()} by {@link Charts.Bars#height()},
 * y downwards, in which its 26-unit font is sized), then scaled to the box the page gave it.
 */
final class BarDrawing {

    private static final float FONT_SIZE = 26;
    /** DejaVu Sans's ascent and descent (hhea: 1901 and 483 of 2048 units a em), as Java's LineMetrics read them. */
    private static final double ASCENT = FONT_SIZE * 1901 / 2048.0;
    private static final double DESCENT = FONT_SIZE * 483 / 2048.0;
    private static final double LINE = ASCENT + DESCENT;
    /** A line's room as JFreeChart reserves it for a label (Java's FontMetrics, in whole units: 25 + 7). */
    private static final double LINE_BOX = Math.ceil(ASCENT) + Math.ceil(DESCENT);

    private static final int[] CAPABILITY = {0x1F, 0x2A, 0x44};
    private static final int[] SICKNESS = {0xE0, 0xA8, 0x00};
    /** JFreeChart's theme: tick and axis labels, legend items. */
    private static final int[] TEXT = {0x40, 0x40, 0x40};
    private static final int[] AXIS_LINE = {0x80, 0x80, 0x80};
    private static final int[] GRID = {0xDD, 0xDD, 0xDD};

    // JFreeChart's own measures (1.5): the plot's insets, the gap between the axes and the data, the axes'
    // label and tick-label insets, a tick mark's outside length, the category axis's margins.
    private static final double PLOT_TOP = 4;
    private static final double PLOT_LEFT = 8;
    private static final double PLOT_BOTTOM = 4;
    private static final double PLOT_RIGHT = 8;
    private static final double AXIS_OFFSET = 4;
    private static final double LABEL_INSET = 3;
    private static final double TICK_INSET_V = 2;
    private static final double TICK_INSET_H = 4;
    private static final double TICK_MARK = 2;
    private static final double CATEGORY_LABEL_OFFSET = 4;
    private static final double LOWER_MARGIN = 0.05;
    private static final double UPPER_MARGIN = 0.05;
    private static final double DEFAULT_CATEGORY_MARGIN = 0.2;
    private static final double ITEM_MARGIN = 0.05;
    private static final double RANGE_UPPER_MARGIN = 0.05;
    private static final double LEGEND_MARGIN = 1;
    private static final double LEGEND_PADDING = 1;
    private static final double LEGEND_SHAPE = 6;
    private static final double LEGEND_GRAPHIC_PADDING = 2;
    private static final double LEGEND_LABEL_PADDING = 2;

    private final PDFont font;
    /** The same font's outlines, for turned words. */
    private final TrueTypeFont outlines;
    private final Charts.Bars bars;
    private final PDFormContentStream out;
    /** Where the bars went and the step between ticks, once drawn (for the tests, against JFreeChart's). */
    double[] dataArea;
    long tickUnit;

    private BarDrawing(PDFont font, TrueTypeFont outlines, Charts.Bars bars, PDFormContentStream out) {
        this.font = font;
        this.outlines = outlines;
        this.bars = bars;
        this.out = out;
    }

    /** The chart as a form {@code widthPt} by {@code heightPt} points, its origin at its lower left. */
    static PDFormXObject form(PDDocument doc, PDFont font, TrueTypeFont outlines, Charts.Bars bars, float widthPt,
            float heightPt) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        drawn(form, font, outlines, bars, widthPt, heightPt);
        return form;
    }

    static BarDrawing drawn(PDFormXObject form, PDFont font, TrueTypeFont outlines, Charts.Bars bars, float widthPt,
            float heightPt) throws IOException {
        form.setBBox(new PDRectangle(widthPt, heightPt));
        form.setResources(new PDResources());
        try (PDFormContentStream out = new PDFormContentStream(form)) {
            // The chart's units, y downwards, onto the form's points.
            out.transform(new Matrix(widthPt / bars.width(), 0, 0, -heightPt / bars.height(), 0, heightPt));
            BarDrawing drawing = new BarDrawing(font, outlines, bars, out);
            drawing.draw();
            return drawing;
        }
    }

    /**
     * A text's width as JFreeChart measures it (Java's font metrics at the chart's 26 units: each glyph's advance
     * rounded to a whole unit), so that the words are placed where it placed them.
     */
    double width(String text) throws IOException {
        CmapLookup cmap = outlines.getUnicodeCmapLookup();
        double scale = FONT_SIZE / outlines.getUnitsPerEm();
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += Math.round(outlines.getAdvanceWidth(cmap.getGlyphId(cp)) * scale);
        }
        return width;
    }

    private void draw() throws IOException {
        double w = bars.width();
        double h = bars.height();
        int n = bars.categories().size();

        // The legend along the bottom, centred.
        double bottom = h;
        List<Double> legendWidths = new ArrayList<>();
        double legendWidth = 0;
        double itemHeight = Math.max(LEGEND_SHAPE + 2 * LEGEND_GRAPHIC_PADDING, LINE_BOX + 2 * LEGEND_LABEL_PADDING);
        if (bars.legend()) {
            for (String s : bars.series()) {
                double iw = LEGEND_SHAPE + 2 * LEGEND_GRAPHIC_PADDING + width(s) + 2 * LEGEND_LABEL_PADDING;
                legendWidths.add(iw);
                legendWidth += iw;
            }
            bottom -= itemHeight + 2 * (LEGEND_MARGIN + LEGEND_PADDING);
        }

        // The plot, less its insets; the axes' room at the left and the bottom.
        double plotLeft = PLOT_LEFT;
        double plotTop = PLOT_TOP;
        double plotRight = w - PLOT_RIGHT;
        double plotBottom = bottom - PLOT_BOTTOM;

        double max = 0;
        for (double[] values : bars.values()) {
            for (double v : values) {
                max = Math.max(max, v);
            }
        }
        double upper = max <= 0 ? 1 : max * (1 + RANGE_UPPER_MARGIN);

        // Category labels' room under the axis.
        double categoryMargin = bars.categoryMargin() > 0 ? bars.categoryMargin() : DEFAULT_CATEGORY_MARGIN;
        double bottomSpace = CATEGORY_LABEL_OFFSET;
        List<List<String>> labelLines = new ArrayList<>();
        double rotatedHeight = 0;
        double domainLabelHeight = bars.domainLabel().isEmpty() ? 0 : LINE_BOX + 2 * LABEL_INSET;
        double rangeLabelWidth = bars.rangeLabel().isEmpty() ? 0 : LINE_BOX + 2 * LABEL_INSET;

        // The range axis's room: its widest tick label (the ticks depend on the data area's height, which
        // depends on the category labels' room, which does not depend on the ticks: so that first).
        double provisionalLeft = plotLeft + rangeLabelWidth + TICK_INSET_H * 2 + width(label(upper)) + AXIS_OFFSET;
        double provisionalWidth = plotRight - AXIS_OFFSET - provisionalLeft;
        double catWidth = n == 0 ? 0 : provisionalWidth * (1 - LOWER_MARGIN - UPPER_MARGIN - (n > 1 ? categoryMargin : 0)) / n;
        if (bars.rotateLabels()) {
            for (String c : bars.categories()) {
                double diag = (width(c) + LINE_BOX) / Math.sqrt(2);
                rotatedHeight = Math.max(rotatedHeight, diag);
            }
            bottomSpace += rotatedHeight + TICK_INSET_V * 2;
        } else {
            int lines = 0;
            for (String c : bars.categories()) {
                List<String> wrapped = wrap(c, provisionalWidth / n * 0.95, 3);
                labelLines.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            bottomSpace += lines * LINE_BOX + TICK_INSET_V * 2;
        }
        bottomSpace += domainLabelHeight;

        double dataTop = plotTop + AXIS_OFFSET;
        double dataBottom = plotBottom - bottomSpace - AXIS_OFFSET;
        double dataHeight = dataBottom - dataTop;
        double tickHeight = LINE + 2 * TICK_INSET_V;
        long unit = tickUnit(upper, dataHeight, tickHeight);
        double widest = 0;
        for (long t = 0; t <= upper; t += unit) {
            widest = Math.max(widest, width(label(t)));
        }
        double dataLeft = plotLeft + rangeLabelWidth + widest + 2 * TICK_INSET_H + AXIS_OFFSET;
        double dataRight = plotRight - AXIS_OFFSET;
        double dataWidth = dataRight - dataLeft;
        catWidth = n == 0 ? 0 : dataWidth * (1 - LOWER_MARGIN - UPPER_MARGIN - (n > 1 ? categoryMargin : 0)) / n;
        double catGap = n > 1 ? dataWidth * categoryMargin / (n - 1) : 0;
        if (!bars.rotateLabels()) {
            labelLines.clear();
            for (String c : bars.categories()) {
                labelLines.add(wrap(c, dataWidth / n * 0.95, 3)); // a category's share of the axis, as JFreeChart wraps
            }
        }

        dataArea = new double[] {dataLeft, dataTop, dataRight, dataBottom};
        tickUnit = unit;

        // Gridlines, then the bars, then the axes over them.
        out.setStrokingColor(GRID[0] / 255f, GRID[1] / 255f, GRID[2] / 255f);
        out.setLineWidth(1);
        for (long t = unit; t <= upper; t += unit) {
            double y = dataBottom - t / upper * dataHeight;
            line(dataLeft, y, dataRight, y);
        }
        if (unit <= upper) { // a gridline was drawn: a bare stroke with no path is what strict PDF checkers flag
            out.stroke();
        }

        int seriesCount = bars.series().size();
        double barWidth = seriesCount == 0 ? 0 : catWidth * (1 - (seriesCount > 1 ? ITEM_MARGIN : 0)) / seriesCount;
        double barGap = seriesCount > 1 ? catWidth * ITEM_MARGIN / (seriesCount - 1) : 0;
        for (int s = 0; s < seriesCount; s++) {
            int[] c = s == 0 ? CAPABILITY : SICKNESS;
            out.setNonStrokingColor(c[0] / 255f, c[1] / 255f, c[2] / 255f);
            double[] values = bars.values().get(s);
            boolean anyBar = false;
            for (int i = 0; i < n && i < values.length; i++) {
                double x = dataLeft + dataWidth * LOWER_MARGIN + i * (catWidth + catGap) + s * (barWidth + barGap);
                double top = dataBottom - values[i] / upper * dataHeight;
                if (values[i] > 0) {
                    out.addRect((float) x, (float) top, (float) barWidth, (float) (dataBottom - top));
                    anyBar = true;
                }
            }
            if (anyBar) {
                out.fill(); // a series of noughts (no sickness-absence cases in the period) draws nothing
            }
        }

        out.setStrokingColor(AXIS_LINE[0] / 255f, AXIS_LINE[1] / 255f, AXIS_LINE[2] / 255f);
        out.setLineWidth(0.5f);
        double axisX = dataLeft - AXIS_OFFSET;
        double axisY = dataBottom + AXIS_OFFSET;
        line(axisX, dataTop, axisX, dataBottom);
        line(dataLeft, axisY, dataRight, axisY);
        for (long t = 0; t <= upper; t += unit) {
            double y = dataBottom - t / upper * dataHeight;
            line(axisX - TICK_MARK, y, axisX, y);
        }
        out.stroke();

        // The words.
        out.setNonStrokingColor(TEXT[0] / 255f, TEXT[1] / 255f, TEXT[2] / 255f);
        for (long t = 0; t <= upper; t += unit) {
            double y = dataBottom - t / upper * dataHeight;
            String s = label(t);
            text(s, axisX - TICK_INSET_H - width(s), y - LINE / 2 + ASCENT, 0);
        }
        if (!bars.rangeLabel().isEmpty()) {
            double x = plotLeft + LABEL_INSET + LINE_BOX - DESCENT; // centred in its room, as JFreeChart centres it
            double y = dataTop + dataHeight / 2 + width(bars.rangeLabel()) / 2;
            text(bars.rangeLabel(), x, y, -Math.PI / 2);
        }
        double labelTop = axisY + CATEGORY_LABEL_OFFSET + TICK_INSET_V;
        for (int i = 0; i < n; i++) {
            double centre = dataLeft + dataWidth * LOWER_MARGIN + i * (catWidth + catGap) + catWidth / 2;
            String c = bars.categories().get(i);
            if (bars.rotateLabels()) {
                // Its top right corner under the category's middle, reading up at 45°.
                double a = -Math.PI / 4;
                double tw = width(c);
                double cos = Math.cos(a);
                double sin = Math.sin(a);
                // From the top-right corner back along the text to its start, and down to the baseline.
                double bx = centre - tw * cos + -sin * ASCENT;
                double by = labelTop - tw * sin + cos * ASCENT;
                text(c, bx, by, a);
            } else {
                List<String> lines = labelLines.get(i);
                for (int l = 0; l < lines.size(); l++) {
                    String s = lines.get(l);
                    text(s, centre - width(s) / 2, labelTop + l * LINE_BOX + ASCENT, 0);
                }
            }
        }
        if (!bars.domainLabel().isEmpty()) {
            double y = plotBottom - LABEL_INSET - DESCENT;
            text(bars.domainLabel(), dataLeft + dataWidth / 2 - width(bars.domainLabel()) / 2, y, 0);
        }
        if (bars.legend()) {
            double x = (w - legendWidth) / 2;
            double top = h - LEGEND_MARGIN - LEGEND_PADDING - itemHeight;
            double middle = top + itemHeight / 2;
            for (int s = 0; s < seriesCount; s++) {
                int[] c = s == 0 ? CAPABILITY : SICKNESS;
                out.setNonStrokingColor(c[0] / 255f, c[1] / 255f, c[2] / 255f);
                out.addRect((float) (x + LEGEND_GRAPHIC_PADDING), (float) (middle - LEGEND_SHAPE / 2),
                        (float) LEGEND_SHAPE, (float) LEGEND_SHAPE);
                out.fill();
                out.setNonStrokingColor(TEXT[0] / 255f, TEXT[1] / 255f, TEXT[2] / 255f);
                double tx = x + LEGEND_SHAPE + 2 * LEGEND_GRAPHIC_PADDING + LEGEND_LABEL_PADDING;
                text(bars.series().get(s), tx, middle + LINE_BOX / 2 - DESCENT, 0);
                x += legendWidths.get(s);
            }
        }
    }

    /**
     * Up to {@code maxLines} lines no wider than {@code max}, broken after a space or a dash as JFreeChart breaks
     * them ("Rhag 2025–" / "Chwef 2026"); the last line holds what is left.
     */
    List<String> wrap(String text, double max, int maxLines) throws IOException {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\u2013') && i + 1 < text.length()) {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String piece : pieces) {
            String tried = line + piece;
            if (!line.isEmpty() && width(tried.strip()) > max && lines.size() < maxLines - 1) {
                lines.add(line.strip());
                line = piece;
            } else {
                line = tried;
            }
        }
        lines.add(line.strip());
        return lines;
    }

    /**
     * The smallest of JFreeChart's integer tick units (1, 2, 5, 10, 20, 50, …) whose step on the axis is at
     * least a tick label's height, as its vertical axis chooses.
     */
    static long tickUnit(double upper, double axisLength, double labelHeight) {
        long[] steps = {1, 2, 5};
        for (long scale = 1; ; scale *= 10) {
            for (long s : steps) {
                long unit = s * scale;
                if (unit / upper * axisLength >= labelHeight || scale > 1_000_000_000L) {
                    return unit;
                }
            }
        }
    }

    /** A tick's figure grouped as the document's other figures are ("1,200" in English and Welsh alike). */
    static String label(double value) {
        return String.format(Locale.UK, "%,d", Math.round(value));
    }

    private void outlines(String s, double x, double y, double angle) throws IOException {
        double scale = FONT_SIZE / outlines.getUnitsPerEm();
        AffineTransform at = new AffineTransform();
        at.translate(x, y);
        at.rotate(angle);
        at.scale(scale, -scale); // the font's units, y upwards
        CmapLookup cmap = outlines.getUnicodeCmapLookup();
        double[] p = new double[6];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int gid = cmap.getGlyphId(cp);
            GlyphData glyph = outlines.getGlyph().getGlyph(gid);
            if (glyph != null) {
                double cx = 0;
                double cy = 0;
                for (PathIterator it = glyph.getPath().getPathIterator(at); !it.isDone(); it.next()) {
                    switch (it.currentSegment(p)) {
                        case PathIterator.SEG_MOVETO -> out.moveTo((float) (cx = p[0]), (float) (cy = p[1]));
                        case PathIterator.SEG_LINETO -> out.lineTo((float) (cx = p[0]), (float) (cy = p[1]));
                        case PathIterator.SEG_QUADTO -> {
                            out.curveTo((float) (cx + 2 * (p[0] - cx) / 3), (float) (cy + 2 * (p[1] - cy) / 3),
                                    (float) (p[2] + 2 * (p[0] - p[2]) / 3), (float) (p[3] + 2 * (p[1] - p[3]) / 3),
                                    (float) p[2], (float) p[3]);
                            cx = p[2];
                            cy = p[3];
                        }
                        case PathIterator.SEG_CUBICTO -> {
                            out.curveTo((float) p[0], (float) p[1], (float) p[2], (float) p[3], (float) p[4], (float) p[5]);
                            cx = p[4];
                            cy = p[5];
                        }
                        default -> out.closePath();
                    }
                }
            }
            at.translate(outlines.getAdvanceWidth(gid), 0);
        }
        out.fill();
    }

    private void line(double x1, double y1, double x2, double y2) throws IOException {
        out.moveTo((float) x1, (float) y1);
        out.lineTo((float) x2, (float) y2);
    }

    /**
     * Text from its baseline's start at ({@code x}, {@code y}), turned {@code angle} radians (negative: upwards).
     * Turned text is drawn as its glyphs' outlines, as JFreeChart's drawing did: the PDF's text (copied, searched,
     * extracted) stays what it was, without the axis label and months in pieces; a screen reader reads the
     * chart's Figure tag, not its words.
     */
    private void text(String s, double x, double y, double angle) throws IOException {
        if (angle != 0) {
            outlines(s, x, y, angle);
            return;
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        out.beginText();
        out.setFont(font, FONT_SIZE);
        // y is downwards here, so the text's own up is the page's minus y, turned with it.
        out.setTextMatrix(new Matrix((float) cos, (float) sin, (float) sin, (float) -cos, (float) x, (float) y));
        out.showText(s);
        out.endText();
    }
}
