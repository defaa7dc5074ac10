package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.ConfirmHandle;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.SettingsHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings opened while the store worker is busy, so its figures arrive after the rep's first click: what
 * the dialog reads is its own, not the rep's typing (Esc closes it at once), and a name typed before they
 * arrive is kept, not replaced by the one read.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsReadAfterTheFirstClickIsNotTypingTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage main;
    private MainWindow window;
    private final CountDownLatch busy = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("settings-late-" + System.nanoTime()));
        desk.settings().saveRepName("Rhian Rep");
        window = new MainWindow(stage, desk, false, null, new ScriptedDialogs(), DeskPreferences.forThisSession());
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        busy.countDown();
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        desk.close();
    }

    /** Settings open, its figures held back behind the worker's job in hand until {@link #busy} is counted down. */
    private SettingsHandle settingsWhileTheWorkerIsBusy(FxRobot robot) throws Exception {
        waitUntil(() -> !window.state().background().working()); // the lists read first
        robot.interact(() -> window.state().background().attempt(() -> busy.await(30, TimeUnit.SECONDS), x -> { }, x -> { }));
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(settings::open);
        return settings;
    }

    @Test
    void escClosesSettingsTouchedOnlyBeforeItsFiguresArrived(FxRobot robot) throws Exception {
        SettingsHandle settings = settingsWhileTheWorkerIsBusy(robot);
        robot.clickOn(settings.nameField()); // the rep's first click, before the figures are read
        busy.countDown();
        waitUntil(() -> !settings.saveButton().isDisabled());
        assertEquals("Rhian Rep", settings.nameField().getText());

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !settings.open());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(new ConfirmHandle(robot).asked(), "nothing the rep typed: closed without asking");
    }

    @Test
    void aNameTypedBeforeTheFiguresArrivedIsKeptAndSaved(FxRobot robot) throws Exception {
        SettingsHandle settings = settingsWhileTheWorkerIsBusy(robot);
        settings.typeName("Sam Rees");
        busy.countDown();
        waitUntil(() -> !settings.saveButton().isDisabled());
        assertEquals("Sam Rees", settings.nameField().getText(), "not replaced by the name read");

        settings.save();
        waitUntil(() -> !settings.open());
        assertEquals(Optional.of("Sam Rees"), desk.settings().repName());
    }

    @Test
    void typingFromTheNoticeGoesOnAfterTheFiguresArriveWithoutReplacingWhatWasTyped(FxRobot robot) throws Exception {
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        desk.settings().saveRepName(""); // no name yet: the dashboard's notice asks for it
        new FrameHandle(robot).press(KeyCode.F5);
        waitUntil(dashboard::nameNoticeShown);
        waitUntil(() -> !window.state().background().working());
        robot.interact(() -> window.state().background().attempt(() -> busy.await(30, TimeUnit.SECONDS), x -> { }, x -> { }));
        SettingsHandle settings = dashboard.setNameFromNotice();
        waitUntil(() -> settings.open() && settings.nameField().isFocused());
        robot.targetWindow(settings.nameField().getScene().getWindow()); // typed with no click first
        robot.write("Dana");
        busy.countDown();
        waitUntil(() -> !settings.saveButton().isDisabled());
        robot.write(" Rep"); // the rep goes on typing once the figures are read
        assertEquals("Dana Rep", settings.nameField().getText(), "what was typed before the read is not selected and replaced");
    }

    /** The stage lists and WMT figures cannot be typed in until they are read: the read would replace the typing. */
    @Test
    void theStagesAndWmtFiguresWaitForTheirRead(FxRobot robot) throws Exception {
        SettingsHandle settings = settingsWhileTheWorkerIsBusy(robot);
        javafx.scene.Node stages = settings.partOnAnyTab("stages-capability");
        javafx.scene.Node poTarget = settings.partOnAnyTab("wmt-poTarget");
        assertTrue(stages.isDisabled(), "the stage list not typed in before it is read");
        assertTrue(poTarget.isDisabled(), "the WMT figures not typed in before they are read");

        busy.countDown();
        waitUntil(() -> !settings.saveButton().isDisabled());
        assertFalse(stages.isDisabled());
        assertFalse(poTarget.isDisabled());
        assertFalse(((javafx.scene.control.TextArea) stages).getText().isEmpty(), "the stages read are shown");
    }
}
