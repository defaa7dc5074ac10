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
}
