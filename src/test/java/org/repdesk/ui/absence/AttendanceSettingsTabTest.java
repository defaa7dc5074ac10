package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.SettingsHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rep sets the local agreement's trigger in Settings ▸ Attendance; the calculator then uses it. */
@ExtendWith(ApplicationExtension.class)
class AttendanceSettingsTabTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("attendance-" + System.nanoTime()));
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theTriggerDaysAreSavedFromTheAttendanceTab(FxRobot robot) throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        robot.clickOn("Attendance");
        settings.typeTriggerDays("10");
        robot.clickOn("Save");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.settings().attendance().triggerDays() == 10);
        assertEquals(10, desk.absences().calculator().settings().triggerDays());
    }
}
