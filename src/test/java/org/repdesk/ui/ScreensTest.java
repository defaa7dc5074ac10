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
import javafx.scene.control.Label;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        robot.clickOn("#nav-cases");
        waitUntil(() -> shown(robot.lookup("#case-list").tryQuery().orElse(null)));
        Node list = robot.lookup("#case-list").query();
        Node view = robot.lookup(".cases-view").query();
        // Shown only complete: the search line, the filters and the filled list are all there.
        assertNotNull(robot.lookup("#case-search").query().getScene());
        assertNotNull(robot.lookup("#filter-type").query().getScene());
        assertEquals(1, robot.lookup("#case-list").queryListView().getItems().size());

        robot.clickOn("#nav-dashboard");
        waitUntil(() -> !view.isVisible());
        assertNotNull(list.getScene(), "left in the scene, hidden, not taken out");
        assertTrue(shown(robot.lookup("#tile-open").query()));
        robot.clickOn("#nav-cases");
        waitUntil(() -> view.isVisible());
        assertTrue(robot.lookup("#case-list").query() == list, "the same list, not built again");
    }

    @Test
    void aScreenAskedForWhileTheCasesListIsBeingPutTogetherWins(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#nav-cases").queryAs(javafx.scene.control.ToggleButton.class).fire();
            robot.lookup("#nav-members").queryAs(javafx.scene.control.ToggleButton.class).fire();
        });
        waitUntil(() -> robot.lookup("#case-list").tryQuery().map(n -> ((javafx.scene.control.ListView<?>) n)
                .getItems().size() == 1).orElse(false));
        for (int i = 0; i < 5; i++) { // frames enough for the list to be complete
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
        assertFalse(shown(robot.lookup("#case-list").query()), "the members list was asked for last");
        assertTrue(shown(robot.lookup("#member-table").query()));
    }

    @Test
    void ctrlFFromTheDashboardFocusesTheSearchOnceTheListIsComplete(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#case-search").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("bowen");
        waitUntil(() -> robot.lookup("#case-count").queryAs(Label.class).getText().startsWith("1 of 1"));
    }

    @Test
    void theMembersListIsPutTogetherSortedByNameAndCtrlNStartsANewMember(FxRobot robot) throws Exception {
        desk.members().save(aMember().number("N-2").named("Łukasz Abbott").build());
        desk.members().save(aMember().number("N-3").named("Zoë Adams").build());
        desk.members().save(aMember().number("N-4").named("Lee Ward").build());
        robot.push(KeyCode.F5);
        robot.push(KeyCode.CONTROL, KeyCode.N); // the members screen, not built yet, with a new member's form
        waitUntil(() -> shown(robot.lookup("#member-table").tryQuery().orElse(null)));
        javafx.scene.control.TableView<?> table = robot.lookup("#member-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        assertEquals(List.of("Lee Ward", "Łukasz Abbott", "Rhian Bowen", "Zoë Adams"),
                table.getItems().stream().map(m -> ((Member) m).name()).toList(), "by name, as a reader sorts");
        assertEquals("Name", table.getSortOrder().get(0).getText());
        assertTrue(table.getSelectionModel().isEmpty(), "a new member: nothing selected");
        assertTrue(shown(robot.lookup("#member-save").query()));

        // A search that finds no one says so, not "no members yet".
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#member-search").query()).setText("qqq"));
        waitUntil(() -> table.getItems().isEmpty());
        assertEquals("No member matches the search.", ((javafx.scene.control.Label) table.getPlaceholder()).getText());
    }
}
