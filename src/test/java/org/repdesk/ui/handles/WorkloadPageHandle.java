package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** The workload screen and its record form as a test sees them: the node ids live here. */
public final class WorkloadPageHandle {

    private final FxRobot robot;

    public WorkloadPageHandle(FxRobot robot) {
        this.robot = robot;
    }

    public TableView<?> members() {
        return robot.lookup("#workload-members").queryTableView();
    }

    public TableView<?> records() {
        return robot.lookup("#workload-records").queryTableView();
    }

    /** The members table's cells, as laid out for the rows shown, of the columns whose heading starts {@code heading}. */
    public java.util.List<javafx.scene.control.TableCell<?, ?>> memberCellsUnder(String heading) {
        return members().lookupAll(".table-row-cell .table-cell").stream()
                .<javafx.scene.control.TableCell<?, ?>>map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && c.getTableColumn().getText().startsWith(heading)
                        && !c.isEmpty() && c.isVisible())
                .toList();
    }

    public String heading() {
        return robot.lookup("#workload-heading").queryLabeled().getText();
    }

    public void addRecord() {
        robot.clickOn("#workload-add");
    }

    /** The record form's fields, by what the rep sees beside them. */
    public TextField capacity() {
        return robot.lookup("#wr-capacity").queryAs(TextField.class);
    }

    public TextField casesHeld() {
        return robot.lookup("#wr-cases").queryAs(TextField.class);
    }

    public TextField weekOf() {
        return robot.lookup("#wr-week").queryAs(javafx.scene.control.DatePicker.class).getEditor();
    }

    /** The problem shown under a field: "capacity", "cases", "week", … */
    public Label problemUnder(String field) {
        return robot.lookup("#wr-" + field + "-problem").queryAs(Label.class);
    }

    /** What is said of the record form as a whole (no figure at all). */
    public Label formProblems() {
        return robot.lookup("#wr-problems").queryAs(Label.class);
    }

    /** The WMT record form is open. */
    public boolean recordFormOpen() {
        return robot.lookup("#wr-save").tryQuery().isPresent();
    }

    public Button save() {
        return robot.lookup("#wr-save").queryButton();
    }
}
