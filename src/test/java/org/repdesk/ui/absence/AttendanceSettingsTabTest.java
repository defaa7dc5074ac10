package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
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
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        robot.clickOn("Attendance");
        robot.doubleClickOn("#attendance-triggerDays").eraseText(2).write("10");
        robot.clickOn("Save");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.settings().attendance().triggerDays() == 10);
        assertEquals(10, desk.absences().calculator().settings().triggerDays());
    }
}
