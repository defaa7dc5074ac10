package org.repdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A UI test's window starts the same whatever the test before it did to TestFX's one primary stage:
 * the first test leaves it small with the main window's least size, maximised, dark, at 22 px, in
 * Welsh, and a dialog of its own that comes up after the test has ended; the second is given the stage
 * at 1280x780 in the middle of the screen, no least size, light at 14 px in the language the app starts
 * in, and nothing else showing. Without {@link PrimaryStageAsNew} the second window stays 900x600 (the
 * least size over the 200x100 set), maximised, and the late dialog is still up.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrimaryStageAsNewTest {

    private static final List<String> GIVEN = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        GIVEN.add(stage.getWidth() + "x" + stage.getHeight() + " at " + stage.getX() + "," + stage.getY()
                + " least " + stage.getMinWidth() + "x" + stage.getMinHeight()
                + (stage.isMaximized() ? " maximised" : ""));
        stage.setScene(new Scene(new Label("RepDesk"), 300, 200));
        stage.show();
    }

    @Test
    @Order(1)
    void aTestLeavesItsWindowSmallWithALeastSizeAndADialogDueAfterIt(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(200);
            stage.setHeight(100);
            stage.setMinWidth(900);
            stage.setMinHeight(600);
            stage.setMaximized(true);
            org.repdesk.ui.Styling.use(org.repdesk.service.DeskPreferences.Theme.DARK, 22);
            Messages.setLanguage(Messages.WELSH);
            // Due once the test has ended: as TestFX hides its windows, a dialog comes up.
            stage.setOnHidden(e -> javafx.application.Platform.runLater(() -> {
                Stage late = new Stage();
                late.setScene(new Scene(new Label("Saved"), 120, 60));
                late.show();
            }));
        });
    }

    @Test
    @Order(2)
    void theNextTestsWindowIsTheFirstStartsSizeInTheMiddleWithNothingElseShowing(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth());
        double height = Math.min(780, screen.getHeight());
        assertEquals(width + "x" + height + " at " + (screen.getMinX() + (screen.getWidth() - width) / 2) + ","
                + (screen.getMinY() + (screen.getHeight() - height) / 2) + " least 0.0x0.0", GIVEN.get(1));
        assertFalse(stage.isMaximized());
        assertEquals(List.of(), stage.getScene().getRoot().getStyleClass().stream()
                .filter(c -> c.startsWith("text-size-") || c.equals("dark")).toList(), "light, at the usual text size");
        assertEquals(Messages.fromSystem(java.util.Locale.getDefault()), Messages.language());
        assertEquals(List.of(stage), robot.listWindows().stream().filter(Window::isShowing).toList(),
                "nothing of the test before left showing");
    }
}
