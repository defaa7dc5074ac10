package org.repdesk.ui.handles;

import org.testfx.api.FxRobot;

/** The "Change status" dialog a demand's move opens: its date, its note, OK. */
public final class StatusChangeDialogHandle extends Handle {

    public StatusChangeDialogHandle(FxRobot robot) {
        super(robot);
    }

    public void typeDate(String text) {
        typeInto("status-date", text);
    }

    public String dateProblem() {
        return node("status-date-problem").isVisible() ? textOf("status-date-problem") : "";
    }

    public boolean okOffered() {
        return !node("status-ok").isDisabled();
    }

    /** "Change status", dated as the form says. */
    public void ok() {
        robot.clickOn("#status-ok");
    }

    public boolean isShowing() {
        return present("status-ok");
    }
}
