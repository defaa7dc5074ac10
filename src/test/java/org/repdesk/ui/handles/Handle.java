package org.repdesk.ui.handles;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** What every screen's handle does: find its nodes by id, type into a field, read a label. */
abstract class Handle {

    protected final FxRobot robot;

    Handle(FxRobot robot) {
        this.robot = robot;
    }

    protected <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    /** The node, or null while the screen has not put it in place. */
    protected <T extends Node> T nodeIfThere(String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> {
            @SuppressWarnings("unchecked")
            T t = (T) n;
            return t;
        }).orElse(null);
    }

    protected boolean present(String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> n.getScene() != null).orElse(false);
    }

    /** Clicks the field, selects what it holds and types {@code text} over it. */
    protected void typeInto(String id, String text) {
        robot.clickOn("#" + id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.push(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    protected String textOf(String id) {
        Node n = node(id);
        if (n instanceof Labeled l) {
            return l.getText();
        }
        return ((TextInputControl) n).getText();
    }

    /** Opens a choice menu and picks the choice named {@code label}. */
    protected void choose(String id, String label) {
        robot.clickOn("#" + id);
        robot.clickOn(label);
    }
}
