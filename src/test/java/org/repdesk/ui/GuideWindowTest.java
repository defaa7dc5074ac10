package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help ▸ Guide opens beside the window and Esc or Ctrl+W closes it, as F1's list says. */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        owner = stage;
        stage.setScene(new Scene(new Pane(), 800, 600));
        stage.show();
    }

    private java.util.Optional<Stage> guide() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && Messages.text("shell.guide.title").equals(s.getTitle())).map(Stage.class::cast).findFirst();
    }

    private boolean guideShowing() {
        return guide().isPresent();
    }

    @Test
    void escClosesTheGuide(FxRobot robot) throws Exception {
        robot.interact(() -> GuideWindow.show(owner));
        waitUntil(this::guideShowing);
        robot.clickOn(guide().orElseThrow().getScene().getRoot()).type(KeyCode.ESCAPE);
        waitUntil(() -> !guideShowing());
        assertFalse(guideShowing());
        assertTrue(owner.isShowing(), "the main window stays");
    }

    @Test
    void ctrlWClosesTheGuideAsItClosesTheMainWindow(FxRobot robot) throws Exception {
        robot.interact(() -> GuideWindow.show(owner));
        waitUntil(this::guideShowing);
        robot.clickOn(guide().orElseThrow().getScene().getRoot()).push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> !guideShowing());
        assertTrue(owner.isShowing(), "the main window stays");
    }
}
