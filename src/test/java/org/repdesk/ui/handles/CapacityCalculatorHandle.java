package org.repdesk.ui.handles;

import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.testfx.api.FxRobot;

/** The workload screen's capacity calculator (ui/CapacityCalculatorPane). */
public final class CapacityCalculatorHandle extends Handle {

    public CapacityCalculatorHandle(FxRobot robot) {
        super(robot);
    }

    /** Opens the folded pane, on the FX thread. */
    public CapacityCalculatorHandle expand() {
        robot.interact(() -> this.<TitledPane>node("capacity-calculator").setExpanded(true));
        return this;
    }

    public TextField points() {
        return node("calc-points");
    }

    /** "Available points …", "Capacity …". */
    public String result() {
        return textOf("calc-result");
    }
}
