package org.repdesk.ui;

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
final class WindowPlacement {

    /** Where {@link #place} last put a window: still there means the rep has not moved it. */
    private static final String PLACED_AT = "repdesk.placedAt";

    private WindowPlacement() {
    }

    /** From now on, each time {@code window} is shown. */
    static void keepOnScreen(Stage window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> place(window));
        // A dialog grows once its figures arrive from the worker (Settings' tabs): centred again then,
        // unless the rep has moved it since (it sat over the status line at 1024x700), and kept on screen.
        javafx.beans.InvalidationListener grown = o -> {
            if (!window.isShowing()) {
                return;
            }
            if (window.getProperties().get(PLACED_AT) instanceof javafx.geometry.Point2D at
                    && at.distance(window.getX(), window.getY()) < 2) { // the platform rounds to whole pixels
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
        window.getProperties().put(PLACED_AT, new javafx.geometry.Point2D(window.getX(), window.getY()));
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
    static Rectangle2D screenOf(Window window) {
        var screens = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
