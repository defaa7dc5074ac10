package org.repdesk.ui;

import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;

/**
 * What a keyboard user sees change on a control as it takes the focus, measured on the drawn pixels
 * (a style that changes a background hidden under the control's own content changes nothing seen):
 * the pixels on and just around the control that differ from before by at least 3:1 (WCAG 2.2's
 * non-text contrast, and its focus-appearance measure of a pixel focused against unfocused).
 */
record FocusRing(int changed, int width, int height) {

    /** Beyond the control's bounds a ring may be drawn (a ring 1px off the control, 2px wide: 3px). */
    private static final int AROUND = 5;

    /** Focus to {@code elsewhere}, then to {@code node}: the strongly changed pixels between the two pictures. */
    static FocusRing measure(FxRobot robot, Node node, Node elsewhere) {
        AtomicReference<WritableImage> before = new AtomicReference<>();
        AtomicReference<WritableImage> after = new AtomicReference<>();
        AtomicReference<Bounds> where = new AtomicReference<>();
        robot.interact(elsewhere::requestFocus);
        robot.interact(() -> before.set(node.getScene().snapshot(null)));
        robot.interact(node::requestFocus);
        robot.interact(() -> {
            after.set(node.getScene().snapshot(null));
            where.set(node.localToScene(node.getLayoutBounds()));
        });
        if (!node.isFocused()) {
            throw new AssertionError(node + " did not take the focus");
        }
        String dump = System.getProperty("repdesk.focusRing.dump");
        if (dump != null) {
            save(before.get(), java.nio.file.Path.of(dump, node.getClass().getSimpleName() + "-" + Styling.isDark() + "-before.png"));
            save(after.get(), java.nio.file.Path.of(dump, node.getClass().getSimpleName() + "-" + Styling.isDark() + "-after.png"));
        }
        return compare(before.get(), after.get(), where.get());
    }

    /** For a person to look at when a ring is not seen: {@code -Drepdesk.focusRing.dump=FOLDER}. */
    static void save(WritableImage image, java.nio.file.Path file) {
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) image.getWidth(),
                (int) image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static FocusRing compare(WritableImage before, WritableImage after, Bounds b) {
        PixelReader was = before.getPixelReader();
        PixelReader now = after.getPixelReader();
        int x0 = Math.max(0, (int) Math.floor(b.getMinX()) - AROUND);
        int y0 = Math.max(0, (int) Math.floor(b.getMinY()) - AROUND);
        int x1 = Math.min((int) after.getWidth(), (int) Math.ceil(b.getMaxX()) + AROUND);
        int y1 = Math.min((int) after.getHeight(), (int) Math.ceil(b.getMaxY()) + AROUND);
        int count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (contrast(was.getColor(x, y), now.getColor(x, y)) >= 3) {
                    count++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return count == 0 ? new FocusRing(0, 0, 0) : new FocusRing(count, maxX - minX + 1, maxY - minY + 1);
    }

    /**
     * Enough strongly changed pixels to go round what they enclose at least once (a 2px ring goes round
     * twice), around something at least 10px each way: a ring, an outline or a filled change, not a
     * pixel here and there.
     */
    boolean seen() {
        return width >= 10 && height >= 10 && changed >= 2 * (width + height) - 8;
    }

    @Override
    public String toString() {
        return changed + " pixels changed 3:1 or more, over " + width + "x" + height;
    }

    /** WCAG 2's contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
