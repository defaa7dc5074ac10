package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/** The member form on the members screen. */
public final class MemberFormHandle extends Handle {

    public MemberFormHandle(FxRobot robot) {
        super(robot);
    }

    public void typeNumber(String text) {
        typeInto("member-number", text);
    }

    public void typeName(String text) {
        typeInto("member-name", text);
    }

    public void typeHours(String text) {
        typeInto("member-hours", text);
    }

    public void typeEmail(String text) {
        typeInto("member-email", text);
    }

    public String name() {
        return textOf("member-name");
    }

    /** What is said under each field ("" when nothing). */
    public String numberProblem() {
        return shown("member-number-problem");
    }

    public String nameProblem() {
        return shown("member-name-problem");
    }

    public String hoursProblem() {
        return shown("member-hours-problem");
    }

    public String emailProblem() {
        return shown("member-email-problem");
    }

    /** Why the last save was refused. */
    public String saveProblem() {
        return shown("member-problems");
    }

    public String formulaWarning() {
        return shown("member-formula-warning");
    }

    private String shown(String id) {
        return node(id).isVisible() ? textOf(id) : "";
    }

    /** The region drop-down (a menu button showing the region picked). */
    public javafx.scene.control.MenuButton region() {
        return node("member-region");
    }

    public javafx.scene.control.TextField email() {
        return node("member-email");
    }

    public Button save() {
        return node("member-save");
    }

    public Button revert() {
        return node("member-revert");
    }

    public void clickSave() {
        clickInSight("member-save");
    }

    public void clickRevert() {
        clickInSight("member-revert");
    }

    public boolean nameHasFocus() {
        return node("member-name").isFocused();
    }

    /** The id of what holds the cursor in the members screen ("member-number" when it is the first field), or what it is. */
    public String cursorIn() {
        return FocusOwner.describe(node("member-number"));
    }

    /** The form is in place (the members screen is put together a part a frame the first time). */
    public boolean formInPlace() {
        return present("member-number") && present("member-save");
    }

    /** The membership number as typed. */
    public String number() {
        return this.<javafx.scene.control.TextField>node("member-number").getText();
    }
}
