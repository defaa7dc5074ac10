package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.repdesk.ui.handles.FrameHandle.Screen;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.MemberFormHandle;
import org.repdesk.ui.handles.MembersPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Screens are put together a part a frame where styling them at once held the FX thread too long
 * (the cases list), and stay in the scene, hidden, once built (issue 6).
 */
@ExtendWith(ApplicationExtension.class)
class ScreensTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = TestDesk.open(dir.resolve("screens-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Rhian Bowen").build());
        desk.cases().open(aCase(m).build());
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null && node.getScene() != null;
    }

    @Test
    void stepsRunAFrameApartWhileTheWindowIsShownAndAllAtOnceOtherwise(FxRobot robot) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        Scene scene = stage.getScene();
        Runnable count = frames::incrementAndGet;
        robot.interact(() -> scene.addPostLayoutPulseListener(count));
        List<Integer> seen = new ArrayList<>();
        boolean[] done = new boolean[1];
        robot.interact(() -> FrameByFrame.run(scene, List.of(() -> seen.add(frames.get()),
                () -> seen.add(frames.get()), () -> seen.add(frames.get())), () -> done[0] = true));
        waitUntil(() -> done[0]);
        assertEquals(3, seen.size());
        assertTrue(seen.get(0) < seen.get(1) && seen.get(1) < seen.get(2), "a frame between steps: " + seen);
        robot.interact(() -> scene.removePostLayoutPulseListener(count));

        List<String> order = new ArrayList<>();
        robot.interact(() -> FrameByFrame.run(new Scene(new StackPane()), List.of(() -> order.add("a"),
                () -> order.add("b")), () -> order.add("done")));
        assertEquals(List.of("a", "b", "done"), order, "no window shown: nothing to wait for");
    }

    @Test
    void theCasesListIsShownWhenCompleteAndStaysInTheSceneWhenLeft(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        CasesPageHandle cases = new CasesPageHandle(robot);
        frame.open(Screen.CASES);
        waitUntil(() -> shown(cases.listIfThere()));
        Node list = cases.list();
        Node view = robot.lookup(".cases-view").query();
        // Shown only complete: the search line, the filters and the filled list are all there.
        assertNotNull(cases.searchField().getScene());
        assertNotNull(cases.filterMenu("filter-type").getScene());
        assertEquals(1, cases.list().getItems().size());

        frame.open(Screen.DASHBOARD);
        waitUntil(() -> !view.isVisible());
        assertNotNull(list.getScene(), "left in the scene, hidden, not taken out");
        assertTrue(shown(new DashboardPageHandle(robot).tile("open")));
        frame.open(Screen.CASES);
        waitUntil(() -> view.isVisible());
        assertTrue(cases.list() == list, "the same list, not built again");
    }

    @Test
    void aScreenAskedForWhileTheCasesListIsBeingPutTogetherWins(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        CasesPageHandle cases = new CasesPageHandle(robot);
        robot.interact(() -> {
            frame.navigation(Screen.CASES).fire();
            frame.navigation(Screen.MEMBERS).fire();
        });
        waitUntil(() -> cases.listIfThere() != null && cases.list().getItems().size() == 1);
        // Its rows were the last step: one frame more and the cases list is complete, shown if still wanted.
        waitForFrames(robot, 2);
        assertFalse(shown(cases.list()), "the members list was asked for last");
        assertTrue(shown(new MembersPageHandle(robot).table()));
    }

    /** Waits until the window has drawn {@code n} more frames, then for the work they set off. */
    private void waitForFrames(FxRobot robot, int n) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        Scene scene = stage.getScene();
        Runnable count = frames::incrementAndGet;
        robot.interact(() -> scene.addPostLayoutPulseListener(count));
        try {
            waitUntil(() -> {
                javafx.application.Platform.requestNextPulse();
                return frames.get() >= n;
            });
        } finally {
            robot.interact(() -> scene.removePostLayoutPulseListener(count));
        }
    }

    @Test
    void ctrlFFromTheDashboardFocusesTheSearchOnceTheListIsComplete(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        CasesPageHandle cases = new CasesPageHandle(robot);
        waitUntil(cases::searchFocused);
        robot.write("bowen");
        waitUntil(() -> cases.count().startsWith("1 of 1"));
    }

    @Test
    void theMembersListIsPutTogetherSortedByNameAndCtrlNStartsANewMember(FxRobot robot) throws Exception {
        desk.members().save(aMember().number("N-2").named("Łukasz Abbott").build());
        desk.members().save(aMember().number("N-3").named("Zoë Adams").build());
        desk.members().save(aMember().number("N-4").named("Lee Ward").build());
        robot.push(KeyCode.F5);
        robot.push(KeyCode.CONTROL, KeyCode.N); // the members screen, not built yet, with a new member's form
        MembersPageHandle members = new MembersPageHandle(robot);
        waitUntil(() -> shown(members.tableIfThere()));
        javafx.scene.control.TableView<Member> table = members.table();
        waitUntil(() -> table.getItems().size() == 4);
        assertEquals(List.of("Lee Ward", "Łukasz Abbott", "Rhian Bowen", "Zoë Adams"),
                table.getItems().stream().map(Member::name).toList(), "by name, as a reader sorts");
        assertEquals("Name\nNumber", table.getSortOrder().get(0).getText(), "the name column, the number under each name");
        assertTrue(table.getSelectionModel().isEmpty(), "a new member: nothing selected");
        assertTrue(shown(new MemberFormHandle(robot).save()));

        // A search that finds no one says so, not "no members yet".
        robot.interact(() -> members.searchField().setText("qqq"));
        waitUntil(() -> table.getItems().isEmpty());
        assertEquals("No member matches the search.", ((javafx.scene.control.Label) table.getPlaceholder()).getText());
    }
}
