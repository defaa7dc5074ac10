package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.repdesk.model.RetentionItem;
import org.testfx.api.FxRobot;

/** Tools ▸ Retention review as a test sees it (ui/RetentionView): the node ids live here, not in each test. */
public final class RetentionHandle extends Handle {

    public RetentionHandle(FxRobot robot) {
        super(robot);
    }

    /** What is past its retention period. */
    @SuppressWarnings("unchecked")
    public TableView<RetentionItem> items() {
        return node("retention-table");
    }

    /** Chooses the row at {@code index}, as a click would. */
    public void choose(int index) {
        robot.interact(() -> items().getSelectionModel().select(index));
    }

    public Button delete() {
        return node("retention-delete");
    }

    public Button anonymise() {
        return node("retention-anonymise");
    }

    public Button savePeriods() {
        return node("retention-save");
    }

    /** The line under the table saying how many records are due and what was done. */
    public String summary() {
        return robot.lookup("#retention-summary").queryAs(Label.class).getText();
    }
}
