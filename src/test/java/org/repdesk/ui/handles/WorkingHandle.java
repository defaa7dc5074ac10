package org.repdesk.ui.handles;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** The small "working…" window standing over a window while long work runs (ui/Working). */
public final class WorkingHandle extends Handle {

    public WorkingHandle(FxRobot robot) {
        super(robot);
    }

    /** It is on screen. */
    public boolean shown() {
        return robot.lookup(".working").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    /** What it says is being waited for. */
    public String says() {
        return robot.lookup(".working .label").queryAs(Label.class).getText();
    }

    /** The window it stands over takes no input meanwhile. */
    public boolean modalOver(javafx.stage.Window owner) {
        javafx.stage.Stage stage = (javafx.stage.Stage) robot.lookup(".working").query().getScene().getWindow();
        return stage.getOwner() == owner && stage.getModality() != javafx.stage.Modality.NONE;
    }
}
