package org.repdesk.ui.handles;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.repdesk.model.DemandStatus;
import org.testfx.api.FxRobot;

/** The demands screen as a test sees it: the node ids live here, not in each test. */
public final class DemandsPageHandle {

    private final FxRobot robot;

    public DemandsPageHandle(FxRobot robot) {
        this.robot = robot;
    }

    private static String boardId(DemandStatus status) {
        return "#board-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The cards of one status. */
    public ListView<?> column(DemandStatus status) {
        return robot.lookup(boardId(status)).queryListView();
    }

    /** A column's heading ("Raised (12)"). */
    public Label heading(DemandStatus status) {
        return robot.lookup(boardId(status) + "-heading").queryAs(Label.class);
    }

    /** The column as laid out (heading and cards). */
    public Node columnBox(DemandStatus status) {
        return column(status).getParent();
    }

    /** How to change a card's status, beside the buttons above the board. */
    public Label hint() {
        return robot.lookup("#demands-hint").queryAs(Label.class);
    }

    /** The buttons above the board (New demand…, Record a meeting…, Load…). */
    public java.util.List<javafx.scene.control.Button> barButtons() {
        return java.util.stream.Stream.of("#demand-new", "#demand-meeting", "#demand-load-bulletins")
                .map(id -> robot.lookup(id).queryButton()).toList();
    }

    public ScrollPane scroller() {
        return robot.lookup("#board-scroller").queryAs(ScrollPane.class);
    }

    /** The word and button a new file's empty board shows. */
    public Node emptyBoard() {
        return robot.lookup("#board-empty").query();
    }

    /** The demands board, from the navigation. */
    public DemandsPageHandle open() {
        new FrameHandle(robot).open(FrameHandle.Screen.DEMANDS);
        return this;
    }

    /** A first run's welcome banner: "Load the campaign's demands", which fill this board's Raised column. */
    public void loadFromWelcome() {
        new FrameHandle(robot).loadCampaignDemandsInWelcome();
    }

    public void loadFromEmptyBoard() {
        robot.clickOn("#board-empty-load");
    }

    /**
     * The chosen demand's title, "" until the detail is there: the screen puts it in a frame after
     * the board, so under load a card can be chosen before it is (a wait then asks again).
     */
    public String detailTitle() {
        return robot.lookup("#demand-detail-title").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    public void recordResponse() {
        robot.clickOn("#demand-respond");
    }

    /** The board above, the chosen demand below. */
    public javafx.scene.control.SplitPane split() {
        return robot.lookup(".demands-view .split-pane").queryAs(javafx.scene.control.SplitPane.class);
    }

    /** The chosen demand's side of the split (its placeholder's line while none is chosen). */
    public javafx.scene.layout.Region detail() {
        return robot.lookup("#demand-detail").queryAs(javafx.scene.layout.Region.class);
    }

    /** The chosen demand's wording. */
    public Label detailText() {
        return robot.lookup("#demand-detail-text").queryAs(Label.class);
    }

    /** The shown demand's "Change status" menu, one item a status. */
    public javafx.scene.control.MenuButton statusMenu() {
        return robot.lookup("#demand-status-menu").query();
    }

    public ListView<?> history() {
        return robot.lookup("#demand-history").queryListView();
    }

    /** The buttons that change the log ("New demand…", "Record a meeting…", "Respond…", "Edit…"…) that are offered. */
    public java.util.List<String> changesOffered() {
        return java.util.stream.Stream.of("demand-new", "demand-meeting", "demand-load-bulletins", "demand-respond",
                "demand-status-menu", "demand-edit", "demand-delete")
                .filter(id -> robot.lookup("#" + id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false))
                .toList();
    }

    /** The words saying why the log cannot be changed here, or "" when it can. */
    public String readOnlyNote() {
        return robot.lookup("#demands-read-only").tryQuery().filter(Node::isVisible)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }
}
