package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A file with no rep's name (made by demo or the command line): the dashboard asks, and stops asking
 * once the name is saved through Tools ▸ Settings, not only through the notice's own button; F5
 * finds a name changed outside the window.
 */
@ExtendWith(ApplicationExtension.class)
class RepNameNoticeJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("notice-" + System.nanoTime())); // not a first run: no welcome
        new MainWindow(stage, desk, false, null, new ScriptedDialogs(), DeskPreferences.forThisSession()).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNameSavedInToolsSettingsTakesTheNoticeAwayAndF5FindsItClearedElsewhere(FxRobot robot) throws Exception {
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        FrameHandle frame = new FrameHandle(robot);
        waitUntil(dashboard::nameNoticeShown);

        var settings = frame.openSettings(); // Ctrl+comma, not the notice's button
        waitUntil(() -> !settings.saveButton().isDisabled()); // read, so Save can be pressed
        settings.typeName("Sian Rees");
        settings.save();
        waitUntil(() -> !settings.open()); // saved on the worker, then closed
        assertEquals(Optional.of("Sian Rees"), desk.settings().repName());
        waitUntil(() -> !dashboard.nameNoticeShown());

        desk.settings().saveRepName(""); // cleared by the command line while the window is open
        frame.press(KeyCode.F5);
        waitUntil(dashboard::nameNoticeShown);

        dashboard.setNameFromNotice().typeName("Dana Rep").save();
        waitUntil(() -> !dashboard.nameNoticeShown());
        assertTrue(desk.settings().repName().isPresent());
    }

    @Test
    void setYourNameOpensSettingsWithTheCursorInYourNameSoTheRepTypesStraightAway(FxRobot robot) throws Exception {
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(dashboard::nameNoticeShown);

        var settings = dashboard.setNameFromNotice();
        waitUntil(() -> settings.nameField().isFocused() && !settings.saveButton().isDisabled());
        robot.targetWindow(settings.nameField().getScene().getWindow()); // typed to Settings, with no click first
        robot.write("Dana Rep");
        assertEquals("Dana Rep", settings.nameField().getText());
        settings.save();
        waitUntil(() -> !settings.open());
        assertEquals(Optional.of("Dana Rep"), desk.settings().repName());
    }
}
