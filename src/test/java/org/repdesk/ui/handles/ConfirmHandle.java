package org.repdesk.ui.handles;

import javafx.scene.control.Button;
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
        // The question's own pane: another dialog (the one it asks about) may be on screen too.
        return ((javafx.scene.control.DialogPane) robot.lookup("#confirm-action").queryAs(Button.class).getScene()
                .getRoot()).getHeaderText();
    }

    /** What the question says under it: what is kept, and what each answer does. */
    public String detail() {
        return ((javafx.scene.control.DialogPane) robot.lookup("#confirm-action").queryAs(Button.class).getScene()
                .getRoot()).getContentText();
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
