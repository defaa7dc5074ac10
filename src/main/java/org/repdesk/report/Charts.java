package org.repdesk.report;

import java.util.Locale;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;

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

/**
 * The brief's charts (no files, no network): in a PDF drawn as lines and text straight onto the page
 * ({@link ChartObjects}), in the HTML brief as PNG data URIs.
 */
public final class Charts {

    private static final Color CAPABILITY = new Color(0x1F, 0x2A, 0x44);
    private static final Color SICKNESS = new Color(0xE0, 0xA8, 0x00);

    /**
     * The charts' font, made on first use: only the HTML brief's PNG needs it (a PDF's chart sets its words in the
     * PDF's own font), and making it starts Java's font system (~50 classes and the computer's font list).
     */
    private static final class Look {
        static final Font FONT = dejaVuSans(26);
    }

    private Charts() {
    }

    /**
     * DejaVu Sans for the charts' words, from the system or else the copy bundled for the PDFs: a PDF's
     * chart lays its words out with this font's widths and sets them in the embedded DejaVu Sans, so
     * on a computer without it (Windows) Java's stand-in font would have placed them for other widths.
     */
    private static Font dejaVuSans(float size) {
        Font system = new Font("DejaVu Sans", Font.PLAIN, Math.round(size));
        if (system.getFamily(Locale.ROOT).equals("DejaVu Sans")) {
            return system;
        }
        try (java.io.InputStream in = Charts.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            return in == null ? system : Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
        } catch (IOException | java.awt.FontFormatException e) {
            return system; // the words still show, in Java's stand-in font
        }
    }

    /**
     * Capability and sickness-absence cases (workload a factor) opened per month or run of months, with
     * its legend, axis and months in {@code language}, as figures to draw: a PNG for HTML, lines and text in a PDF.
     */
    public static Bars casesByMonthBars(List<Brief.Trend> trend, Locale language) {
        List<String> months = new java.util.ArrayList<>();
        double[] capability = new double[trend.size()];
        double[] sickness = new double[trend.size()];
        for (int i = 0; i < trend.size(); i++) {
            Brief.Trend t = trend.get(i);
            months.add(t.label().in(language));
            capability[i] = t.capability().value();
            sickness[i] = t.sickness().value();
        }
        return new Bars(List.of(CaseType.CAPABILITY.label(language), CaseType.SICKNESS_ABSENCE.label(language)), months,
                List.of(capability, sickness), "", Messages.text(language, "doc.brief.chart.opened"), true,
                trend.size() > 8, 0, 1400, 620);
    }

    /** False when every band is a small group, so the chart would show nothing. */
    public static boolean hasVisibleBand(List<Double> capacities, int small) {
        for (Band band : capacityBands(capacities, small)) {
            if (band.members() >= small) {
                return true;
            }
        }
        return false;
    }

    /** One bar of the capacity chart: from {@code from}% (null: no lower end) to {@code to}% (null: and over). */
    public record Band(Integer from, Integer to, int members) {
        /** "under 90%", "110–120%", "130% and over", in the language the app speaks now. */
        public String label() {
            return label(Messages.language());
        }

        /** The band in {@code language}: "llai na 90%", "130% a throsodd". */
        public String label(Locale language) {
            if (from == null && to == null) {
                return Messages.text(language, "doc.brief.band.all"); // every band merged into one
            }
            if (from == null) {
                return Messages.text(language, "doc.brief.band.under", Map.of("to", to));
            }
            return to == null ? Messages.text(language, "doc.brief.band.over", Map.of("from", from)) : from + "–" + to + "%";
        }
    }

    /** The 10-point bands' edges: under 90, 90–100, ..., 130–140, 140 and over. */
    private static final int[] EDGES = {90, 100, 110, 120, 130, 140};

