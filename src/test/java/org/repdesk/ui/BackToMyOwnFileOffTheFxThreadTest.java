package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.PassphraseDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Back to my own data file, from the branch casebook, through the app's own {@link OtherDesks}: the
 * file is opened on the store worker (a large file's opening froze the window when it was opened on the FX
 * thread), and a file that cannot be opened is said in one line, the window staying on the casebook.
 */
@ExtendWith(ApplicationExtension.class)
class BackToMyOwnFileOffTheFxThreadTest {

    @TempDir
    static Path dir;
    private Path ownFile;
    private RepDesk casebook;
    private Stage main;
    private MainWindow window;
    private final List<RepDesk> handedOver = new CopyOnWriteArrayList<>();
    private final List<String> onFxThread = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        ownFile = dir.resolve("own-" + System.nanoTime() + ".db");
        try (RepDesk own = RepDesk.open(ownFile)) {
            own.members().save(Builders.aMember().named("Ffion Own").build());
        }
        casebook = TestDesk.open(dir.resolve("casebook-stand-in-" + System.nanoTime()));
        window = new MainWindow(stage, casebook, false);
        window.onSwitchDesk(OtherDesks.ofTheApp(
                new org.repdesk.service.RecentCasebooks(dir.resolve("recent-" + System.nanoTime() + ".txt")),
                () -> ownFile, handedOver::add));
        window.show();
        StoreCallGuard.whenCalledOnTheFxThread(call -> onFxThread.add(StoreCallGuard.callerOf(call)));
    }

    @AfterEach
    void close(FxRobot robot) {
        StoreCallGuard.whenCalledOnTheFxThread(call -> { });
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        handedOver.forEach(RepDesk::close);
        casebook.close();
    }

    private Optional<DialogPane> failureSaid(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene().getWindow().isShowing())
                .filter(p -> Messages.text("shell.switch.ownFileNotOpened").equals(p.getHeaderText())).findFirst();
    }

    @Test
    void theOwnFileIsOpenedOnTheWorkerAndTheWindowHandedOverToIt(FxRobot robot) throws Exception {
        new FrameHandle(robot).chooseFromMenusToBeAsked("own-file");
        waitUntil(() -> handedOver.size() == 1);

        assertEquals(ownFile, handedOver.get(0).dataFile());
        assertEquals(1, handedOver.get(0).members().count(), "the rep's own file, as it was");
        assertEquals(List.of(), onFxThread, "store calls on the FX thread");
    }

    @Test
    void anOwnFileInUseIsSaidInOneLineAndTheWindowStaysOnTheCasebook(FxRobot robot) throws Exception {
        RepDesk elsewhere = RepDesk.open(ownFile); // another RepDesk has it open
        try {
            new FrameHandle(robot).chooseFromMenusToBeAsked("own-file");
            waitUntil(() -> failureSaid(robot).isPresent());
            DialogPane said = failureSaid(robot).orElseThrow();
            assertEquals("Your own data file could not be opened: you are still on the branch casebook.",
                    said.getHeaderText());
            assertTrue(said.getContentText().toLowerCase(java.util.Locale.ROOT).contains("already using"), said.getContentText());
            robot.interact(() -> ((Stage) said.getScene().getWindow()).close());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), handedOver, "no hand-over");
            assertSame(casebook, window.state().desk(), "still on the casebook");
        } finally {
            elsewhere.close();
        }

        new FrameHandle(robot).chooseFromMenusToBeAsked("own-file"); // a second try, once the file is free
        waitUntil(() -> handedOver.size() == 1);
        assertEquals(ownFile, handedOver.get(0).dataFile());
    }

    /** A protected own file: asked over the main window; a wrong passphrase asked again, not a failed switch. */
    @Test
    void aWrongPassphraseIsAskedAgainAndTheRightOneSwitches(FxRobot robot) throws Exception {
        char[] right = "Gwynfor's own passphrase 7".toCharArray();
        try (RepDesk own = RepDesk.open(ownFile)) {
            own.protection().change(null, right.clone(), right.clone());
        }
        assertTrue(RepDesk.isProtected(ownFile));

        new FrameHandle(robot).chooseFromMenusToBeAsked("own-file");
        PassphraseDialogHandle passphrase = new PassphraseDialogHandle(robot);
        waitUntil(() -> passphrase.openingField().isPresent());
        javafx.scene.control.PasswordField field = passphrase.openingField().orElseThrow();
        assertSame(main, ((Stage) field.getScene().getWindow()).getOwner(), "over the main window");
        robot.clickOn(field).write("not the passphrase");
        robot.clickOn(Messages.text("screens.passphrase.open.open"));

        String wrong = Messages.text("start.wrongPassphrase");
        waitUntil(() -> failureSaid(robot).isPresent() || robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && wrong.equals(l.getText()) && l.getScene().getWindow().isShowing()).tryQuery().isPresent());
        assertTrue(failureSaid(robot).isEmpty(), "asked again, not given up");
        assertEquals(List.of(), handedOver);
        javafx.scene.control.PasswordField again = passphrase.openingField().orElseThrow();
        robot.clickOn(again).write(new String(right));
        robot.clickOn(Messages.text("screens.passphrase.open.open"));
        waitUntil(() -> handedOver.size() == 1);
        assertEquals(ownFile, handedOver.get(0).dataFile());
        assertEquals(List.of(), onFxThread, "store calls on the FX thread");
    }
}
