package org.repdesk.ui.handles;

import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;

/** "Letter…" from a case's Documents tab: a template filled in for the case (ui/papers/LetterDialog). */
public final class LetterDialogHandle extends Handle {

    public LetterDialogHandle(FxRobot robot) {
        super(robot);
    }

    /** The letter as it will be made, or "" while the dialog is not open. */
    public String preview() {
        TextArea preview = nodeIfThere("letter-preview");
        return preview == null ? "" : preview.getText();
    }

    /** The fields with no value on this case, named above the preview. */
    public String emptyFields() {
        return textOf("letter-empty-fields");
    }

    /** The dialog is open. */
    public boolean open() {
        return present("letter-preview");
    }

    public void make() {
        robot.clickOn("#letter-make");
    }
}
