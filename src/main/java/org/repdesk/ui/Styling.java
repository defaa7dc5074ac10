package org.repdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The look of every window, dialogs included: AtlantaFX Primer Light plus repdesk.css. Dialogs
 * get their own scenes, so without this their problem lists and hints are unstyled.
 */
public final class Styling {

    private static final String CSS = Objects.requireNonNull(Styling.class.getResource("repdesk.css")).toExternalForm();
    private static boolean installed;

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
                // Stages only (dialogs and alerts are stages): menus and pop-ups keep the theme's own look.
                change.getAddedSubList().stream().filter(w -> w instanceof javafx.stage.Stage)
                        .forEach(w -> apply(w.getScene()));
            }
        });
    }

    static void apply(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(CSS)) {
            scene.getStylesheets().add(CSS);
        }
    }
}
