package org.repdesk.ui.handles;

import org.testfx.api.FxRobot;

/** "Add deadline…" on a case: a date given, or reckoned in working days from another (ui/papers/ScheduleDialog). */
public final class ScheduleDialogHandle extends Handle {

    public ScheduleDialogHandle(FxRobot robot) {
        super(robot);
    }

    /** What falls due, typed over what the field holds. */
    public ScheduleDialogHandle typeWhat(String what) {
        typeInto("deadline-what", what);
        return this;
    }

    /** Clicks back into "What", so the field left last is read (its date checked, the result reckoned). */
    public ScheduleDialogHandle clickWhat() {
        robot.clickOn("#deadline-what");
        return this;
    }

    public ScheduleDialogHandle typeDue(String date) {
        typeInto("deadline-due", date);
        return this;
    }

    /** "Working days after a date": the due date reckoned from {@link #typeFrom} and {@link #typeDays}. */
    public ScheduleDialogHandle reckonInWorkingDays() {
        robot.clickOn("#deadline-mode-working-days");
        return this;
    }

    public ScheduleDialogHandle typeFrom(String date) {
        typeInto("deadline-from", date);
        return this;
    }

    public ScheduleDialogHandle typeDays(String days) {
        typeInto("deadline-days", days);
        return this;
    }

    /** The due date reckoned ("Due on … (30/12/2025)"). */
    public String result() {
        return textOf("deadline-result");
    }

    public void save() {
        robot.clickOn("#deadline-save");
    }

    /** The dialog is on screen. */
    public boolean open() {
        return present("deadline-what");
    }

    /** What falls due, as the field holds it. */
    public String what() {
        return textOf("deadline-what");
    }

    /** The dialog's Cancel button. */
    public void cancel() {
        robot.clickOn(cancelButton());
    }

    private javafx.scene.Node cancelButton() {
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) ((javafx.scene.Node) node("deadline-what"))
                .getScene().getRoot();
        return pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(pane::lookupButton).findFirst().orElseThrow();
    }

    /** The window manager's close box, as it asks the dialog's window to close. */
    public void closeBox() {
        javafx.stage.Window window = ((javafx.scene.Node) node("deadline-what")).getScene().getWindow();
        javafx.application.Platform.runLater(() -> window.fireEvent(
                new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    }
}
