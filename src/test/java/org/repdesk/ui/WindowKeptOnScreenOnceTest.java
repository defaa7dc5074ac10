package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window shown again is placed once per showing: the app's styling gave it WindowPlacement's handlers
 * each time it was shown, so a window shown a third time was placed three times over (and held as many
 * handlers for the rest of its life).
 */
@ExtendWith(ApplicationExtension.class)
class WindowKeptOnScreenOnceTest {

    @Start
    void start(Stage stage) {
        Styling.install();
    }

    @Test
    void aWindowShownThreeTimesIsPlacedThreeTimes(FxRobot robot) {
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            window[0].setScene(new Scene(new StackPane(), 400, 300));
            window[0].setX(20);
            window[0].setY(20);
        });
        for (int i = 0; i < 3; i++) {
            robot.interact(window[0]::show);
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(window[0]::hide);
        }
        assertEquals(3, WindowPlacement.timesPlaced(window[0]), "placed once at each showing");
    }
}
