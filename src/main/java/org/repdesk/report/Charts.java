package org.repdesk.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The brief's charts, drawn headless to PNG and embedded as data URIs (no files, no network). */
public final class Charts {

    private static final Color CAPABILITY = new Color(0x1F, 0x2A, 0x44);
    private static final Color SICKNESS = new Color(0xE0, 0xA8, 0x00);
    private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 26);

    private Charts() {
    }

    /** Capability and sickness-absence cases (workload a factor) opened per month or run of months. */
    public static String casesByMonth(List<Brief.Trend> trend) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Brief.Trend t : trend) {
            data.addValue(t.capability().value(), "Capability", t.label());
            data.addValue(t.sickness().value(), "Sickness absence", t.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "Cases opened", data, PlotOrientation.VERTICAL,
                true, false, false);
        style(chart, trend.size() > 8);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, CAPABILITY);
        plot.getRenderer().setSeriesPaint(1, SICKNESS);
        return png(chart, 1400, 620);
    }

    /** False when every band is a small group, so the chart would show nothing. */
    public static boolean hasVisibleBand(List<Double> capacities, int small) {
        for (int count : bandCounts(capacities)) {
            if (count >= small) {
                return true;
            }
        }
        return false;
    }

    private static final String[] BANDS = {"under 90%", "90–100%", "100–110%", "110–120%", "120–130%", "130–140%",
        "140% and over"};

    private static int[] bandCounts(List<Double> capacities) {
        int[] counts = new int[BANDS.length];
        for (double c : capacities) {
            int band = c < 90 ? 0 : c >= 140 ? 6 : (int) ((c - 90) / 10) + 1;
            counts[Math.min(band, 6)]++;
        }
        return counts;
    }

    /** How members' latest WMT capacity % is spread, in 10-point bands around the 110% line. */
    public static String capacityDistribution(List<Double> capacities, double threshold, int small) {
        String[] bands = BANDS;
        int[] counts = bandCounts(capacities);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < bands.length; i++) {
            // A band of one or two people is drawn empty: the table says "fewer than N".
            data.addValue(counts[i] > 0 && counts[i] < small ? 0 : counts[i], "Members", bands[i]);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, "Latest WMT capacity", "Members", data,
                PlotOrientation.VERTICAL, false, false, false);
        style(chart, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, CAPABILITY);
        plot.getDomainAxis().setCategoryMargin(0.1);
        return png(chart, 1400, 560);
    }

    private static void style(JFreeChart chart, boolean rotateLabels) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getDomainAxis().setLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (rotateLabels) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
    }

    private static String png(JFreeChart chart, int width, int height) {
        // Opaque RGB, not the default ARGB: the chart is drawn on white anyway, and an alpha channel makes
        // the PDF writer re-encode a second (mask) image per chart (measured: about a third of the PDF time).
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
