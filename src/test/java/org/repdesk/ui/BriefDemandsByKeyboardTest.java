package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BriefsPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A rep at 1024x700 with no mouse chooses the brief's demands: the campaign's demands are more than
 * the list shows. Tab from Preview stops at the list, the arrow keys and Space tick every demand (each
 * shown as it is reached), and the next Tab goes on to "All". Before, each demand's box was a Tab stop
 * and Tab left the list after the first six: the demands below could not be reached by Tab.
 */
@ExtendWith(ApplicationExtension.class)
class BriefDemandsByKeyboardTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("brief-keys-" + System.nanoTime()));
        CampaignBulletins.load(desk.demands());
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyDemandIsTickedFromTheKeyboardAndTabGoesOnPastTheList(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.BRIEFS);
        BriefsPageHandle page = new BriefsPageHandle(robot);
        waitUntil(() -> page.fieldsInPlace() && !page.demands().getItems().isEmpty());
        @SuppressWarnings("unchecked")
        CheckListView<Object> demands = (CheckListView<Object>) (ListView<?>) page.demands();
        robot.interact(() -> page.noneButton().fire());
        int count = demands.getItems().size();
        assertTrue(FocusInListsTest.lastRowInSight(demands) < count - 1,
                "the list shows fewer demands than there are (" + count + ")");

        robot.interact(() -> page.previewButton().requestFocus());
        robot.push(KeyCode.TAB);
        assertSame(demands, focusOwner(demands), "Tab from Preview");
        List<String> missed = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            if (row > 0) {
                robot.push(KeyCode.DOWN);
            }
            robot.push(KeyCode.SPACE);
            if (!demands.getCheckModel().isChecked(row)) {
                missed.add("demand " + row + " not ticked");
            }
            if (!FocusInListsTest.inSight(demands, row)) {
                missed.add("demand " + row + " out of sight");
            }
        }
        assertEquals(List.of(), missed);
        robot.push(KeyCode.TAB);
        assertSame(page.allButton(), focusOwner(demands), "Tab from the last demand");
    }

    private static Object focusOwner(javafx.scene.Node on) {
        return on.getScene().getFocusOwner();
    }
}
