package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Every window RepDesk opens, centred on its owner and fully on the owner's screen: the Backups
 * dialog opened partly off a 1024x700 screen (issue 20), and a window remembered on a monitor
 * since unplugged must come back into view.
 */
public final class WindowPlacement {

    /**
     * Where {@link #place} has put a window lately: still at one of them means the rep has not moved
     * it. Not only the last: on X11 the platform reports earlier positions back after a later move
     * (Settings, re-centred as it grew, was then taken as moved and left against the screen's foot).
     */
    private static final String PLACED_AT = "repdesk.placedAt";
    private static final int REMEMBERED_PLACES = 8;

    private WindowPlacement() {
    }

    /** Marks a window {@link #keepOnScreen} has been given: it is called each time the window is shown. */
    private static final String KEPT_ON_SCREEN = "repdesk.keptOnScreen";

    /**
     * From now on, each time {@code window} is shown. Once per window: called again as it is shown again
     * (the main window after a hide, a dialog reused), it added its handlers again each time.
     */
    static void keepOnScreen(Stage window) {
        if (window.getProperties().putIfAbsent(KEPT_ON_SCREEN, true) != null) {
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> place(window));
        // A dialog grows once its figures arrive from the worker (Settings' tabs): centred again then,
        // unless the rep has moved it since (it sat over the status line at 1024x700), and kept on screen.
        javafx.beans.InvalidationListener grown = o -> {
            if (!window.isShowing()) {
                return;
            }
            if (placedThere(window)) {
                place(window);
            } else {
                keepInside(window);
            }
        };
        window.widthProperty().addListener(grown);
        window.heightProperty().addListener(grown);
    }

    /** Centres {@code window} on its owner (when it has one), then moves and shrinks it into the screen. */
    static void place(Stage window) {
        Window owner = window.getOwner();
        if (owner != null) {
            window.setX(owner.getX() + (owner.getWidth() - window.getWidth()) / 2);
            window.setY(owner.getY() + (owner.getHeight() - window.getHeight()) / 3);
        }
        keepInside(window);
        placed(window).add(new Point2D(window.getX(), window.getY()));
        if (placed(window).size() > REMEMBERED_PLACES) {
            placed(window).remove(0);
        }
    }

    /** For tests: how many times {@code window} has been placed (each showing, each growth since). */
    static int timesPlaced(Stage window) {
        return placed(window).size();
    }

    /** Whether {@code window} is where {@link #place} put it lately (within the platform's whole-pixel rounding). */
    static boolean placedThere(Stage window) {
        return placed(window).stream().anyMatch(at -> at.distance(window.getX(), window.getY()) < 2);
    }

    @SuppressWarnings("unchecked")
    private static List<Point2D> placed(Stage window) {
        return (List<Point2D>) window.getProperties().computeIfAbsent(PLACED_AT, k -> new ArrayList<Point2D>());
    }

    /** Moves (and shrinks if need be) {@code window} into its owner's screen, or its own. */
    private static void keepInside(Stage window) {
        Window owner = window.getOwner();
        Rectangle2D screen = screenOf(owner != null ? owner : window);
        Rectangle2D fitted = fit(new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight()),
                screen);
        if (fitted.getWidth() < window.getWidth()) {
            window.setWidth(fitted.getWidth());
        }
        if (fitted.getHeight() < window.getHeight()) {
            window.setHeight(fitted.getHeight());
        }
        window.setX(fitted.getMinX());
        window.setY(fitted.getMinY());
    }

    /** {@code bounds} moved (and made smaller if need be) to lie wholly inside {@code screen}. */
    static Rectangle2D fit(Rectangle2D bounds, Rectangle2D screen) {
        double w = Math.min(bounds.getWidth(), screen.getWidth());
        double h = Math.min(bounds.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(bounds.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(bounds.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** The visual bounds of the screen holding most of {@code window} (the primary screen if none). */
    public static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
