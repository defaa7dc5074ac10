package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.ui.handles.PassphraseDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The prompt at start for a file that looks protected: open with the passphrase, or restore a backup. */
@ExtendWith(ApplicationExtension.class)
class PassphrasePromptTest {

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    /** Whatever a failed test left open is closed, so the prompt's nested event loop ends. */
    @AfterEach
    void closePrompts(FxRobot robot) {
        robot.interact(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getModality() != javafx.stage.Modality.NONE || w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .forEach(javafx.stage.Window::hide));
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup((javafx.scene.Node n) -> n instanceof Button b && text.equals(b.getText())).queryButton();
    }

    private static boolean hasButton(FxRobot robot, String text) {
        return robot.lookup((javafx.scene.Node n) -> n instanceof Button b && text.equals(b.getText())).tryQuery().isPresent();
    }

    private static CompletableFuture<PassphraseDialog.Answer> ask(boolean backupsExist) {
        CompletableFuture<PassphraseDialog.Answer> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(PassphraseDialog.askToOpen(Path.of("/data/repdesk.db"),
                "That passphrase is not right.", backupsExist)));
        return answer;
    }

    @Test
    void theTypedPassphraseIsHandedBackOnOpen(FxRobot robot) throws Exception {
        CompletableFuture<PassphraseDialog.Answer> answer = ask(false);
        // The dialog's button bar is laid out a pulse after the dialog shows: wait for its buttons.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasButton(robot, "Quit") && hasButton(robot, "Open"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!hasButton(robot, "Restore a backup…"), "no restore without backups");
        assertTrue(button(robot, "Open").isDisabled(), "nothing typed yet");
        new PassphraseDialogHandle(robot).typeOpening("correct horse battery");
        Button open = button(robot, "Open");
        robot.interact(open::fire);
        PassphraseDialog.Answer a = answer.get(10, TimeUnit.SECONDS);
        assertEquals(PassphraseDialog.Choice.OPEN, a.choice());
        assertArrayEquals("correct horse battery".toCharArray(), a.passphrase());
    }

    @Test
    void aRepWhoNeverSetAPassphraseCanRestoreABackupInstead(FxRobot robot) throws Exception {
        CompletableFuture<PassphraseDialog.Answer> answer = ask(true);
        // The dialog's button bar is laid out a pulse after the dialog shows: wait for its buttons.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasButton(robot, "Quit") && hasButton(robot, "Open"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && "That passphrase is not right.".equals(l.getText())).tryQuery().isPresent());
        Button restore = button(robot, "Restore a backup…");
        robot.interact(restore::fire);
        PassphraseDialog.Answer a = answer.get(10, TimeUnit.SECONDS);
        assertEquals(PassphraseDialog.Choice.RESTORE, a.choice());
        assertNull(a.passphrase());
    }

    @Test
    void whileRepDeskRunsItStandsOverTheWindowAndCancelQuitsNothing(FxRobot robot) throws Exception {
        CompletableFuture<PassphraseDialog.Answer> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(PassphraseDialog.askToOpen(main, Path.of("/data/repdesk.db"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasButton(robot, "Cancel") && hasButton(robot, "Open"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!hasButton(robot, "Quit"), "not opening the file quits nothing");
        Button cancel = button(robot, "Cancel");
        assertEquals(main, ((Stage) cancel.getScene().getWindow()).getOwner(), "over the main window");
        robot.interact(cancel::fire);
        PassphraseDialog.Answer a = answer.get(10, TimeUnit.SECONDS);
        assertEquals(PassphraseDialog.Choice.CANCEL, a.choice(), "said as Cancel, not as the start's Quit");
        assertNull(a.passphrase());
    }
}
