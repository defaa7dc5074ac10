package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tab through a list of check boxes (the brief's demands): each one reached is in sight, rows below scrolled up. */
@ExtendWith(ApplicationExtension.class)
class FocusInListsTest {

    private CheckListView<String> demands;
    private Button before;

    @Start
    void start(Stage stage) {
        demands = new CheckListView<>(javafx.collections.FXCollections.observableArrayList(
                IntStream.rangeClosed(1, 20).mapToObj(i -> "Demand " + i).toList()));
        demands.setPrefHeight(130);
        FocusInLists.keepInSight(demands);
        before = new Button("All");
        stage.setScene(new Scene(new VBox(8, before, demands, new Button("None")), 300, 260));
        stage.show();
    }

    @Test
    void eachRowTabReachesIsScrolledIntoSight(FxRobot robot) {
        robot.interact(before::requestFocus);
        int[] inSight = new int[1];
        robot.interact(() -> inSight[0] = lastRowInSight());
        int shownFirst = inSight[0];
        int furthest = -1;
        for (int i = 0; i < 12; i++) {
            robot.push(KeyCode.TAB);
            Node owner = demands.getScene().getFocusOwner();
            ListCell<?> row = rowOf(owner);
            if (row == null) {
                continue;
            }
            furthest = Math.max(furthest, row.getIndex());
            Bounds list = demands.localToScene(demands.getLayoutBounds());
            Bounds box = owner.localToScene(owner.getLayoutBounds());
            assertTrue(box.getMinY() >= list.getMinY() - 0.5 && box.getMaxY() <= list.getMaxY() + 0.5,
                    "row " + row.getIndex() + "'s check box at " + box + " outside the list " + list);
        }
        assertTrue(furthest > shownFirst, "Tab went past the rows first shown (0-" + shownFirst + "): furthest row " + furthest);
    }

    /** The last row the list shows whole. */
    private int lastRowInSight() {
        Bounds list = demands.localToScene(demands.getLayoutBounds());
        int last = -1;
        for (Node n : demands.lookupAll(".list-cell")) {
            ListCell<?> cell = (ListCell<?>) n;
            Bounds b = cell.localToScene(cell.getLayoutBounds());
            if (cell.isVisible() && !cell.isEmpty() && b.getMinY() >= list.getMinY() && b.getMaxY() <= list.getMaxY()) {
                last = Math.max(last, cell.getIndex());
            }
        }
        return last;
    }

    private static ListCell<?> rowOf(Node n) {
        for (; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return cell;
            }
        }
        return null;
    }
}
