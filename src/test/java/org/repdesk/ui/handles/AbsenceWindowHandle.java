package org.repdesk.ui.handles;

import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** A member's absences: the spells, the form to add one, the count as written (ui/absence). */
public final class AbsenceWindowHandle extends Handle {

    public AbsenceWindowHandle(FxRobot robot) {
        super(robot);
    }

    /** Clicks the first day's field and types the date. */
    public AbsenceWindowHandle typeFirstDay(String date) {
        robot.clickOn("#absence-first").write(date);
        return this;
    }

    public AbsenceWindowHandle typeLastDay(String date) {
        robot.clickOn("#absence-last").write(date);
        return this;
    }

    /** Scrolls to the working pattern, at the foot of the right-hand pane, and types over the hours a week. */
    public AbsenceWindowHandle typeHoursPerWeek(String hours) {
        robot.interact(() -> {
            calculationPane().layout();
            calculationPane().setVvalue(1);
        });
        robot.clickOn("#absence-hours-week");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write(hours);
        return this;
    }

    /** The hours a week as they are in the working pattern's field. */
    public String hoursPerWeek() {
        return robot.lookup("#absence-hours-week").queryAs(javafx.scene.control.TextField.class).getText();
    }

    /** Part of one day: ticks the box and types the hours off. */
    public AbsenceWindowHandle partOfOneDay(String hours) {
        robot.clickOn("#absence-part-day");
        robot.clickOn("#absence-hours").write(hours);
        return this;
    }

    /** New: the form emptied for another absence (asked first when something typed would be lost). */
    public void pressNew() {
        robot.clickOn("#absence-new");
    }

    /** Clicks the list's row {@code index} (0 the first), as the rep chooses an absence to change. */
    public void chooseRow(int index) {
        // By its index: the list's cells are found in no set order, and the empty ones below count too.
        robot.clickOn(robot.lookup("#absence-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> !r.isEmpty() && r.getIndex() == index).findFirst().orElseThrow());
    }

    public void save() {
        robot.clickOn("#absence-save");
    }

    public TableView<?> table() {
        return node("absence-table");
    }

    /** The absences counted as a letter would put them ("3 days, 1 spell …"). */
    public String asWritten() {
        return textOf("absence-as-written");
    }

    /** Delete… for the spell chosen: RepDesk asks first. */
    public void delete() {
        robot.clickOn("#absence-delete");
    }

    /** The first day's date field (its prompt, dd/mm/yyyy, is what a new spell shows). */
    public org.repdesk.ui.DateField firstDayField() {
        return node("absence-first");
    }

    public org.repdesk.ui.DateField lastDayField() {
        return node("absence-last");
    }

    /** The chart of the window: the running count, the trigger and the absences along a strip. */
    public javafx.scene.Node strip() {
        return node("absence-strip");
    }

    /** The absence window itself. */
    public javafx.stage.Window window() {
        return table().getScene().getWindow();
    }

    /**
     * The keys go to the absence window again after a question over it is answered, as a window
     * manager gives them back to the window the question was over; Monocle gives them to the first
     * window shown, the test's main one.
     */
    public void backInTheWindow() {
        // In front as well: Monocle raised the test's first window with the keys, and where it lay over
        // the list a click meant for a row went to it (a run where it did so asked no question).
        robot.interact(() -> {
            if (window() instanceof javafx.stage.Stage s) {
                s.toFront();
            }
            window().requestFocus();
        });
        robot.clickOn(firstDayField());
    }

    /** Esc, in the window as it is (the key goes to the control with the focus first). */
    public void pressEscape() {
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** Ctrl+W, as File ▸ Close is in the main window. */
    public void pressCtrlW() {
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W);
    }

    /** The right-hand pane, the count and the chart, in its scrolling pane. */
    public javafx.scene.control.ScrollPane calculationPane() {
        return node("absence-calculation");
    }
}
