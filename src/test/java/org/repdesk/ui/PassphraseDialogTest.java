package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.PassphraseDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tools ▸ Passphrase: the rep protects the file from the running app, and the window says so. */
@ExtendWith(ApplicationExtension.class)
class PassphraseDialogTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Path file;

    @Start
    void start(Stage stage) {
        file = dir.resolve("protect-" + System.nanoTime());
        desk = TestDesk.open(file);
        new MainWindow(stage, desk, true).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theRepProtectsTheFileFromTheWelcomeBannerAndTheNoteBesideTheNavigationChanges(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        assertTrue(frame.protectionNote().contains("not encrypted"));
        robot.clickOn(frame.welcomeProtect());
        PassphraseDialogHandle dialog = new PassphraseDialogHandle(robot);
        dialog.typeNew("short").typeRepeated("shorter");
        assertTrue(dialog.newProblem().contains("at least 12 characters"), dialog.newProblem());
        assertEquals("The two passphrases are not the same.", dialog.repeatProblem());
        assertTrue(dialog.strength().startsWith("Too short: 5 of"), dialog.strength());
        assertTrue(dialog.protectButton().isDisabled(), "a weak passphrase cannot be set");

        dialog.typeNew("correct horse battery").typeRepeated("correct horse battery");
        assertEquals("", dialog.newProblem());
        assertEquals("Good: 21 characters", dialog.strength());
        assertFalse(dialog.protectButton().isDisabled());
        dialog.protect();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.protection().isProtected());
        // The "done" message: wait until it is really on screen (the working window closes first).
        java.util.function.Predicate<javafx.scene.Node> shownOk = n -> n instanceof Button b && "OK".equals(b.getText())
                && b.isVisible() && b.getScene() != null && b.getScene().getWindow() != null
                && b.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(shownOk).tryQuery().isPresent());
        Button ok = robot.lookup(shownOk).queryButton();
        robot.interact(ok::fire);

        assertTrue(RepDesk.isProtected(desk.dataFile()), "the file on disk is encrypted, not only the flag");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(frame.protectionNote().contains("encrypted with your passphrase"));
        assertTrue(frame.welcomeProtect().isDisabled());
    }
}
