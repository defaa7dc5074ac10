package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DemandsPageHandle;
import org.repdesk.ui.handles.ResponseDialogHandle;
import org.repdesk.ui.handles.StatusChangeDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demands board: a response that changes a demand's status moves its card and joins its history. */
@ExtendWith(ApplicationExtension.class)
class DemandsBoardTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage window;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("board-" + System.nanoTime()));
        window = stage;
        new MainWindow(stage, desk, true).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Loads the campaign's demands from the welcome banner; returns the Raised column, holding them all. */
    private ListView<?> loadTheBulletins(FxRobot robot) throws Exception {
        new DemandsPageHandle(robot).loadFromWelcome();
        waitUntil(() -> desk.demands().all().size() == CampaignBulletins.size());
        robot.push(KeyCode.ENTER); // close "Demands loaded"
        ListView<?> raised = new DemandsPageHandle(robot).column(DemandStatus.RAISED);
        waitUntil(() -> raised.getItems().size() == CampaignBulletins.size());
        return raised;
    }

    @Test
    void cardsFitTheirWrappedLinesAndTheirMenuMovesThem(FxRobot robot) throws Exception {
        ListView<?> raised = loadTheBulletins(robot);

        // Each card shown is as tall as its lines wrapped to the column, and sits inside its cell:
        // measured at another width, a card was cut off at the top and left a gap at the bottom.
        // At several window widths, as the columns' widths change which lines wrap.
        int wrapped = 0;
        for (int width : new int[] {1280, 1000, 1090, 1180}) {
            robot.interact(() -> window.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            wrapped += checkCards(robot);
        }
        assertTrue(wrapped > 0, "some lines wrap at one of these widths");

        // At the window's narrowest a column holding cards keeps its width (narrower, words broke
        // mid-word), an empty one shrinks to its heading, the headings wrap rather than being cut, and
        // whatever does not fit is scrolled to sideways (it was cut off at the right edge, out of reach).
        DemandsPageHandle page = new DemandsPageHandle(robot);
        robot.interact(() -> window.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroller = page.scroller();
        for (DemandStatus s : DemandStatus.values()) {
            double width = page.columnBox(s).getLayoutBounds().getWidth();
            assertTrue(width >= (page.column(s).getItems().isEmpty() ? DemandsView.EMPTY_COLUMN_MIN : DemandsView.COLUMN_MIN),
                    s + " squeezed to " + width);
            javafx.scene.control.Label heading = page.heading(s);
            assertTrue(!heading.isNeedsLayout() && heading.getText().equals(heading.getText()) && heading.isWrapText());
            assertTrue(heading.getHeight() + 0.5 >= heading.prefHeight(heading.getWidth()), "heading cut: " + heading.getText());
        }
        Node withdrawnColumn = page.columnBox(DemandStatus.WITHDRAWN);
        robot.interact(() -> scroller.setHvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds shown = withdrawnColumn.localToScene(withdrawnColumn.getLayoutBounds());
        assertTrue(shown.getMaxX() <= window.getScene().getWidth() + 1, "scrolled, the last column is in the window: " + shown);
        robot.interact(() -> window.setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();

        // The card's menu, made when asked for: Move to → Agreed, then the date and note dialog.
        var first = (org.repdesk.service.DemandService.DemandSummary) raised.getItems().get(0);
        javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> c.isVisible() && c.getItem() == first).findFirst().orElseThrow();
        // As a right click asks for it (Monocle's headless mouse does not).
        robot.interact(() -> {
            var at = cell.localToScreen(20, 20);
            cell.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    20, 20, at.getX(), at.getY(), false, null));
        });
        robot.clickOn("Move to");
        robot.clickOn("Agreed");
        // A date that does not exist is said under the field as it is typed; OK then waits for a right one.
        StatusChangeDialogHandle change = new StatusChangeDialogHandle(robot);
        change.typeDate("31/11/2026");
        waitUntil(() -> change.dateProblem().equals("Date must be a real date written like 23/11/2026."));
        change.ok(); // pressed on a wrong date: the dialog stays, OK waits for a right one
        waitUntil(() -> !change.okOffered());
        assertTrue(change.isShowing());
        change.typeDate(org.repdesk.ui.DateField.format(desk.cases().today()));
        waitUntil(change::okOffered);
        change.ok(); // "Change status", dated today
        waitUntil(() -> desk.demands().byId(first.demand().id()).orElseThrow().status() == DemandStatus.AGREED);
        ListView<?> agreed = new DemandsPageHandle(robot).column(DemandStatus.AGREED);
        waitUntil(() -> agreed.getItems().size() == 1);

        // From the keyboard: Shift+F10 on the focused column opens the selected card's menu (JavaFX on
        // Linux makes no menu request of it); its own status is not offered.
        robot.interact(() -> {
            agreed.requestFocus();
            agreed.getSelectionModel().select(0);
        });
        robot.press(KeyCode.SHIFT).push(KeyCode.F10).release(KeyCode.SHIFT);
        javafx.scene.control.Menu move = shownCardMenu();
        assertEquals("Move to", move.getText());
        assertTrue(move.getItems().stream().filter(i -> i.getText().equals(DemandStatus.AGREED.label()))
                .findFirst().orElseThrow().isDisable(), "a demand is not moved to the status it has");
        robot.clickOn("Move to");
        robot.clickOn(DemandStatus.WITHDRAWN.label());
        new StatusChangeDialogHandle(robot).ok();
        waitUntil(() -> desk.demands().byId(first.demand().id()).orElseThrow().status() == DemandStatus.WITHDRAWN);

        // Windows sends the menu key to the focused column as a menu request: the same menu, once.
        ListView<?> withdrawn = new DemandsPageHandle(robot).column(DemandStatus.WITHDRAWN);
        waitUntil(() -> withdrawn.getItems().size() == 1);
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> {
                withdrawn.requestFocus();
                withdrawn.getSelectionModel().select(0);
                var at = withdrawn.localToScreen(5, 5);
                withdrawn.fireEvent(new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, at.getX(), at.getY(), true, null));
            });
        }
        shownCardMenu();
        assertEquals(1, javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).count());
        robot.push(KeyCode.ESCAPE);
    }

    /** The "Move to" menu of the card menu now shown. */
    private static javafx.scene.control.Menu shownCardMenu() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> (javafx.scene.control.Menu) ((javafx.scene.control.ContextMenu) w).getItems().get(0))
                .findFirst().orElseThrow(() -> new AssertionError("no card menu shown"));
    }

    /** Checks the cards shown fit their cells and their lines; returns how many lines wrapped. */
    private static int checkCards(FxRobot robot) {
        int checked = 0;
        int wrapped = 0;
        for (DemandCard card : robot.lookup(".demand-card").queryAllAs(DemandCard.class)) {
            if (!(card.getParent() instanceof javafx.scene.control.ListCell<?> cell) || !cell.isVisible()
                    || cell.getItem() == null) {
                continue; // the list's measuring cell, or one not in use
            }
            Bounds inCell = card.getBoundsInParent();
            assertTrue(inCell.getMinY() >= -0.5 && inCell.getMaxY() <= cell.getHeight() + 0.5,
                    "card " + inCell + " inside its cell of height " + cell.getHeight());
            double bottom = 0;
            for (Node line : card.getChildrenUnmodifiable()) {
                if (line.isManaged()) {
                    bottom = Math.max(bottom, line.getBoundsInParent().getMaxY());
                    wrapped += ((Text) line).getLayoutBounds().getHeight() > 30 ? 1 : 0;
                }
            }
            assertEquals(card.getHeight() - card.snappedBottomInset(), bottom, 1.5,
                    "the card ends where its last line does: " + card.text());
            checked++;
        }
        assertTrue(checked >= 1, "cards checked: " + checked);
        return wrapped;
    }

    @Test
    void aResponseThatRefusesADemandMovesItsCardAndShowsInItsHistory(FxRobot robot) throws Exception {
        ListView<?> raised = loadTheBulletins(robot);
        DemandsPageHandle page = new DemandsPageHandle(robot);
        ListView<?> refused = page.column(DemandStatus.REFUSED);
        assertEquals(0, refused.getItems().size());

        String title = "Suspend capability proceedings where workload is a factor";
        robot.interact(() -> {
            int at = 0;
            for (int i = 0; i < raised.getItems().size(); i++) {
                if (raised.getItems().get(i).toString().contains(title)) {
                    at = i;
                }
            }
            raised.scrollTo(at);
            raised.requestFocus();
            raised.getSelectionModel().select(at); // as a click or the arrow keys select it
        });
        waitUntil(() -> page.detailTitle().startsWith("Suspend capability"));
        page.recordResponse();
        ResponseDialogHandle response = new ResponseDialogHandle(robot);
        response.statusBecomes(DemandStatus.REFUSED);
        assertEquals("", response.saidProblem(), "nothing said before Save");
        response.save(); // nothing said yet of what the employer said: said under the field, nothing saved
        waitUntil(() -> response.saidProblem().equals("Required."));
        assertTrue(response.isShowing());
        assertEquals(0, desk.demands().responses(desk.demands().bySourceKey("urgent-5").orElseThrow().id()).size());
        response.typeSaid("HMPPS will not suspend proceedings; managers keep discretion.");
        waitUntil(response::saveOffered);
        response.save();

        Demand d = desk.demands().bySourceKey("urgent-5").orElseThrow();
        waitUntil(() -> desk.demands().byId(d.id()).orElseThrow().status() == DemandStatus.REFUSED);
        waitUntil(() -> refused.getItems().size() == 1);
        assertEquals(CampaignBulletins.size() - 1, raised.getItems().size());
        ListView<?> history = page.history();
        waitUntil(() -> history.getItems().size() == 3); // raised, response, status change
        assertEquals(2, desk.demands().history(d.id()).size());
        assertEquals(DemandStatus.REFUSED, desk.demands().history(d.id()).get(1).to());
    }

    @Test
    void aNewFilesBoardSaysHowToStartAndTheBoardHasMostOfTheHeight(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.setWidth(1024);
            window.setHeight(700);
        });
        DemandsPageHandle page = new DemandsPageHandle(robot).open();
        waitUntil(() -> page.emptyBoard().isVisible());
        page.loadFromEmptyBoard();
        waitUntil(() -> desk.demands().all().size() == CampaignBulletins.size());
        robot.push(KeyCode.ENTER); // close "Demands loaded"
        waitUntil(() -> !page.emptyBoard().isVisible());
        // The board had a 220-pixel strip of a 700-pixel window, one and a half cards, the rest blank
        // (the first run's welcome banner takes its own share of the height above the screen).
        double boardHeight = page.column(DemandStatus.RAISED).getHeight();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) robot.lookup(".demands-view .split-pane").query();
        assertTrue(split.getDividerPositions()[0] >= DemandsView.BOARD_SHARE - 0.01
                && boardHeight > split.getHeight() * 0.3, "the Raised column's cards have " + boardHeight + " px of "
                + window.getHeight() + ", split " + java.util.Arrays.toString(split.getDividerPositions()) + " of " + split.getHeight());
    }
}
