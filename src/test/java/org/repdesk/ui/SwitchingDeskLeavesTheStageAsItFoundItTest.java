package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.repdesk.testing.FxWait.waitUntil;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
import org.repdesk.ui.handles.WorkingHandle;
import org.repdesk.ui.papers.Runner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's stage outlives every desk shown in it (File ▸ Open branch casebook…, Back to my own
 * data file): each window retired at a switch takes off the stage all it put there. Its size-and-place
 * listeners stayed, so every switch kept the window before (and its screens' dividers) alive through the
 * stage; a switch that failed half-way left its handlers on the stage and no further switch could begin.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchingDeskLeavesTheStageAsItFoundItTest {

    @TempDir
    static Path dir;
    private RepDesk own;
    private RepDesk casebook;
    private Stage main;
    private volatile MainWindow shown;
    /** Each window retired at a switch, as it went. */
    private final List<WeakReference<MainWindow>> retired = new ArrayList<>();
    private final List<WeakReference<WindowMemory>> retiredMemories = new ArrayList<>();
    private final AtomicInteger switches = new AtomicInteger();
    private final AtomicInteger signIns = new AtomicInteger();
    /** Set: the hand-over fails (the next desk's window could not be made, say). */
    private volatile boolean handOverFails;
    /** Set: the store worker is held at work from the sign-in until this is counted down. */
    private volatile CountDownLatch busyAtTheSignIn;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        own = TestDesk.open(dir.resolve("own-" + System.nanoTime()));
        casebook = TestDesk.open(dir.resolve("casebook-stand-in-" + System.nanoTime()));
        show(own);
    }

    /** A window on {@code desk} in the stage, which switches between the two desks as App.switchDesk does. */
    private void show(RepDesk desk) {
        MainWindow window = new MainWindow(main, desk, false);
        window.onSwitchDesk(new OtherDesks() {
            @Override
            public void signIn(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened) {
                signIns.incrementAndGet();
                CountDownLatch busy = busyAtTheSignIn;
                if (busy != null) {
                    window.state().background().attempt(() -> busy.await(30, TimeUnit.SECONDS), x -> { }, x -> { });
                }
                opened.accept(desk == own ? casebook : own);
            }

            @Override
            public void ownFile(Window owner, Runner checking, Runner opening, Consumer<RepDesk> opened,
                    Runnable notOpened) {
                opened.accept(own);
            }

            @Override
            public void handOver(RepDesk next) {
                if (handOverFails) {
                    throw new IllegalStateException("the next desk's window could not be made (a test's failure)");
                }
                window.retire();
                retired.add(new WeakReference<>(window));
                retiredMemories.add(new WeakReference<>(window.memory()));
                show(next);
                switches.incrementAndGet();
            }
        });
        window.show();
        shown = window;
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        own.close();
        casebook.close();
    }

    @Test
    void eachWindowRetiredAtASwitchIsLetGoByTheStage(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".menu-bar").tryQuery().isPresent());
        for (int i = 1; i <= 4; i++) { // to the casebook and back, twice
            new FrameHandle(robot).chooseFromMenus("open-casebook"); // the stand-in casebook is a data file: its menus offer it too
            int done = i;
            waitUntil(() -> switches.get() == done);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> main.setWidth(main.getWidth() - 10)); // the stage's listeners still at work

        waitUntil(() -> { // what the FX thread has still to run may hold them a moment
            System.gc();
            return retiredMemories.stream().allMatch(r -> r.get() == null) && retired.stream().allMatch(r -> r.get() == null);
        });
    }

    @Test
    void aSwitchFailingHalfWayLeavesTheWindowToTheRepAndAnotherSwitchMayBegin(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".menu-bar").tryQuery().isPresent());
        MainWindow window = shown;
        handOverFails = true;
        // The failure goes to the FX thread's uncaught-exception handler, as in the app: not this test's failure.
        WaitForAsyncUtils.autoCheckException = false;
        try {
            failsHalfWay(robot, window);
        } finally {
            WaitForAsyncUtils.clearExceptions();
            WaitForAsyncUtils.autoCheckException = true;
        }
    }

    private void failsHalfWay(FxRobot robot, MainWindow window) throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        busyAtTheSignIn = busy; // the Working window stands over the window before the hand-over
        new FrameHandle(robot).chooseFromMenus("open-casebook");
        waitUntil(new WorkingHandle(robot)::shown);
        busy.countDown();
        waitUntil(() -> !new WorkingHandle(robot).shown());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.deskSwitch().holdsTheStage(), "the switch's handlers off the stage");
        FrameHandle frame = new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS); // a click
        waitUntil(() -> frame.selected() == FrameHandle.Screen.MEMBERS);

        busyAtTheSignIn = null;
        frame.chooseFromMenus("open-casebook");
        waitUntil(() -> signIns.get() == 2);
        assertEquals(0, switches.get());
    }

    @Test
    void aWindowClosedDuringTheSwitchTakesTheSwitchsHandlersOff(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".menu-bar").tryQuery().isPresent());
        MainWindow window = shown;
        CountDownLatch busy = new CountDownLatch(1);
        busyAtTheSignIn = busy;
        new FrameHandle(robot).chooseFromMenus("open-casebook");
        waitUntil(new WorkingHandle(robot)::shown);
        robot.interact(main::hide); // closed with the Working window over it: the switch ends there
        busy.countDown();
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(window.deskSwitch().holdsTheStage(), "the switch's handlers off the stage");
        robot.interact(main::show); // the stage shown again: nothing of the switch left swallowing input
        FrameHandle frame = new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS);
        waitUntil(() -> frame.selected() == FrameHandle.Screen.MEMBERS);
    }
}
