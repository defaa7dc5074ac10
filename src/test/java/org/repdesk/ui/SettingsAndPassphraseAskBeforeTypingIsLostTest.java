package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.repdesk.i18n.Messages;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.ConfirmHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.PassphraseDialogHandle;
import org.repdesk.ui.handles.SettingsHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings and Tools ▸ Passphrase ask before what was typed is lost, as the form dialogs do: Esc,
 * Cancel, Ctrl+W and the close box ask Keep editing (the default) or Discard once something is typed
 * (a passphrase counts, and is never said back); untouched, they close at once.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsAndPassphraseAskBeforeTypingIsLostTest {

    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("asks-" + System.nanoTime()));
        // The first run's window: its welcome offers Protect, as Tools ▸ Passphrase does.
        new MainWindow(stage, desk, true, null, new ScriptedDialogs(), DeskPreferences.forThisSession()).show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1000);
        stage.setHeight(680);
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        desk.close();
    }

    @Test
    void settingsWithANameTypedAskAndKeepEditingKeepsItThenDiscardClosesWithNothingSaved(FxRobot robot)
            throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(() -> !settings.saveButton().isDisabled());
        settings.typeName("Sam Rees");
        ConfirmHandle question = new ConfirmHandle(robot);

        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        assertEquals("Discard what was typed in \u201cSettings\u201d?", question.question());
        assertTrue(question.stayIsTheDefault());
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(settings.open(), "Keep editing goes back to Settings");
        assertEquals("Sam Rees", settings.nameField().getText());

        robot.clickOn(settings.nameField());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !settings.open());
        assertEquals(Optional.empty(), desk.settings().repName(), "discarded, not saved");
    }

    @Test
    void settingsUntouchedCloseAtOnce(FxRobot robot) throws Exception {
        SettingsHandle settings = new FrameHandle(robot).openSettings();
        waitUntil(() -> !settings.saveButton().isDisabled());
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !settings.open());
        assertFalse(new ConfirmHandle(robot).asked());
    }

    @Test
    void aPassphraseTypedIsAskedAboutWithoutBeingSaidBack(FxRobot robot) throws Exception {
        robot.clickOn(new FrameHandle(robot).welcomeProtect());
        PassphraseDialogHandle passphrase = new PassphraseDialogHandle(robot);
        waitUntil(passphrase::open);
        passphrase.typeNew(PASSPHRASE);
        ConfirmHandle question = new ConfirmHandle(robot);

        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        assertEquals("Discard what was typed in \u201cPassphrase\u201d?", question.question());
        assertFalse(question.question().contains(PASSPHRASE) || question.detail().contains(PASSPHRASE));
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(passphrase.open());
        assertTrue(passphrase.newTyped(), "Keep editing keeps the passphrase typed");

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !passphrase.open());
        assertFalse(RepDesk.isProtected(desk.dataFile()), "discarded: the file is not protected");
    }

    @Test
    void aPassphraseTypedThenClearedClosesAtOnceAndUntouchedToo(FxRobot robot) throws Exception {
        robot.clickOn(new FrameHandle(robot).welcomeProtect());
        PassphraseDialogHandle passphrase = new PassphraseDialogHandle(robot);
        waitUntil(passphrase::open);
        passphrase.typeNew(PASSPHRASE).typeNew("");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !passphrase.open());
        assertFalse(new ConfirmHandle(robot).asked());

        robot.clickOn(new FrameHandle(robot).welcomeProtect());
        waitUntil(passphrase::open);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !passphrase.open());
        assertFalse(new ConfirmHandle(robot).asked());
    }
}
