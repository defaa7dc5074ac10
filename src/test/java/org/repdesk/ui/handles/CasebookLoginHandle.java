package org.repdesk.ui.handles;

import org.testfx.api.FxRobot;

/** File ▸ Open branch casebook…: the login form (ui/casebook/CasebookLoginDialog). */
public final class CasebookLoginHandle extends Handle {

    public CasebookLoginHandle(FxRobot robot) {
        super(robot);
    }

    /** Clicks the password field and types (a refused password is not kept in it). */
    public CasebookLoginHandle typePassword(String password) {
        robot.clickOn("#casebook-password").write(password);
        return this;
    }

    public void open() {
        robot.clickOn("#casebook-open");
    }

    /** Why the server refused, in the form ("" before any try). */
    public String failure() {
        return textOf("casebook-failure");
    }
}
