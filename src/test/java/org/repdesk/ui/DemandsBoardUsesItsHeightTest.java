package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.DemandStatus;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DemandsPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demands board at 1024x700: with no demand chosen the board has the height (the detail is its one
 * line of words); a chosen demand shows its wording whole and a history of several entries, each whole;
 * the divider the rep moves is the one kept, not the folded one.
 */
@ExtendWith(ApplicationExtension.class)
class DemandsBoardUsesItsHeightTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("height-" + System.nanoTime()));
        CampaignBulletins.load(desk.demands());
        var d = desk.demands().all().get(0);
        // Three changes, each with a note that wraps at this width: the history has entries to show.
        for (DemandStatus to : List.of(DemandStatus.IN_DISCUSSION, DemandStatus.PARTLY_AGREED, DemandStatus.REFUSED)) {
            desk.demands().changeStatus(d.id(), to, desk.cases().today(), "Raised at the regional JNCC with the "
                    + "Deputy Regional Probation Director and the Head of HR; the staffing data promised at the first "
                    + "meeting has still not been shared, and the unions asked for it again in writing.");
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
    void theBoardHasTheHeightUntilADemandIsChosenThenItsHistoryHasRoom(FxRobot robot) throws Exception {
        DemandsPageHandle page = new DemandsPageHandle(robot).open();
        var columns = new ArrayList<ListView<?>>();
        for (DemandStatus s : DemandStatus.values()) {
            columns.add(page.column(s));
        }
        waitUntil(() -> columns.stream().mapToInt(c -> c.getItems().size()).sum() == CampaignBulletins.size());
        WaitForAsyncUtils.waitForFxEvents();
        SplitPane split = page.split();
        // It had half the screen, blank but for "Select a demand on the board…".
        assertTrue(page.detail().getHeight() < 60, "the detail folded to its line: " + page.detail().getHeight()
                + " of " + split.getHeight());
        ListView<?> raised = page.column(DemandStatus.RAISED);
        assertTrue(raised.getHeight() > split.getHeight() * 0.7, "the Raised column's cards have " + raised.getHeight()
                + " px of " + split.getHeight());

        ListView<?> refused = page.column(DemandStatus.REFUSED);
        robot.interact(() -> refused.getSelectionModel().select(0));
        waitUntil(() -> !page.detailTitle().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DemandsView.BOARD_SHARE, split.getDividerPositions()[0], 0.02);
        Label wording = page.detailText();
        assertTrue(wording.getHeight() + 0.5 >= wording.prefHeight(wording.getWidth()), "the wording cut: "
                + wording.getHeight() + " of " + wording.prefHeight(wording.getWidth()));
        ListView<?> history = page.history();
        waitUntil(() -> history.getItems().size() == 4);
        // At 1024x700 the history was one row tall (42 px) under the wording and the buttons.
        assertTrue(history.getHeight() >= 140, "the history is " + history.getHeight() + " px tall");
        List<String> cut = new ArrayList<>();
        robot.interact(() -> history.lookupAll(".list-cell").stream()
                .filter(c -> c.isVisible() && c instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() != null)
                .flatMap(c -> c.lookupAll(".label").stream())
                .map(Label.class::cast)
                .forEach(l -> {
                    String drawn = l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                            .map(t -> ((Text) t).getText().replace("\n", " ").strip()).findFirst().orElse("");
                    if (!drawn.equals(l.getText().strip())) {
                        cut.add("\"" + l.getText() + "\" drawn as \"" + drawn + "\"");
                    }
                }));
        assertEquals(List.of(), cut);

        // The rep gives the board more room; another demand opens with the divider where they left it.
        robot.interact(() -> split.setDividerPositions(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        DemandsView view = (DemandsView) robot.lookup(".demands-view").query();
        assertEquals(0.6, view.chosenDivider().get(), 0.01);
        robot.interact(() -> page.column(DemandStatus.RAISED).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.6, split.getDividerPositions()[0], 0.01);
    }
}
