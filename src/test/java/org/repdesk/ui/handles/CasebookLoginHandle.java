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

    /** The sign-in form is open. */
    public boolean shown() {
        return present("casebook-open");
    }

    /** Whether anything is in the password field (its text is not read). */
    public boolean passwordTyped() {
        return robot.lookup("#casebook-password").queryAs(javafx.scene.control.PasswordField.class).getLength() > 0;
    }

    /** Clicks the password field (back in the form after a question). */
    public void clickPassword() {
        robot.clickOn("#casebook-password");
    }

    /** Clicks the server field and types after what is there. */
    public CasebookLoginHandle typeServer(String server) {
        robot.clickOn("#casebook-server").write(server);
        return this;
    }

    /** Cancel: nothing typed, the form closes at once. */
    public void cancel() {
        javafx.scene.control.DialogPane pane = robot.lookup("#casebook-login").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(pane::lookupButton).findFirst().orElseThrow());
    }

    public void open() {
        robot.clickOn("#casebook-open");
    }

    /** Why the server refused, in the form ("" before any try). */
    public String failure() {
        return textOf("casebook-failure");
    }
}
