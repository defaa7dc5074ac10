package org.repdesk.ui.handles;

import javafx.scene.control.ComboBox;
import org.repdesk.model.DemandStatus;
import org.testfx.api.FxRobot;

/** The "Record employer response" dialog. */
public final class ResponseDialogHandle extends Handle {

    public ResponseDialogHandle(FxRobot robot) {
        super(robot);
    }

    public void typeSaid(String text) {
        typeInto("response-said", text);
    }

    public String saidProblem() {
        return node("response-said-problem").isVisible() ? textOf("response-said-problem") : "";
    }

    /** The status the response leaves the demand in, chosen from the list. */
    public void statusBecomes(DemandStatus status) {
        ComboBox<?> box = node("response-status");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> any = (ComboBox<Object>) box;
            any.getItems().stream().filter(p -> p.toString().equals(org.repdesk.ui.demands.DemandWords.status(status)))
                    .findFirst().ifPresent(any::setValue);
        });
    }

    public boolean saveOffered() {
        return !node("response-save").isDisabled();
    }

    public void save() {
        robot.clickOn("#response-save");
    }

    public boolean isShowing() {
        return present("response-save");
    }
}
