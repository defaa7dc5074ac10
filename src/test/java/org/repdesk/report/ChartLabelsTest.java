package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/**
 * The words under a chart's bars as JFreeChart lays them out at the brief's width: whole, over more
 * than one line if need be. On one line a merged period ("Rhag 2025–Chwef 2026") was drawn
 * "Rhag 20…" and the last capacity band "130%…".
 */
class ChartLabelsTest {

    @Test
    void fourMergedPeriodsAreReadWholeInWelsh() {
        List<Brief.Trend> trend = new ArrayList<>();
        for (String[] p : List.of(new String[] {"Rhag 2025", "Chwef 2026"}, new String[] {"Maw 2026", "Meh 2026"},
                new String[] {"Gorff 2026", "Awst 2026"}, new String[] {"Medi 2026", "Rhag 2026"})) {
            trend.add(new Brief.Trend(Phrase.typed(p[0] + "–" + p[1]), new Brief.Count(3), new Brief.Count(4)));
        }
        Charts.Bars bars = Charts.casesByMonthBars(trend, Messages.WELSH);
        assertEquals(bars.categories(), shown(bars), "the periods as drawn under their bars");
    }

    @Test
    void theCapacityBandsAreReadWholeInEitherLanguage() {
        List<Double> capacities = new ArrayList<>();
        for (double c = 80; c <= 140; c += 2) {
            capacities.add(c);
        }
        for (var language : List.of(Messages.ENGLISH, Messages.WELSH)) {
            Charts.Bars bars = Charts.capacityBars(capacities, 3, language);
            assertEquals(bars.categories(), shown(bars), "the bands as drawn under their bars");
        }
    }

    /** Each category's label as the axis lays it out, its lines joined by a space where a line broke at one. */
    private static List<String> shown(Charts.Bars bars) {
        JFreeChart chart = bars.chart();
        CategoryPlot plot = chart.getCategoryPlot();
        Graphics2D g = new BufferedImage(bars.width(), bars.height(), BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            // Drawn at its own size, as the PDF's drawer and the PNG do, for the area its bars get.
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, bars.width(), bars.height()), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            List<String> shown = new ArrayList<>();
            for (Object t : plot.getDomainAxis().refreshTicks(g, new AxisState(), area, RectangleEdge.BOTTOM)) {
                TextBlock block = ((CategoryTick) t).getLabel();
                StringBuilder label = new StringBuilder();
                for (Object l : block.getLines()) {
                    // The axis makes one fragment a line.
                    String part = ((TextLine) l).getFirstTextFragment().getText().strip();
                    if (label.length() > 0 && !label.toString().endsWith("–")) {
                        label.append(' ');
                    }
                    label.append(part);
                }
                shown.add(label.toString());
            }
            return shown;
        } finally {
            g.dispose();
        }
    }
}
