package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rep sets their own name in Settings; the audit trail and briefs then name them. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("settings-" + System.nanoTime()));
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theRepsNameIsSavedFromSettings(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        robot.clickOn("#settings-rep-name").write("Sam Rees");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.settings().repName().isPresent());
        assertEquals(Optional.of("Sam Rees"), desk.settings().repName());
    }
}
