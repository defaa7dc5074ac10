package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** A question asked before something that cannot be undone (ui/Alerts.confirm): its action, or the answer that stays. */
public final class ConfirmHandle extends Handle {

    public ConfirmHandle(FxRobot robot) {
        super(robot);
    }

    /** The question is on screen. */
    public boolean asked() {
        return present("confirm-action");
    }

    /** The question, as its header says it. */
    public String question() {
        return robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText();
    }

    /** The words on the answer that stays ("Keep editing", "Cancel"). */
    public String stayWords() {
        return robot.lookup("#confirm-stay").queryAs(Button.class).getText();
    }

    /** The answer that stays; the default, so Enter or Esc give it too. */
    public boolean stayIsTheDefault() {
        return robot.lookup("#confirm-stay").queryAs(Button.class).isDefaultButton();
    }

    public void stay() {
        robot.clickOn("#confirm-stay");
    }

    /** The named action ("Discard", "Delete…"). */
    public void act() {
        robot.clickOn("#confirm-action");
    }
}
