package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A first run on a 1024x700 window: the welcome banner stays above the dashboard, so a case's form
 * has its tabs on screen without scrolling (above every screen, the banner pushed them below the fold,
 * even at 1280x780).
 */
@ExtendWith(ApplicationExtension.class)
class TheWelcomeLeavesTheCaseFormItsTabsTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("welcome-" + System.nanoTime()));
        var member = desk.members().save(aMember().number("N-1").named("Rhian Bowen").build());
        desk.cases().open(aCase(member).account("Two vacancies left unfilled since the spring.").build());
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, true).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theCaseFormsTabsAreOnScreenOnAFirstRun(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        waitUntil(frame::welcomeInSight);
        frame.openWhole(FrameHandle.Screen.CASES);
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(form::wholeFormInPlace);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = form.tabs();
        Bounds headers = tabs.localToScene(tabs.lookup(".tab-header-area").getBoundsInParent());
        Bounds view = form.scroller().localToScene(form.scroller().getLayoutBounds());
        assertTrue(headers.getMaxY() <= view.getMaxY(), "the tabs end at " + headers.getMaxY()
                + ", the form's view at " + view.getMaxY());
        assertFalse(frame.welcomeInSight(), "the banner waits on the dashboard");

        frame.open(FrameHandle.Screen.DASHBOARD);
        assertTrue(frame.welcomeInSight(), "back on the dashboard, the banner is there");
    }
}
