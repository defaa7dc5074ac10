package org.repdesk.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AttendanceStrip;

/**
 * The attendance strip for paper: the same picture as the app's canvas (absences along the bottom,
 * the running count, the dashed trigger line), drawn headless with Java2D to a PNG data URI.
 */
public final class AbsenceStripPng {

    private static final Color COUNTED = new Color(0x09, 0x69, 0xda);
    private static final Color DISABILITY = new Color(0x82, 0x50, 0xdf);
    private static final Color PREGNANCY = new Color(0x8c, 0x95, 0x9f);
    private static final Color TIPPED = new Color(0xcf, 0x22, 0x2e);
    private static final Color TEXT = new Color(0x57, 0x60, 0x6a);
    private static final Color GRID = new Color(0xd0, 0xd7, 0xde);
    /** Drawn at twice the size it is shown, so lines stay sharp when printed. */
    private static final int SCALE = 2;

    private AbsenceStripPng() {
    }

    /** A PNG {@code width} × {@code height} points as shown, as a data URI for an {@code img}. */
    public static String dataUri(AttendanceStrip strip, int width, int height) {
        return dataUri(strip, width, height, Messages.language());
    }

    /** The strip with its month names and trigger line's words in {@code language}. */
    public static String dataUri(AttendanceStrip strip, int width, int height, java.util.Locale language) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, strip, width, height, language);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void draw(Graphics2D g, AttendanceStrip strip, double w, double h, java.util.Locale language) {
        double left = 30;
        double right = w - 6;
        double top = 6;
        double stripTop = h - 36;
        double stripBottom = h - 18;
        double chartBottom = stripTop - 5;
        double maxDays = strip.maxDays();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        g.setStroke(new BasicStroke(0.7f));
        int step = maxDays > 20 ? 5 : maxDays > 8 ? 2 : 1;
        for (int d = 0; d <= maxDays; d += step) {
            double y = y(d, maxDays, top, chartBottom);
            g.setColor(GRID);
            g.drawLine((int) left, (int) y, (int) right, (int) y);
            g.setColor(TEXT);
            String label = String.valueOf(d);
            g.drawString(label, (float) (left - 4 - g.getFontMetrics().stringWidth(label)), (float) y + 3);
        }
        for (var m : strip.monthStarts()) {
            double x = left + strip.x(m) * (right - left);
            g.setColor(GRID);
            g.drawLine((int) x, (int) top, (int) x, (int) stripBottom);
            String label = m.getMonth().getDisplayName(TextStyle.SHORT, language);
            if (x + 2 + g.getFontMetrics().stringWidth(label) <= right) { // near the end: unlabelled, not cut
                g.setColor(TEXT);
                g.drawString(label, (float) x + 2, (float) h - 6);
            }
        }
        g.setColor(new Color(0xf6, 0xf8, 0xfa));
        g.fill(new java.awt.geom.Rectangle2D.Double(left, stripTop, right - left, stripBottom - stripTop));
        for (AttendanceStrip.Block b : strip.blocks()) {
            double x1 = left + strip.x(b.first()) * (right - left);
            double x2 = left + strip.x(b.last().plusDays(1)) * (right - left);
            g.setColor(switch (b.kind()) {
                case COUNTED -> COUNTED;
                case DISABILITY_RELATED -> DISABILITY;
                case PREGNANCY_RELATED -> PREGNANCY;
            });
            g.fill(new java.awt.geom.Rectangle2D.Double(x1, stripTop + 2, Math.max(1.5, x2 - x1),
                    stripBottom - stripTop - 4));
            if (b.tipped()) {
                g.setColor(TIPPED);
                g.setStroke(new BasicStroke(1.5f));
                g.draw(new java.awt.geom.Rectangle2D.Double(x1 - 1, stripTop, Math.max(1.5, x2 - x1) + 2,
                        stripBottom - stripTop));
            }
        }
        steps(g, strip, strip.stepsWithoutDisability(), DISABILITY, true, left, right, top, chartBottom);
        steps(g, strip, strip.steps(), COUNTED, false, left, right, top, chartBottom);
        double ty = y(strip.triggerDays(), maxDays, top, chartBottom);
        g.setColor(TIPPED);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 3}, 0));
        g.draw(new java.awt.geom.Line2D.Double(left, ty, right, ty));
        g.drawString(Messages.text(language, "absence.strip.trigger", Map.of("days", strip.triggerDays())), (float) left + 4,
                (float) ty - 4);
        if (strip.tippedOn() != null) {
            double x = left + strip.x(strip.tippedOn()) * (right - left);
            g.fill(new java.awt.geom.Ellipse2D.Double(x - 3, ty - 3, 6, 6));
        }
    }

    private static void steps(Graphics2D g, AttendanceStrip strip, List<AttendanceStrip.Step> steps, Color colour,
            boolean dashed, double left, double right, double top, double bottom) {
        g.setColor(colour);
        g.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {3, 3}, 0) : new BasicStroke(1.6f));
        Path2D.Double path = new Path2D.Double();
        double y = y(0, strip.maxDays(), top, bottom);
        path.moveTo(left, y);
        for (AttendanceStrip.Step s : steps) {
            double x = left + strip.x(s.date().plusDays(1)) * (right - left);
            path.lineTo(x, y);
            y = y(s.days(), strip.maxDays(), top, bottom);
            path.lineTo(x, y);
        }
        path.lineTo(right, y);
        g.draw(path);
    }

    private static double y(double days, double maxDays, double top, double bottom) {
        return bottom - days / maxDays * (bottom - top);
    }
}
