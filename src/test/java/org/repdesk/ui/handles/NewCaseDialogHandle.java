package org.repdesk.ui.handles;

import javafx.scene.control.ListView;
import org.repdesk.model.Member;
import org.repdesk.testing.FxWait;
import org.testfx.api.FxRobot;

/** The "Open a new case" dialog. */
public final class NewCaseDialogHandle extends Handle {

    public NewCaseDialogHandle(FxRobot robot) {
        super(robot);
    }

    public void findMember(String text) {
        typeInto("newcase-member-search", text);
    }

    @SuppressWarnings("unchecked")
    public ListView<Member> members() {
        return (ListView<Member>) (ListView<?>) node("newcase-member");
    }

    public void pickMember(String name) {
        robot.clickOn(robot.lookup("#newcase-member .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getText() != null && c.getText().startsWith(name))
                .<javafx.scene.Node>query());
    }

    public String chosen() {
        return textOf("newcase-member-chosen");
    }

    public String memberProblem() {
        return node("newcase-member-problem").isVisible() ? textOf("newcase-member-problem") : "";
    }

    @SuppressWarnings("unchecked")
    public javafx.scene.control.ComboBox<org.repdesk.model.CaseType> type() {
        return node("newcase-type");
    }

    @SuppressWarnings("unchecked")
    public javafx.scene.control.ComboBox<String> stage() {
        return node("newcase-stage");
    }

    public void typeOpenedOn(String text) {
        typeInto("newcase-opened", text);
    }

    public String openedOnProblem() {
        return node("newcase-opened-problem").isVisible() ? textOf("newcase-opened-problem") : "";
    }

    /**
     * Open, once the dialog is up: it comes up after the click on Open case has been answered, and a
     * busy run (one test JVM, load 9-15) clicked before it was there ("#newcase-open" returned no nodes).
     */
    public void open() throws Exception {
        FxWait.waitUntil(this::isShowing);
        robot.clickOn("#newcase-open");
    }

    public boolean isShowing() {
        return present("newcase-open");
    }

    /** The id of what holds the cursor in the dialog ("newcase-member-search" when it is the first field), or what it is. */
    public String cursorIn() {
        return FocusOwner.describe(node("newcase-open"));
    }

    /** Escape: the dialog closes, nothing opened. */
    public void cancel() {
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
