package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.DemoData;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.FxWait;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.FrameHandle.Screen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tab stops a reviewer found with no focus to be seen, on the real screens at 1024x700, in the light
 * and the dark theme: the cases screen's "Overdue only", its order menu ("Newest first"), its list,
 * and a case's timeline; with the filters, New case and Clear filters beside them. Each must show a
 * ring of pixels that change by 3:1 or more as it takes the focus ({@link FocusRing}).
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingsOnTheScreensTest {

    @TempDir
    static Path dir;
    private static RepDesk desk;

    /** The demo data made before the window, off the FX thread: on a busy machine the window's set-up times out otherwise. */
    @BeforeAll
    static void demoData() {
        desk = TestDesk.open(dir.resolve("rings-" + System.nanoTime()));
        new DemoData(desk).generate(8, 12, 42);
    }

    @AfterAll
    static void closeDesk() {
        desk.close();
    }

    @Start
    void start(Stage stage) {
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
    }

    @Test
    void theCasesScreenAndATimelineShowWhereTheKeyboardIsInBothThemes(FxRobot robot) throws Exception {
        new FrameHandle(robot).openWhole(Screen.CASES);
        CasesPageHandle cases = new CasesPageHandle(robot);
        FxWait.waitUntil(() -> !cases.list().getItems().isEmpty());
        CaseFormHandle form = cases.openCaseOf(cases.list().getItems().get(0).memberName());
        form.openTimeline();
        FxWait.waitUntil(() -> form.timeline().getScene() != null && !form.timeline().getItems().isEmpty());
        Map<String, Node> stops = new LinkedHashMap<>();
        stops.put("Overdue only", cases.overdueBox());
        stops.put("Newest first", cases.orderMenu());
        stops.put("the case list", cases.list());
        stops.put("the timeline", form.timeline());
        stops.put("All types", cases.filterMenu("filter-type"));
        stops.put("Clear filters", cases.clearButton());
        Node elsewhere = cases.searchField();
        List<String> unseen = new ArrayList<>();
        for (DeskPreferences.Theme theme : List.of(DeskPreferences.Theme.LIGHT, DeskPreferences.Theme.DARK)) {
            robot.interact(() -> Styling.use(theme, DeskPreferences.DEFAULT_TEXT_SIZE));
            for (Map.Entry<String, Node> stop : stops.entrySet()) {
                FocusRing ring = FocusRing.measure(robot, stop.getValue(), elsewhere);
                if (!ring.seen()) {
                    unseen.add(theme + " " + stop.getKey() + ": " + ring);
                }
            }
        }
        assertEquals(List.of(), unseen, "focus not to be seen on");
    }
}