    /**
     * Members by latest capacity, with a band of fewer than {@code small} members merged into its
     * neighbour, as the brief merges small groups everywhere: a top band of 2 becomes part of
     * "130% and over" rather than being dropped, which would hide exactly the strongest evidence.
     * Bands at either end merge inwards; one in the middle merges with its smaller neighbour.
     * Empty bands stay as they are (a count of nobody identifies nobody).
     */
    public static List<Band> capacityBands(List<Double> capacities, int small) {
        int[] counts = bandCounts(capacities);
        List<Band> bands = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            bands.add(new Band(i == 0 ? null : EDGES[i - 1], i == EDGES.length ? null : EDGES[i], counts[i]));
        }
        while (bands.size() > 1) {
            int smallest = -1;
            for (int i = bands.size() - 1; i >= 0; i--) { // from the top, where the strongest evidence is
                int m = bands.get(i).members();
                if (m > 0 && m < small && (smallest < 0 || m < bands.get(smallest).members())) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                break;
            }
            int other;
            if (smallest == 0) {
                other = 1;
            } else if (smallest == bands.size() - 1) {
                other = smallest - 1;
            } else {
                other = bands.get(smallest - 1).members() <= bands.get(smallest + 1).members() ? smallest - 1
                        : smallest + 1;
            }
            int low = Math.min(smallest, other);
            Band a = bands.get(low);
            Band b = bands.get(low + 1);
            bands.set(low, new Band(a.from(), b.to(), a.members() + b.members()));
            bands.remove(low + 1);
        }
        return bands;
    }

    private static int[] bandCounts(List<Double> capacities) {
        int[] counts = new int[EDGES.length + 1];
        for (double c : capacities) {
            int band = c < 90 ? 0 : c >= 140 ? 6 : (int) ((c - 90) / 10) + 1;
            counts[Math.min(band, 6)]++;
        }
        return counts;
    }

    /**
     * How members' latest WMT capacity % is spread, in 10-point bands around the 110% line, with its words
     * in {@code language}, as figures to draw: a PNG for HTML, lines and text in a PDF.
     */
    public static Bars capacityBars(List<Double> capacities, int small, Locale language) {
        List<String> labels = new java.util.ArrayList<>();
        List<Double> counts = new java.util.ArrayList<>();
        for (Band band : capacityBands(capacities, small)) {
            // Small bands are merged, not hidden; only when everyone together is a small group is
            // there no chart at all (hasVisibleBand).
            labels.add(band.label(language));
            counts.add(band.members() < small ? 0.0 : band.members());
        }
        return new Bars(List.of(Messages.text(language, "doc.brief.chart.members")), labels,
                List.of(counts.stream().mapToDouble(Double::doubleValue).toArray()),
                Messages.text(language, "doc.brief.chart.latest"), Messages.text(language, "doc.brief.chart.members"),
                false, false, 0.1, 1400, 560);
    }

    /**
     * A bar chart's figures and words, all a chart needs: {@code values} holds one row per series, one
     * value per category. {@code width} and {@code height} are the drawing's own units (the PNG's
     * pixels), in which the fonts are sized; a PDF scales the same drawing to the page.
     * {@code categoryMargin} 0 keeps JFreeChart's own.
     */
    public record Bars(List<String> series, List<String> categories, List<double[]> values, String domainLabel,
            String rangeLabel, boolean legend, boolean rotateLabels, double categoryMargin, int width, int height) {

        /** The chart, styled as every RepDesk chart is. */
        public JFreeChart chart() {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (int s = 0; s < series.size(); s++) {
                for (int c = 0; c < categories.size(); c++) {
                    data.addValue(values.get(s)[c], series.get(s), categories.get(c));
                }
            }
            JFreeChart chart = ChartFactory.createBarChart(null, domainLabel.isEmpty() ? null : domainLabel, rangeLabel,
                    data, PlotOrientation.VERTICAL, legend, false, false);
            style(chart, rotateLabels);
            CategoryPlot plot = chart.getCategoryPlot();
            plot.getRenderer().setSeriesPaint(0, CAPABILITY);
            if (series.size() > 1) {
                plot.getRenderer().setSeriesPaint(1, SICKNESS);
            }
            if (categoryMargin > 0) {
                plot.getDomainAxis().setCategoryMargin(categoryMargin);
            }
            return chart;
        }
    }

    private static void style(JFreeChart chart, boolean rotateLabels) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(Look.FONT);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(Look.FONT);
        plot.getDomainAxis().setLabelFont(Look.FONT);
        plot.getRangeAxis().setTickLabelFont(Look.FONT);
        plot.getRangeAxis().setLabelFont(Look.FONT);
        // Grouped as the document's other figures are ("1,200" in English and Welsh alike, see Figures), not by
        // the computer's own settings (set to German, it would write "1.200").
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        if (rotateLabels) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        } else {
            // Up to three lines under each bar: on one line a period ("Rhag 2025–Chwef 2026") or the last
            // band ("130% and over") was cut to "Rhag 20…" and "130%…".
            plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
    }

    /** The chart as a PNG data URI, for the HTML brief (a browser cannot read the PDF's drawing). */
    static String png(Bars bars) {
        // Opaque RGB, not the default ARGB: the chart is drawn on white anyway, and an alpha channel makes
        // the PDF writer re-encode a second (mask) image per chart (measured: about a third of the PDF time).
        BufferedImage image = bars.chart().createBufferedImage(bars.width(), bars.height(), BufferedImage.TYPE_INT_RGB,
                null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
