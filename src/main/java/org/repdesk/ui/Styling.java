package org.repdesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.repdesk.service.DeskPreferences;

/**
 * The look of every window, dialogs included: AtlantaFX Primer (light or dark) plus repdesk.css,
 * at the rep's text size, each window placed on screen ({@link WindowPlacement}). Dialogs get their
 * own scenes, so without this their problem lists and hints are unstyled.
 */
public final class Styling {

    private static final String CSS = Objects.requireNonNull(Styling.class.getResource("repdesk.css")).toExternalForm();
    private static final String SIZE_CLASS = "text-size-";
    private static final String DARK_CLASS = "dark";
    /** A scene's property: what its window does before its look changes ({@link #beforeRestyle}). */
    private static final String BEFORE_RESTYLE = "repdesk.beforeRestyle";
    private static boolean installed;
    private static boolean dark;
    private static DeskPreferences.Theme chosen = DeskPreferences.Theme.LIGHT;
    private static int textSize = DeskPreferences.DEFAULT_TEXT_SIZE;

    private Styling() {
    }

    /** Once, on the FX thread, before the first window is shown. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(w -> {
                    if (w instanceof Stage stage) { // dialogs and alerts are stages too
                        apply(w.getScene());
                        WindowPlacement.keepOnScreen(stage);
                    } else if (w instanceof PopupWindow) {
                        sizePopup(w.getScene());
                    }
                });
            }
        });
    }

    /**
     * Called as the app starts, before any window: with "as the computer", the desktop is asked now
     * (a process, off the FX thread), so its answer is in before the first window is styled.
     */
    public static void askTheDesktopAhead(DeskPreferences.Theme theme) {
        if (theme == DeskPreferences.Theme.SYSTEM) {
            SystemLook.ask();
        }
    }

    /** The theme and text size {@code preferences} hold, read now on this thread (the FX thread, before the first frame). */
    public static void use(DeskPreferences preferences) {
        use(preferences.theme(), preferences.textSize());
    }

    /** The rep's theme and text size, for the windows open now and every one after. */
    public static void use(DeskPreferences.Theme theme, int pixels) {
        install();
        chosen = theme;
        if (theme == DeskPreferences.Theme.SYSTEM && !SystemLook.ask().isDone()) {
            // The desktop's answer is late: the windows follow it when it comes, if still wanted.
            SystemLook.ask().thenAccept(d -> javafx.application.Platform.runLater(() -> {
                if (chosen == DeskPreferences.Theme.SYSTEM) {
                    use(chosen, textSize);
                }
            }));
        }
        boolean wantDark = theme == DeskPreferences.Theme.DARK
                || theme == DeskPreferences.Theme.SYSTEM && SystemLook.prefersDark();
        int size = toStep(pixels);
        for (Window w : Window.getWindows()) {
            Scene scene = w.getScene();
            if (w instanceof Stage && scene != null && scene.getRoot() != null
                    && (wantDark != dark || !scene.getRoot().getStyleClass().equals(rootClasses(scene, size, wantDark)))
                    && scene.getProperties().get(BEFORE_RESTYLE) instanceof Runnable before) {
                before.run();
            }
        }
        if (wantDark != dark) {
            dark = wantDark;
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
        }
        textSize = size;
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage) {
                apply(w.getScene());
            } else if (w instanceof PopupWindow) {
                sizePopup(w.getScene());
            }
        }
    }

    /** True while the dark theme is in use. */
    static boolean isDark() {
        return dark;
    }

    /** The text size in use, in pixels. */
    static int textSize() {
        return textSize;
    }

    /** repdesk.css has a rule for every even size from the smallest to the largest. */
    static int toStep(int pixels) {
        int clamped = DeskPreferences.clampTextSize(pixels);
        return clamped - clamped % 2;
    }

    static void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(CSS)) {
            scene.getStylesheets().add(CSS);
        }
        sizeRoot(scene);
    }

    /**
     * Menus, context menus and tooltips are pop-up windows with scenes of their own, whose root the
     * theme sets at 14 px: without the size class on that root they stayed small at any text size.
     * A pop-up takes its owner's stylesheets when it is shown, so repdesk.css's size rules reach it;
     * it keeps the theme's look otherwise.
     */
    private static void sizePopup(Scene scene) {
        if (scene != null) {
            sizeRoot(scene);
        }
    }

    /**
     * The size class, and "dark" under the dark theme (repdesk.css lightens colours on its selected rows). Left alone
     * when they are already so: a change of a root's classes restyles every node in its scene, even to the same look
     * (Settings saved with the same theme and size did).
     */
    private static void sizeRoot(Scene scene) {
        if (scene.getRoot() != null) {
            List<String> wanted = rootClasses(scene, textSize, dark);
            if (!scene.getRoot().getStyleClass().equals(wanted)) {
                scene.getRoot().getStyleClass().setAll(wanted);
            }
        }
    }

    /** The classes {@code scene}'s root is to have at {@code size} pixels, dark or not: its own, then size, then dark. */
    private static List<String> rootClasses(Scene scene, int size, boolean inDark) {
        List<String> classes = new ArrayList<>(scene.getRoot().getStyleClass());
        classes.removeIf(c -> c.startsWith(SIZE_CLASS) || c.equals(DARK_CLASS));
        if (size != DeskPreferences.DEFAULT_TEXT_SIZE) {
            classes.add(SIZE_CLASS + size);
        }
        if (inDark) {
            classes.add(DARK_CLASS);
        }
        return classes;
    }

    /**
     * {@code work} runs before {@code scene}'s look changes (its text size or theme), before any node is restyled: the
     * main window sets its hidden screens aside (ScreensAhead#restyleHiddenLater). Not run when the look stays the same.
     */
    static void beforeRestyle(Scene scene, Runnable work) {
        scene.getProperties().put(BEFORE_RESTYLE, work);
    }
}
