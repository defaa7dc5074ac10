package org.repdesk.ui.handles;

import javafx.scene.Node;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/** The dashboard as a test sees it: its tiles by what they count. */
public final class DashboardPageHandle {

    private final FxRobot robot;

    public DashboardPageHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** The buttons above the tiles: the caseload report and the hearings' summaries. */
    public java.util.List<javafx.scene.control.Button> topButtons() {
        return java.util.List.of(robot.lookup("#dashboard-report").queryButton(),
                robot.lookup("#dashboard-hearings").queryButton());
    }

    /** A tile: "open", "overdue", "soon", "factor", "wmt" or "demands". */
    public Node tile(String which) {
        return robot.lookup("#tile-" + which).query();
    }

    public boolean hasTile(String which) {
        return robot.lookup("#tile-" + which).tryQuery().isPresent();
    }

    public String figure(String which) {
        return robot.lookup("#tile-" + which + " .tile-figure").queryAs(Text.class).getText();
    }

    /** A tile's lines under its label (the deadlines it lists, the counts by type), a line each. */
    public String detail(String which) {
        javafx.scene.layout.VBox lines = robot.lookup("#tile-" + which + " .tile-detail-lines").queryAs(javafx.scene.layout.VBox.class);
        return lines.getChildren().stream().map(line -> line instanceof Text t ? t.getText()
                : ((javafx.scene.layout.Pane) line).getChildren().stream().map(n -> ((Text) n).getText())
                        .collect(java.util.stream.Collectors.joining()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The titles of the deadlines a tile lists, each beside its date and reference. */
    public java.util.List<Text> dueTitles(String which) {
        return robot.lookup("#tile-" + which + " .tile-due-title").queryAllAs(Text.class).stream().toList();
    }

    /** The pane the tiles sit in, row by row. */
    public javafx.scene.layout.Pane tiles() {
        return (javafx.scene.layout.Pane) tile("open").getParent();
    }

    /** The caseload report's button: its preview opens (see {@link DocumentPreviewHandle}). */
    public void openCaseloadReport() {
        robot.clickOn("#dashboard-report");
    }

    /** The notice asking for the rep's name ("Your changes are recorded … as made by …") is in sight. */
    public boolean nameNoticeShown() {
        return robot.lookup("#dashboard-name-notice").tryQuery().map(Node::isVisible).orElse(false);
    }

    /** As {@link #nameNoticeShown}, in a window not yet on screen (its first frame still to come). */
    public static boolean nameNoticeShownIn(javafx.scene.Scene scene) {
        Node notice = scene == null ? null : scene.lookup("#dashboard-name-notice");
        return notice != null && notice.isVisible();
    }

    /** True once the dashboard's caseload report button in {@code scene} is styled (has its skin), shown or not. */
    public static boolean styledIn(javafx.scene.Scene scene) {
        Node report = scene == null ? null : scene.lookup("#dashboard-report");
        return report instanceof javafx.scene.control.Control c && c.getSkin() != null;
    }

    /** A tile in {@code scene} (a window shown or not); null while it has no tiles. */
    public static Node tileIn(javafx.scene.Scene scene, String which) {
        return scene == null ? null : scene.lookup("#tile-" + which);
    }

    /** True once the tile {@code which} in {@code scene} (a window shown or not) is styled: the stylesheet gives it its padding. */
    public static boolean tileStyledIn(javafx.scene.Scene scene, String which) {
        return tileIn(scene, which) instanceof javafx.scene.layout.Region tile && tile.getPadding().getLeft() > 0;
    }

    /** A tile's big figure in {@code scene} (a window shown or not, see {@link #tile}); null while it has no tiles. */
    public static String tileFigureIn(javafx.scene.Scene scene, String which) {
        Node figure = scene == null ? null : scene.lookup("#tile-" + which + " .tile-figure");
        return figure instanceof Text t ? t.getText() : null;
    }

    /** The scroll pane the dashboard's tiles in {@code scene} are inside; null when they are in none. */
    public static javafx.scene.control.ScrollPane scrollPaneIn(javafx.scene.Scene scene) {
        for (Node n = scene == null ? null : scene.lookup("#tile-open"); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** The notice's "Set your name…": Tools ▸ Settings opens on its first tab, You. */
    public SettingsHandle setNameFromNotice() {
        robot.clickOn("#dashboard-name-set");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return new SettingsHandle(robot);
    }

    /** The notice's "Later": put off until the next start. */
    public void putNameOff() {
        robot.clickOn("#dashboard-name-later");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The notice asking for the rep's name itself (its words and its two buttons). */
    public javafx.scene.layout.Region nameNotice() {
        return robot.lookup("#dashboard-name-notice").query();
    }

    /** The notice's two buttons, "Set your name…" and "Later". */
    public java.util.List<javafx.scene.control.Button> nameNoticeButtons() {
        return java.util.List.of(robot.lookup("#dashboard-name-set").queryButton(),
                robot.lookup("#dashboard-name-later").queryButton());
    }
}
