package org.repdesk.ui.handles;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.repdesk.model.Member;
import org.repdesk.testing.FxWait;
import org.testfx.api.FxRobot;

/** The members screen as a test sees it (ui/MembersView): the node ids live here, not in each test. */
public final class MembersPageHandle extends Handle {

    public MembersPageHandle(FxRobot robot) {
        super(robot);
    }

    @SuppressWarnings("unchecked")
    public TableView<Member> table() {
        return node("member-table");
    }

    /** The table, or null while the screen is being put together. */
    public TableView<Member> tableIfThere() {
        return nodeIfThere("member-table");
    }

    public TextField searchField() {
        return node("member-search");
    }

    /** "Open a case…" for the member chosen: the new case's dialog. */
    public NewCaseDialogHandle openCase() {
        robot.clickOn("#member-open-case");
        return new NewCaseDialogHandle(robot);
    }

    /** Chooses the member named {@code name} in the table, once the table holds them. */
    public MembersPageHandle choose(String name) throws Exception {
        FxWait.waitUntil(() -> present("member-table")
                && table().getItems().stream().anyMatch(m -> m.name().equals(name)));
        robot.interact(() -> table().getItems().stream().filter(m -> m.name().equals(name)).findFirst()
                .ifPresent(m -> table().getSelectionModel().select(m)));
        FxWait.waitUntil(() -> present("member-subject-access") && !node("member-subject-access").isDisabled());
        return this;
    }

    /** "Subject access request…" for the chosen member. */
    public void subjectAccess() {
        robot.clickOn("#member-subject-access");
    }
}
