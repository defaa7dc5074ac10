package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A list of twenty check boxes showing five (the brief's demands, a meeting's): Tab stops at the list
 * once and then leaves it, the arrow keys reach every row and show it, Space ticks the row with the
 * focus, and a click on a box leaves the keyboard on that row. Each row's box was a Tab stop of its
 * own, and a list makes rows only for what it shows: Tab went from the sixth row out of the list.
 */
@ExtendWith(ApplicationExtension.class)
class FocusInListsTest {

    private CheckListView<String> demands;
    private Button before;
    private Button after;

    @Start
    void start(Stage stage) {
        demands = new CheckListView<>(javafx.collections.FXCollections.observableArrayList(
                IntStream.rangeClosed(1, 20).mapToObj(i -> "Demand " + i).toList()));
        demands.setPrefHeight(130);
        FocusInLists.tickedFromTheList(demands, lv -> new CheckBoxListCell<String>(demands::getItemBooleanProperty));
        before = new Button("Preview");
        after = new Button("All");
        stage.setScene(new Scene(new VBox(8, before, demands, after), 300, 260));
        stage.show();
    }

    @Test
    void tabStopsAtTheListOnceAndTheArrowsAndSpaceTickEveryRowInSight(FxRobot robot) {
        robot.interact(before::requestFocus);
        assertTrue(lastRowInSight(demands) < 19, "the list shows fewer rows than it has");
        robot.push(KeyCode.TAB);
        assertSame(demands, focusOwner(), "Tab from Preview");
        List<String> missed = new ArrayList<>();
        for (int row = 0; row < 20; row++) {
            if (row > 0) {
                robot.push(KeyCode.DOWN);
            }
            robot.push(KeyCode.SPACE);
            if (!demands.getCheckModel().isChecked(row)) {
                missed.add("row " + row + " not ticked");
            }
            if (!inSight(demands, row)) {
                missed.add("row " + row + " out of sight");
            }
        }
        assertEquals(List.of(), missed);
        robot.push(KeyCode.TAB);
        assertSame(after, focusOwner(), "Tab from the list's last row");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertSame(demands, focusOwner(), "Shift+Tab from All");
    }

    @Test
    void aClickOnABoxTicksItAndLeavesTheKeyboardOnItsRow(FxRobot robot) {
        robot.interact(before::requestFocus);
        robot.clickOn(robot.lookup(".list-cell").match(n -> ((ListCell<?>) n).getIndex() == 2).lookup(".check-box")
                .query().lookup(".box"));
        assertTrue(demands.getCheckModel().isChecked(2), "the third demand ticked");
        assertSame(demands, focusOwner());
        assertEquals(2, demands.getFocusModel().getFocusedIndex());
        assertEquals(List.of(2), demands.getSelectionModel().getSelectedIndices(), "the clicked row chosen, as the keyboard's");
        robot.push(KeyCode.DOWN).push(KeyCode.SPACE);
        assertTrue(demands.getCheckModel().isChecked(3), "Space after Down ticks the fourth");
    }

    @Test
    void aScreenReaderHearsWhetherTheRowIsTicked(FxRobot robot) {
        robot.interact(() -> demands.getCheckModel().check(1));
        ListCell<?> second = robot.lookup(".list-cell").match(n -> ((ListCell<?>) n).getIndex() == 1).query();
        ListCell<?> third = robot.lookup(".list-cell").match(n -> ((ListCell<?>) n).getIndex() == 2).query();
        assertEquals("Demand 2: ticked", second.getAccessibleText());
        assertEquals("Demand 3: not ticked", third.getAccessibleText());
        robot.interact(() -> demands.getCheckModel().clearCheck(1));
        assertEquals("Demand 2: not ticked", second.getAccessibleText(), "it follows the box");
    }

    private Node focusOwner() {
        return demands.getScene().getFocusOwner();
    }

    /** The row is made and shown whole inside the list. */
    static boolean inSight(ListView<?> list, int index) {
        Bounds shown = list.localToScene(list.getLayoutBounds());
        for (Node n : list.lookupAll(".list-cell")) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.getIndex() == index && cell.isVisible()) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                return b.getMinY() >= shown.getMinY() - 0.5 && b.getMaxY() <= shown.getMaxY() + 0.5;
            }
        }
        return false;
    }

    /** The table's row is made and shown whole inside the table, below its headings. */
    static boolean rowInSight(javafx.scene.control.TableView<?> table, int index) {
        Bounds shown = table.lookup(".clipped-container").localToScene(table.lookup(".clipped-container").getLayoutBounds());
        for (Node n : table.lookupAll(".table-row-cell")) {
            javafx.scene.control.TableRow<?> row = (javafx.scene.control.TableRow<?>) n;
            if (row.getIndex() == index && row.isVisible()) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                return b.getMinY() >= shown.getMinY() - 0.5 && b.getMaxY() <= shown.getMaxY() + 0.5;
            }
        }
        return false;
    }

    /** The last row the list shows whole. */
    static int lastRowInSight(ListView<?> list) {
        int last = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (inSight(list, i)) {
                last = i;
            }
        }
        return last;
    }
}
