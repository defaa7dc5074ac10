package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tab pane's row of tabs grows with the text: under the app's theme JavaFX left it at its old height after Ctrl+'+',
 * the tabs' text cut at the foot and the chosen tab's underline gone (the case form put back in the window, ScreensAhead).
 */
@ExtendWith(ApplicationExtension.class)
class TabRowsFollowTheTextSizeTest {

    private TabPane tabs;
    private StackPane root;

    @Start
    void start(Stage stage) {
        Styling.install(); // the app's theme: under JavaFX's own (Modena) the row kept up
        tabs = TabHeaders.followTheirText(new TabPane(new Tab("Timeline (5)"), new Tab("Documents (0)")));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root = new StackPane(tabs);
        root.setStyle("-fx-font-size: 14px;");
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    @Test
    void theRowOfTabsIsAsTallAsTheLargerTextNeeds(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] before = rowHeight(robot);
        robot.interact(() -> root.setStyle("-fx-font-size: 18px;"));
        // Styled and laid out in a pulse to come, not by the time the event queue is empty on a loaded host.
        try {
            waitUntil(() -> {
                double[] now = rowHeight(robot);
                return now[1] > before[1] && Math.abs(now[1] - now[0]) < 0.5;
            });
        } catch (Exception timedOut) {
            // the assertions below say what the row had
        }
        double[] after = rowHeight(robot);
        assertTrue(after[1] > before[1], "the tabs ask for more room: " + before[1] + " -> " + after[1]);
        assertEquals(after[1], after[0], 0.5, "the row is as tall as its tabs ask");
    }

    /** The row's height and the height it asks for, read on the FX thread. */
    private double[] rowHeight(FxRobot robot) {
        double[] h = new double[2];
        robot.interact(() -> {
            Region row = (Region) tabs.lookup(".tab-header-area");
            h[0] = row.getHeight();
            h[1] = row.prefHeight(-1);
        });
        return h;
    }
}
