package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BriefsPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Briefs form in Welsh on a 1024x700 window with the text two steps larger (Ctrl+plus twice,
 * 18 px): it scrolled sideways, and the period's dates showed half their calendar buttons.
 */
@ExtendWith(ApplicationExtension.class)
class BriefFormWithLargerTextTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        desk = TestDesk.open(dir.resolve("brief-large-" + System.nanoTime()));
        CampaignBulletins.load(desk.demands());
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close(FxRobot robot) {
        // On the FX thread: restyling the shown window from the test thread raced its layout (TextSizeReachesPopupsTest).
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.ENGLISH);
        desk.close();
    }

    @Test
    void theFormFitsItsPaneWithoutScrollingSideways(FxRobot robot) throws Exception {
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, 18)); // the window reads its own at start
        new FrameHandle(robot).open(FrameHandle.Screen.BRIEFS);
        BriefsPageHandle page = new BriefsPageHandle(robot);
        waitUntil(() -> page.fieldsInPlace() && page.demands().getItems().size() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Node at = page.from();
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        ScrollPane scroller = (ScrollPane) at;
        double content = scroller.getContent().getLayoutBounds().getWidth();
        double view = scroller.getViewportBounds().getWidth();
        assertTrue(content <= view + 0.5, "the form is " + content + " px wide in a pane showing " + view);
        var field = page.from().localToScene(page.from().getLayoutBounds());
        var pane = scroller.localToScene(scroller.getLayoutBounds());
        assertTrue(field.getMaxX() <= pane.getMaxX() + 0.5, "the date ends at " + field.getMaxX() + ", the pane at " + pane.getMaxX());
    }
}
