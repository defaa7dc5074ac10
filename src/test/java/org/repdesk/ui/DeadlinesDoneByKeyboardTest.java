package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A case with more deadlines than its table shows at 1024x700, marked done from the keyboard: the
 * table is one Tab stop, the arrow keys go down it and Space ticks the chosen deadline's Done, each
 * one kept. Each row's box was a Tab stop, and a table makes rows only for what it shows.
 */
@ExtendWith(ApplicationExtension.class)
class DeadlinesDoneByKeyboardTest {

    private static final int DEADLINES = 14;
    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile caseFile;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("deadline-keys-" + System.nanoTime()));
        caseFile = desk.cases().open(aCase(desk.members().save(aMember().named("Gwen Price").build())).build());
        for (int i = 0; i < DEADLINES; i++) {
            desk.cases().addDeadline(Deadline.of(caseFile.id(), LocalDate.of(2027, 1, 4).plusDays(i), "Step " + (i + 1), false));
        }
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyDeadlineIsMarkedDoneWithTheArrowsAndSpace(FxRobot robot) throws Exception {
        CaseFormHandle form = new CasesPageHandle(robot).openCaseOf("Gwen Price");
        form.openDeadlines();
        TableView<Deadline> table = form.deadlines();
        waitUntil(() -> table.getItems().size() == DEADLINES);
        robot.interact(table::requestFocus);
        List<String> missed = new ArrayList<>();
        for (int row = 0; row < DEADLINES; row++) {
            if (row > 0) {
                robot.push(KeyCode.DOWN);
            }
            String what = "Step " + (row + 1);
            robot.push(KeyCode.SPACE);
            // Kept in the file, shown ticked, and still the chosen row once the table has read the list again.
            waitUntil(() -> desk.cases().deadlines(caseFile.id()).stream().anyMatch(d -> d.description().equals(what) && d.done())
                    && table.getItems().stream().anyMatch(d -> d.description().equals(what) && d.done())
                    && table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().description().equals(what));
            if (!FocusInListsTest.rowInSight(table, row)) {
                missed.add(what + " out of sight");
            }
        }
        assertEquals(List.of(), missed);
        assertEquals(DEADLINES, desk.cases().deadlines(caseFile.id()).stream().filter(Deadline::done).count());
        assertSame(table, table.getScene().getFocusOwner());
        robot.push(KeyCode.TAB);
        assertFalse(table.getScene().getFocusOwner() instanceof CheckBox, "Tab leaves the table for the next control, not a row's box");
    }
}
