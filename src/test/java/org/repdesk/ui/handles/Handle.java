package org.repdesk.ui.handles;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

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

    /**
     * Scrolls the pane that holds the node until the node is in sight, as a rep scrolls a form taller
     * than a 1024x700 window (the member form with its labels over its fields); the robot clicks only
     * what is in sight.
     */
    protected void bringIntoSight(String id) {
        Node n = node(id);
        robot.interact(() -> {
            for (Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getContent() != null) {
                    Bounds at = pane.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double view = pane.getViewportBounds().getHeight();
                    double extra = pane.getContent().getBoundsInLocal().getHeight() - view;
                    double top = -pane.getViewportBounds().getMinY();
                    if (extra > 0 && (at.getMinY() < top || at.getMaxY() > top + view)) {
                        double want = Math.max(0, Math.min(extra, at.getMaxY() - view + 8));
                        if (at.getMinY() < top) {
                            want = Math.max(0, at.getMinY() - 8);
                        }
                        pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * want / extra);
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the node, scrolled into sight first. */
    protected void clickInSight(String id) {
        bringIntoSight(id);
        robot.clickOn("#" + id);
    }

    /** Clicks the field, selects what it holds and types {@code text} over it. */
    protected void typeInto(String id, String text) {
        clickInSight(id);
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
        clickInSight(id);
        robot.clickOn(label);
    }
}
