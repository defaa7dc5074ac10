package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A dialog is as wide as its content asks, centred on its owner: the theme's 600px cap on every
 * dialog pane cut the Letter templates dialog's buttons to "New te…" on a 1024x700 screen.
 */
@ExtendWith(ApplicationExtension.class)
class DialogWidthTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Styling.install();
        stage.setScene(new Scene(new StackPane(), 1000, 660));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void aWideDialogIsNotCutToTheThemesSixHundredPixels(FxRobot robot) {
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = new Dialog<>();
            dialog[0].initOwner(stage);
            Region wide = new Region();
            wide.setPrefSize(880, 300);
            dialog[0].getDialogPane().setContent(wide);
            dialog[0].getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            dialog[0].show();
        });
        Window window = dialog[0].getDialogPane().getScene().getWindow();
        assertTrue(window.getWidth() >= 880, "the dialog is " + window.getWidth() + " wide");
        assertEquals(stage.getX() + (stage.getWidth() - window.getWidth()) / 2, window.getX(), 1.0, "centred on its owner");
        robot.interact(() -> dialog[0].close());
    }
}
