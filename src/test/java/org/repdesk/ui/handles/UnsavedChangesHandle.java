package org.repdesk.ui.handles;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** "Save the changes to …?" asked before a form with changes is left (ui/papers/UnsavedChanges). */
public final class UnsavedChangesHandle extends Handle {

    public UnsavedChangesHandle(FxRobot robot) {
        super(robot);
    }

    /** The question is on screen. */
    public boolean asked() {
        return robot.lookup("#unsaved-save").tryQuery().isPresent();
    }

    /** The question, as its header says it. */
    public String question() {
        return robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText();
    }

    /** What the question says under it: what Discard and Cancel do. */
    public String detail() {
        return ((javafx.scene.control.DialogPane) robot.lookup("#unsaved-save").query().getScene().getRoot())
                .getContentText();
    }

    public void save() {
        robot.clickOn("#unsaved-save");
    }

    public void discard() {
        robot.clickOn("#unsaved-discard");
    }

    /** Cancel: back to the form, nothing saved or lost. */
    public void cancel() {
        robot.clickOn("#unsaved-cancel");
    }
}
