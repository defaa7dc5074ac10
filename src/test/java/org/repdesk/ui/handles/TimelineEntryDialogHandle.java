package org.repdesk.ui.handles;

import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;

/** The "Add timeline entry" / "Edit timeline entry" dialog. */
public final class TimelineEntryDialogHandle extends Handle {

    public TimelineEntryDialogHandle(FxRobot robot) {
        super(robot);
    }

    public void typeSummary(String text) {
        typeInto("entry-summary", text);
    }

    /** Types over the date (a new entry's starts as today). */
    public void typeDate(String text) {
        typeInto("entry-date", text);
    }

    /** The date's text as the field shows it. */
    public String date() {
        return this.<javafx.scene.control.DatePicker>node("entry-date").getEditor().getText();
    }

    public String dateProblem() {
        return node("entry-date-problem").isVisible() ? textOf("entry-date-problem") : "";
    }

    /** Clicks into the summary: the field left is read as the rep leaves it. */
    public void clickSummary() {
        robot.clickOn("#entry-summary");
    }

    public String summaryProblem() {
        return node("entry-summary-problem").isVisible() ? textOf("entry-summary-problem") : "";
    }

    /** The note's words, put in at once (a long note typed key by key would take minutes). */
    public void putNote(String text) {
        robot.interact(() -> robot.lookup("#entry-note").queryAs(TextArea.class).setText(text));
    }

    public boolean saveOffered() {
        return !node("entry-save").isDisabled();
    }

    public void save() {
        robot.clickOn("#entry-save");
    }

    public boolean isShowing() {
        return present("entry-save");
    }
}
