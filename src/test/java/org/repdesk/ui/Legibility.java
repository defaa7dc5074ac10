package org.repdesk.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * What a rep can read in a window, measured on the drawn pixels: each piece of text's colour (as the
 * theme and repdesk.css set it, faded by any opacity) against the colour most of the pixels behind it
 * have (WCAG 2's 4.5:1 for text; controls that are switched off are exempt, as WCAG exempts them), and
 * in the dark theme the light patches a hard-coded white or pale colour leaves (a block of 8x8 pixels
 * all light, pictures and document pages aside: those are paper).
 */
final class Legibility {

    /** WCAG 2.1 AA for text (1.4.3). */
    static final double TEXT = 4.5;
    /** A light patch: every pixel of a block this many pixels square at least this bright (white is 1). */
    private static final int BLOCK = 8;
    private static final double LIGHT = 0.7;

    private final Scene scene;
    private final WritableImage picture;

    private Legibility(Scene scene) {
        this.scene = scene;
        this.picture = scene.snapshot(null);
    }

    /** The window as drawn now; call on the FX thread. */
    static Legibility of(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return new Legibility(scene);
    }

    /** Each piece of text shown under 4.5:1 on what lies behind it: its words, its style classes, the two colours and the ratio. */
    List<String> textUnder(double ratio) {
        List<String> under = new ArrayList<>();
        for (Text text : shownTexts(scene.getRoot(), new ArrayList<>())) {
            Bounds seen = seenPart(text);
            if (seen == null || seen.getWidth() < 2 || seen.getHeight() < 4) {
                continue;
            }
            Color ground = commonest(seen);
            Color ink = drawn(text, ground);
            double r = FocusRing.contrast(ink, ground);
            if (r < ratio) {
                under.add(String.format(java.util.Locale.ROOT, "\"%s\" %s %s on %s: %.2f", shortened(text.getText()),
                        classesAbove(text), web(ink), web(ground), r));
            }
        }
        return under;
    }

    /** How many 8x8 blocks of the window are all light, leaving out pictures and document pages. */
    int lightBlocks() {
        List<Bounds> paper = new ArrayList<>();
        for (Node n : scene.getRoot().lookupAll("*")) {
            if ((n instanceof ImageView || n.getStyleClass().contains("page-frame")) && n.isVisible()) {
                paper.add(n.localToScene(n.getBoundsInLocal()));
            }
        }
        PixelReader px = picture.getPixelReader();
        int blocks = 0;
        for (int y = 0; y + BLOCK <= (int) picture.getHeight(); y += BLOCK) {
            for (int x = 0; x + BLOCK <= (int) picture.getWidth(); x += BLOCK) {
                BoundingBox block = new BoundingBox(x, y, BLOCK, BLOCK);
                if (paper.stream().anyMatch(p -> p.intersects(block))) {
                    continue;
                }
                boolean light = true;
                for (int dy = 0; dy < BLOCK && light; dy++) {
                    for (int dx = 0; dx < BLOCK && light; dx++) {
                        light = FocusRing.luminance(px.getColor(x + dx, y + dy)) >= LIGHT;
                    }
                }
                if (light) {
                    blocks++;
                }
            }
        }
        return blocks;
    }

    /** For a person to look at: {@code -Drepdesk.legibility.dump=FOLDER} keeps each window measured as a picture. */
    void saveIfAsked(String name) {
        String folder = System.getProperty("repdesk.legibility.dump");
        if (folder != null) {
            FocusRing.save(picture, java.nio.file.Path.of(folder, name.replaceAll("[^A-Za-z0-9-]+", "-") + ".png"));
        }
    }

    /** The colour most of {@code node}'s pixels have: the ground anything drawn over it is read against. */
    Color commonestIn(Node node) {
        return commonest(node.localToScene(node.getLayoutBounds()));
    }

    private static List<Text> shownTexts(Parent parent, List<Text> found) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                continue;
            }
            if (n instanceof Text t) {
                if (t.getText() != null && !t.getText().isBlank() && !t.isDisabled()) {
                    found.add(t);
                }
            } else if (n instanceof Parent p) {
                shownTexts(p, found);
            }
        }
        return found;
    }

    /** The part of {@code node} not clipped away by a scroll pane, a list's flow or the window's edge. */
    private Bounds seenPart(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        b = intersect(b, new BoundingBox(0, 0, picture.getWidth(), picture.getHeight()));
        for (Node n = node.getParent(); n != null && b != null; n = n.getParent()) {
            if (n.getClip() != null) {
                b = intersect(b, n.localToScene(n.getClip().getBoundsInParent()));
            }
        }
        return b;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private Color commonest(Bounds b) {
        PixelReader px = picture.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        int x1 = Math.min((int) picture.getWidth(), (int) Math.floor(b.getMaxX()));
        int y1 = Math.min((int) picture.getHeight(), (int) Math.floor(b.getMaxY()));
        for (int y = Math.max(0, (int) Math.ceil(b.getMinY())); y < y1; y++) {
            for (int x = Math.max(0, (int) Math.ceil(b.getMinX())); x < x1; x++) {
                counts.merge(px.getArgb(x, y), 1, Integer::sum);
            }
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0xff000000);
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    /** The text's colour as it reaches the screen: its fill, faded by its own and its parents' opacity over the ground. */
    private static Color drawn(Text text, Color ground) {
        Color fill = text.getFill() instanceof Color c ? c : Color.GRAY;
        double alpha = fill.getOpacity();
        for (Node n = text; n != null; n = n.getParent()) {
            alpha *= n.getOpacity();
        }
        return Color.color(fill.getRed() * alpha + ground.getRed() * (1 - alpha),
                fill.getGreen() * alpha + ground.getGreen() * (1 - alpha),
                fill.getBlue() * alpha + ground.getBlue() * (1 - alpha));
    }

    private static String classesAbove(Node node) {
        List<String> classes = new ArrayList<>();
        for (Node n = node.getParent(); n != null && classes.size() < 3; n = n.getParent()) {
            if (!n.getStyleClass().isEmpty() || n.getId() != null) {
                classes.add((n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass());
            }
        }
        return String.join(" < ", classes);
    }

    private static String shortened(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 39) + "…" : one;
    }

    static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
