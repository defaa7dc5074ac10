package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.papers.Runner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Back to my own data file: the Working window stands over the main window only while the file opens (not
 * for the quick check whether it is protected), and as the switch's waiting window: the main window takes
 * no key meanwhile, so nothing is typed into the casebook's forms that the hand-over would then discard.
 */
@ExtendWith(ApplicationExtension.class)
class BackToMyOwnFileWorkingWindowTest {

    @TempDir
    static Path dir;
    private RepDesk casebook;
    private RepDesk own;
    private Stage main;
    private final CountDownLatch checkBegun = new CountDownLatch(1);
    private final CountDownLatch checkHeld = new CountDownLatch(1);
    private final CountDownLatch openBegun = new CountDownLatch(1);
    private final CountDownLatch openHeld = new CountDownLatch(1);
    private final List<RepDesk> handedOver = new CopyOnWriteArrayList<>();
    private final List<KeyEvent> reachedTheMainWindow = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        casebook = TestDesk.open(dir.resolve("casebook-stand-in-" + System.nanoTime()));
        own = TestDesk.open(dir.resolve("own-" + System.nanoTime()));
        MainWindow window = new MainWindow(stage, casebook, false);
        window.onSwitchDesk(new OtherDesks() {
            @Override
            public void signIn(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened) {
                notOpened.run();
            }

            @Override
            public void ownFile(Window owner, Runner checking, Runner opening, Consumer<RepDesk> opened, Runnable notOpened) {
                checking.run("not checked", () -> {
                    checkBegun.countDown();
                    return checkHeld.await(30, TimeUnit.SECONDS);
                }, x -> opening.run("not opened", () -> {
                    openBegun.countDown();
                    openHeld.await(30, TimeUnit.SECONDS);
                    return own;
                }, opened));
            }

            @Override
            public void handOver(RepDesk next) {
                handedOver.add(next);
            }
        });
        window.show();
        stage.getScene().getRoot().addEventHandler(KeyEvent.KEY_PRESSED, reachedTheMainWindow::add);
    }

    @AfterEach
    void close(FxRobot robot) {
        checkHeld.countDown();
        openHeld.countDown();
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        casebook.close();
        own.close();
    }

    private boolean workingShown(FxRobot robot) {
        String opening = Messages.text("shell.switch.openingOwnFile");
        return robot.lookup((javafx.scene.Node n) -> n instanceof Label l && opening.equals(l.getText())
                && l.getScene().getWindow().isShowing()).tryQuery().isPresent();
    }

    @Test
    void theWorkingWindowStandsOnlyWhileTheFileOpensAndTheMainWindowTakesNoKeyMeanwhile(FxRobot robot) throws Exception {
        new FrameHandle(robot).chooseFromMenusToBeAsked("own-file");
        assertTrue(checkBegun.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(workingShown(robot), "not for the check whether the file is protected");

        checkHeld.countDown();
        assertTrue(openBegun.await(30, TimeUnit.SECONDS));
        waitUntil(() -> workingShown(robot));
        robot.interact(() -> Event.fireEvent(main.getScene().getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, false, false, false)));
        assertEquals(List.of(), reachedTheMainWindow, "a key while the file opens does not reach the casebook's window");

        openHeld.countDown();
        waitUntil(() -> handedOver.size() == 1);
        waitUntil(() -> !workingShown(robot));
    }
}
