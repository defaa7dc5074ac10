package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/**
 * The PDF's own drawing of a bar chart lays it out as JFreeChart does (which still draws the HTML brief's
 * PNG): the same data area to within a unit or two of the chart's 1,400, the same tick step, each
 * category's label whole in up to three lines. The PDF no longer loads JFreeChart for its charts.
 */
class BarDrawingTest {

    @Test
    void theCapacityChartIsLaidOutAsJFreeChartLaysItOutInEitherLanguage() throws Exception {
        List<Double> capacities = new ArrayList<>();
        for (double c = 70; c <= 150; c += 0.25) {
            capacities.add(c);
            if (c < 90) {
                capacities.add(c); // the first band tallest, as in a real casebook
            }
        }
        for (Locale language : List.of(Messages.ENGLISH, Messages.WELSH)) {
            sameAsJFreeChart(Charts.capacityBars(capacities, 3, language));
            sameAsJFreeChart(Charts.capacityBars(capacities.subList(0, 40), 3, language));
        }
    }

    @Test
    void theMonthsChartIsLaidOutAsJFreeChartLaysItOutTurnedOrOverLines() throws Exception {
        for (int months : new int[] {13, 4, 1}) {
            List<Brief.Trend> trend = new ArrayList<>();
            for (int m = 0; m < months; m++) {
                String label = months == 4 ? "Rhag 2025–Chwef 2026" : "Dec 20" + (10 + m);
                trend.add(new Brief.Trend(Phrase.typed(label), new Brief.Count(800 + 37 * m), new Brief.Count(1319 - 11 * m)));
            }
            sameAsJFreeChart(Charts.casesByMonthBars(trend, Messages.WELSH));
            sameAsJFreeChart(Charts.casesByMonthBars(trend, Messages.ENGLISH));
        }
    }

    @Test
    void aChartsWordsAreTheDocumentsFontAndItsTurnedWordsAreOutlines() throws Exception {
        List<Brief.Trend> trend = new ArrayList<>();
        for (int m = 0; m < 13; m++) {
            trend.add(new Brief.Trend(Phrase.typed("Mon 20" + (10 + m)), new Brief.Count(5), new Brief.Count(6)));
        }
        try (PDDocument doc = new PDDocument()) {
            TrueTypeFont ttf = Pdf.bundledFonts()[0];
            PDFormXObject form = new PDFormXObject(doc);
            BarDrawing.drawn(form, PDType0Font.load(doc, ttf, true), ttf,
                    Charts.casesByMonthBars(trend, Messages.ENGLISH), 492.6f, 218.2f);
            String content = new String(form.getContentStream().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertEquals(1, form.getResources().getFontNames().spliterator().getExactSizeIfKnown(), "one font: DejaVu Sans");
            int texts = content.split("\\bBT\\b", -1).length - 1;
            // The ticks (0 to 6 by 1 or 2) and the legend's two words as text; the 13 months and the axis label not.
            assertTrue(texts >= 4 && texts <= 9, texts + " pieces of text");
            assertTrue(content.contains(" c\n"), "the turned words drawn as curves");
        }
    }

    private static void sameAsJFreeChart(Charts.Bars bars) throws Exception {
        JFreeChart chart = bars.chart();
        CategoryPlot plot = chart.getCategoryPlot();
        // Drawn as the PDF drew it before (JFreeChart on PDFBox's Graphics2D, whose font metrics are not a
        // bitmap's), for the area its bars got there.
        PDDocument scratch = new PDDocument();
        Graphics2D g = new PdfBoxGraphics2D(scratch, bars.width(), bars.height());
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, bars.width(), bars.height()), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        g.dispose();
        scratch.close();

        try (PDDocument doc = new PDDocument()) {
            TrueTypeFont ttf = Pdf.bundledFonts()[0];
            BarDrawing ours = BarDrawing.drawn(new PDFormXObject(doc), PDType0Font.load(doc, ttf, true), ttf, bars,
                    492.6f, 492.6f * bars.height() / bars.width());
            String what = bars.categories() + " " + bars.domainLabel();
            assertEquals(((NumberAxis) plot.getRangeAxis()).getTickUnit().getSize(), ours.tickUnit, 0, "tick step, " + what);
            double[] a = ours.dataArea;
            assertEquals(area.getMinX(), a[0], 2, "data area's left, " + what);
            assertEquals(area.getMinY(), a[1], 2, "data area's top, " + what);
            assertEquals(area.getMaxX(), a[2], 2, "data area's right, " + what);
            // Within a line: JFreeChart sizes the labels' room in a first pass over the plot's whole width, then
            // wraps them at the bars' width (not reproduced: where a label wraps, the bars stand a line higher).
            assertEquals(area.getMaxY(), a[3], 33, "data area's bottom, " + what);
            if (!bars.rotateLabels()) {
                double width = (a[2] - a[0]) / bars.categories().size() * 0.95;
                for (String c : bars.categories()) {
                    List<String> lines = ours.wrap(c, width, 3);
                    assertTrue(lines.size() <= 3, c);
                    assertEquals(c, String.join(" ", lines).replace("\u2013 ", "\u2013"), "drawn whole: " + c);
                }
            }
        }
    }
}
