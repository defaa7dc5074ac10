package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/** The form for a document attached to a case, dropped or chosen (ui/papers/AttachDocumentDialog). */
public final class AttachDocumentHandle extends Handle {

    public AttachDocumentHandle(FxRobot robot) {
        super(robot);
    }

    public boolean open() {
        return present("attach-kind");
    }

    public Button save() {
        return node("attach-save");
    }

    public void clickSave() {
        robot.clickOn("#attach-save");
    }

    /** What is said beside the kind's menu. */
    public String kindProblem() {
        return textOf("attach-kind-problem");
    }

    public void chooseKind(String label) {
        choose("attach-kind", label);
    }

    /** Selects the title as given and types {@code title} over it. */
    public void typeTitle(String title) {
        typeInto("attach-title", title);
    }
}
