package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.SettingsHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rep sets their own name, look and figures in Settings; the audit trail and briefs then name them. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private final DeskPreferences preferences = DeskPreferences.forThisSession();

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("settings-" + System.nanoTime()));
        new MainWindow(stage, desk, false, null, new ScriptedDialogs(), preferences).show();
    }

    @AfterEach
    void close(FxRobot robot) {
        // the next test starts light; on the FX thread, as in TextSizeReachesPopupsTest
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
        desk.close();
    }

    @Test
    void theRepsNameIsSavedFromSettings(FxRobot robot) throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(() -> !settings.saveButton().isDisabled());
        settings.typeName("Sam Rees").save();
        waitUntil(() -> desk.settings().repName().isPresent());
        assertEquals(Optional.of("Sam Rees"), desk.settings().repName());
    }

    @Test
    void everyProblemIsListedAtOnceAndSaveWaitsUntilNoneIsLeft(FxRobot robot) throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(() -> !settings.saveButton().isDisabled());
        settings.typeWmt("poHours", "thirty").typeWmt("weeks", "");
        String problems = settings.problems();
        assertTrue(problems.contains("PO default hours must be a number") && problems.contains("for consecutive weeks is required"),
                problems);
        assertTrue(settings.saveButton().isDisabled());
        settings.typeWmt("poHours", "37").typeWmt("weeks", "4");
        assertEquals("", settings.problems());
        settings.save();
        waitUntil(() -> !settings.open());
    }

    @Test
    void anAttendanceFigureThatIsWrongIsSaidBesideItAndNothingIsSaved(FxRobot robot) throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(() -> !settings.saveButton().isDisabled());
        settings.typeAttendance("triggerDays", "ten");
        assertEquals("Trigger: days must be a number such as 8 or 7.5.", settings.attendanceProblem("triggerDays"));
        assertEquals("", settings.attendanceProblem("triggerSpells"), "a figure not touched says nothing");
        assertEquals("", settings.problems(), "not listed at the foot as well");

        settings.typeAttendance("triggerSpells", "0").typeAttendance("triggerDays", "8");
        assertEquals("", settings.attendanceProblem("triggerDays"));
        assertTrue(settings.attendanceProblem("triggerSpells").contains("between 1 and 50"),
                settings.attendanceProblem("triggerSpells"));
        settings.save(); // refused: the dialog stays and Save waits
        waitUntil(() -> settings.saveButton().isDisabled());
        assertTrue(settings.open());

        settings.typeAttendance("triggerSpells", "5");
        waitUntil(() -> !settings.saveButton().isDisabled());
        settings.save();
        waitUntil(() -> !settings.open());
        waitUntil(() -> desk.settings().attendance().triggerSpells() == 5);
    }

    @Test
    void theDarkThemeIsUsedAtOnceAndRemembered(FxRobot robot) throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(() -> !settings.saveButton().isDisabled());
        settings.chooseTheme(DeskPreferences.Theme.DARK).save();
        waitUntil(() -> preferences.theme() == DeskPreferences.Theme.DARK);
        assertTrue(Styling.isDark());
    }

    @Test
    void theSettingsHeadingIsSettingsAndNoFigureIsCalledAPlaceholder(FxRobot robot) throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(() -> !settings.saveButton().isDisabled());
        var pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("Settings", pane.getHeaderText());
        String all = org.repdesk.i18n.Messages.text("shell.settings.wmtHint");
        assertTrue(!all.toLowerCase(java.util.Locale.ROOT).contains("placeholder"), all);
        robot.clickOn("Cancel");
    }
}
