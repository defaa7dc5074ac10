package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.service.AppInfo;
import org.repdesk.ui.handles.AboutHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help ▸ About shows the version, the rep's data file and a licence for every library shipped. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // A dialog copies its owner's stylesheets: an owner without a scene fails (when run alone).
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aboutShowsTheVersionTheDataFileAndEachLicence(FxRobot robot) {
        Path file = Path.of("/home/rep/.local/share/RepDesk/repdesk.db");
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = AboutDialog.create(stage, file);
            dialog[0].show();
        });
        AboutHandle about = new AboutHandle(robot);
        assertEquals("Version " + AppInfo.version(), about.version());
        assertEquals(file.toString(), about.dataFile());
        GridPane licences = about.licences();
        assertEquals(2 * AppInfo.thirdParty().size(), licences.getChildren().size());
        assertTrue(licences.getChildren().stream().anyMatch(n -> n instanceof Labeled l && l.getText().equals("Public domain")));
        double height = dialog[0].getDialogPane().getScene().getWindow().getHeight();
        assertTrue(height <= 680, "About fits a 1024x700 screen: " + height);
        robot.interact(() -> dialog[0].close());
    }

    @Test
    void eachLicencesAddressIsReachedByTheKeyboard(FxRobot robot) {
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = AboutDialog.create(stage, Path.of("/tmp/repdesk.db"));
            dialog[0].show();
        });
        AboutHandle about = new AboutHandle(robot);
        Hyperlink first = (Hyperlink) about.licences().getChildren().get(1);
        assertTrue(first.isFocusTraversable(), "Tab reaches a licence");
        robot.interact(first::requestFocus);
        assertEquals(AppInfo.thirdParty().get(0).url(), about.licenceAddress());
        assertTrue(first.getAccessibleText().contains(AppInfo.thirdParty().get(0).url()), first.getAccessibleText());
        robot.interact(() -> dialog[0].close());
    }
}
