package org.repdesk.ui;

import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.repdesk.service.DeskPreferences;

/**
 * The main window opens where the rep left it: size, place, maximised, and where each screen's
 * divider was (kept in this rep's preferences on this computer, not in the data file).
 */
final class WindowMemory {

    /** The size a first start opens at (no larger than the screen). */
    static final double FIRST_WIDTH = 1280;
    static final double FIRST_HEIGHT = 780;

    private final DeskPreferences preferences;
    /** The window's place when last not maximised: what a maximised window returns to next time. */
    private Rectangle2D normal;
    /** Dividers the rep moved, by screen: written as the window closes, not at every pixel of a drag. */
    private final java.util.Map<String, Double> moved = new java.util.LinkedHashMap<>();
    /** The window {@link #keep} watches; null before, and once let go ({@link #letGo}). */
    private Stage stage;

    WindowMemory(DeskPreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * The size and place to open at: the remembered one brought fully onto a screen (a monitor may
     * have been unplugged), else 1280x780 or the screen's size if smaller (at 1024x700 a 1280x780
     * window opened with its navigation off the edge). A window already on screen, taken over by
     * another desk (File ▸ Open branch casebook…, Back to my own data file), stays where it is at the
     * size it is: it moved to where it was at the last close (or to the middle of the screen).
     */
    Rectangle2D opening(Stage stage) {
        if (stage.isShowing() && stage.getScene() != null) {
            return new Rectangle2D(stage.getX(), stage.getY(), stage.getScene().getWidth(), stage.getScene().getHeight());
        }
        return remembered();
    }

    private Rectangle2D remembered() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return preferences.windowPlace().map(p -> {
            var screens = Screen.getScreensForRectangle(p.x(), p.y(), p.width(), p.height());
            Rectangle2D on = screens.isEmpty() ? screen : screens.get(0).getVisualBounds();
            return WindowPlacement.fit(new Rectangle2D(p.x(), p.y(), p.width(), p.height()), on);
        }).orElseGet(() -> {
            double w = Math.min(FIRST_WIDTH, screen.getWidth());
            double h = Math.min(FIRST_HEIGHT, screen.getHeight());
            return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                    screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
        });
    }

    /**
     * Places {@code stage} as last time (a window already shown stays as it is), then remembers each
     * change of size, place or maximised.
     */
    void keep(Stage stage, Rectangle2D opening) {
        if (stage.isShowing()) { // taken over by another desk: where the rep has it, maximised or not
            normal = stage.isMaximized() ? remembered()
                    : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        } else {
            normal = opening;
            stage.setX(opening.getMinX());
            stage.setY(opening.getMinY());
            stage.setMaximized(preferences.windowPlace().map(DeskPreferences.WindowPlace::maximised).orElse(false));
        }
        this.stage = stage;
        stage.xProperty().addListener(noted);
        stage.yProperty().addListener(noted);
        stage.widthProperty().addListener(noted);
        stage.heightProperty().addListener(noted);
        // Written once, as the window closes: moving it must not write a file for every pixel.
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, written);
    }

    /**
     * Takes {@link #keep}'s listeners off the stage, as another desk takes the window over: the next desk's
     * window remembers it from then on, and this one (its screens' dividers) is let go with the desk left.
     */
    void letGo() {
        if (stage == null) {
            return;
        }
        stage.xProperty().removeListener(noted);
        stage.yProperty().removeListener(noted);
        stage.widthProperty().removeListener(noted);
        stage.heightProperty().removeListener(noted);
        stage.removeEventHandler(WindowEvent.WINDOW_HIDING, written);
        stage = null;
    }

    /** Each change of the window's size or place, while not maximised: where a maximised window returns to. */
    private final InvalidationListener noted = o -> {
        Stage kept = stage;
        if (kept != null && !kept.isMaximized() && !kept.isIconified() && kept.getWidth() > 0) {
            normal = new Rectangle2D(kept.getX(), kept.getY(), kept.getWidth(), kept.getHeight());
        }
    };

    /** As the window closes, where it was and the dividers moved go into the preferences. */
    private final EventHandler<WindowEvent> written = e -> written();

    private void written() {
        Stage kept = stage;
        if (kept == null) {
            return;
        }
        moved.forEach(preferences::setSplitPosition);
        preferences.setWindowPlace(new DeskPreferences.WindowPlace(normal.getMinX(), normal.getMinY(),
                normal.getWidth(), normal.getHeight(), kept.isMaximized()));
    }

    /**
     * A screen that moves its own divider as well as the rep (the demands board folds its detail away
     * while no demand is chosen): it says where the rep put it, and puts it back there when it should.
     */
    interface ChosenDivider {
        javafx.beans.property.DoubleProperty chosenDivider();
    }

    /** Puts {@code view}'s divider where the rep left it, and remembers where they move it (as {@code name}). */
    void keepSplit(Node view, String name) {
        if (view instanceof ChosenDivider own) {
            preferences.splitPosition(name).ifPresent(own.chosenDivider()::set);
            own.chosenDivider().addListener((o, was, now) -> moved.put(name, now.doubleValue()));
            return;
        }
        if (!(view.lookup(".split-pane") instanceof SplitPane split) || split.getDividers().isEmpty()) {
            return;
        }
        preferences.splitPosition(name).ifPresent(at -> split.setDividerPositions(at));
        split.getDividers().get(0).positionProperty().addListener((o, was, now) -> moved.put(name, now.doubleValue()));
    }

}
