package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Deadline;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard on a 1024x700 window: a deadline's long title is read whole in its tile (it read
 * "Return notes of…"), every tile's words stay inside the tile, and the tiles use the row's width
 * (two tiles of 330 pixels left a third of it blank).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardTilesFitTest {

    private static final String LONG_TITLE = "Return notes of the meeting with the member's corrections";

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("tiles-" + System.nanoTime()));
        var member = desk.members().save(aMember().named("Mairéad Ahmed-Llewellyn").build());
        var opened = desk.cases().open(aCase(member).build());
        desk.cases().addDeadline(Deadline.of(opened.id(), desk.cases().today().minusDays(3), LONG_TITLE, false));
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aDeadlinesLongTitleIsReadWholeInsideItsTile(FxRobot robot) throws Exception {
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(30, () -> dashboard.hasTile("overdue") && "1".equals(dashboard.figure("overdue")));
        WaitForAsyncUtils.waitForFxEvents();
        String detail = dashboard.detail("overdue");
        assertTrue(detail.contains(LONG_TITLE), "the tile lists: " + detail);
        // Wrapped, the title's second line begins under its first word, not at the tile's edge under the date.
        Text title = dashboard.dueTitles("overdue").get(0);
        Node tileOf = dashboard.tile("overdue");
        Bounds titleIn = tileOf.sceneToLocal(title.localToScene(title.getLayoutBounds()));
        double edge = tileOf.lookup(".tile-label").getBoundsInParent().getMinX();
        assertEquals(LONG_TITLE, title.getText());
        assertTrue(titleIn.getHeight() > 1.5 * title.getFont().getSize(), "a title this long wraps: " + titleIn);
        assertTrue(titleIn.getMinX() < tileOf.getLayoutBounds().getWidth() / 2,
                "the title has the rest of the row, from " + titleIn.getMinX() + " in a tile " + tileOf.getLayoutBounds().getWidth()
                + " beside " + title.getParent().getChildrenUnmodifiable().get(0).getLayoutBounds() + " wrapped at " + title.getWrappingWidth());
        assertTrue(titleIn.getMinX() > edge + 40, "the title's lines start at " + titleIn.getMinX() + ", the tile's words at " + edge);
        List<String> outside = new ArrayList<>();
        for (String which : List.of("open", "overdue", "soon", "factor", "wmt", "demands")) {
            Node tile = dashboard.tile(which);
            for (Node n : tile.lookupAll("Text")) {
                Bounds b = tile.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                if (b.getMaxX() > tile.getLayoutBounds().getWidth() + 0.5 || b.getMaxY() > tile.getLayoutBounds().getHeight() + 0.5) {
                    outside.add(which + ": \"" + ((Text) n).getText() + "\" to " + b.getMaxX() + "," + b.getMaxY()
                            + " in a tile " + tile.getLayoutBounds().getWidth() + "x" + tile.getLayoutBounds().getHeight());
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void theTilesShareTheRowsWidth(FxRobot robot) throws Exception {
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(30, () -> dashboard.hasTile("demands"));
        WaitForAsyncUtils.waitForFxEvents();
        var pane = dashboard.tiles();
        double rowEnd = 0;
        for (Node tile : pane.getChildren()) {
            if (tile.getLayoutY() == dashboard.tile("open").getLayoutY()) {
                rowEnd = Math.max(rowEnd, tile.getBoundsInParent().getMaxX());
            }
        }
        double blank = pane.getWidth() - pane.snappedRightInset() - rowEnd;
        assertTrue(blank < 14.5, blank + " pixels blank at the end of a row " + pane.getWidth() + " wide");
    }
}
