package org.repdesk.ui;

import javafx.scene.Parent;
import javafx.scene.control.TabPane;

/**
 * A tab pane's row of tabs sized again when its text changes size. JavaFX's TabPane skin keeps that row (its header
 * area) out of layout requests, so under the app's theme (AtlantaFX Primer; not under JavaFX's own) a larger text left
 * the row at its old height unless the pane itself was resized: the tabs' text cut at the foot and the chosen tab's
 * underline gone. Seen on the case form put back in the window after Ctrl+'+' (ScreensAhead#restyleHiddenLater).
 */
final class TabHeaders {

    private static final String HEADER_AREA = ".tab-header-area";

    private TabHeaders() {
    }

    /** {@code tabs}, its row of tabs laid out again whenever that row asks (once its skin is made). */
    static TabPane followTheirText(TabPane tabs) {
        tabs.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && tabs.lookup(HEADER_AREA) instanceof Parent area) {
                area.needsLayoutProperty().addListener((p, before, needs) -> {
                    if (needs && !tabs.isNeedsLayout()) { // not while the pane lays it out: that pass sizes it
                        tabs.requestLayout();
                    }
                });
            }
        });
        return tabs;
    }
}
