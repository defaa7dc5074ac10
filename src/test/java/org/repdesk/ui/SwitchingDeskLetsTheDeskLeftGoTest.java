package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.repdesk.testing.FxWait.waitUntil;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.papers.Runner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Open branch casebook… hands the window to the casebook as the app does (App.switchDesk: the
 * window it leaves retired, a new one made on the same stage). The window stays where the rep had it
 * (it moved to where it was at the last close), and the window left, with its lists and screens, is no
 * longer held by the stage: each switch kept the one before alive through the stage's handlers, so a
 * rep going back and forth held every desk's lists at once.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchingDeskLetsTheDeskLeftGoTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private RepDesk casebook;
    private Stage main;
    private WeakReference<DeskState> left;
    private volatile MainWindow handedTo;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("own-" + System.nanoTime()));
        casebook = TestDesk.open(dir.resolve("casebook-stand-in-" + System.nanoTime()));
        desk.cases().open(Builders.aCase(desk.members().save(Builders.aMember().named("Gwen Price").build())).build());
        MainWindow first = new MainWindow(stage, desk, false);
        left = new WeakReference<>(first.state());
        first.onSwitchDesk(new OtherDesks() {
            @Override
            public void signIn(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened) {
                opened.accept(casebook);
            }

            @Override
            public void ownFile(Window owner, Runner checking, Runner opening, Consumer<RepDesk> opened,
                    Runnable notOpened) {
                notOpened.run();
            }

            @Override
            public void handOver(RepDesk next) { // as App.switchDesk
                first.retire();
                MainWindow window = new MainWindow(main, next, false);
                window.show();
                handedTo = window;
            }
        });
        first.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        desk.close();
        casebook.close();
    }

    @Test
    void theWindowHandedToTheCasebookStaysWhereItWasAndNoLongerHoldsTheOwnFilesWindow(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".menu-bar").tryQuery().isPresent());
        robot.interact(() -> { // where the rep moved it
            main.setX(40);
            main.setY(30);
            main.setWidth(1100);
            main.setHeight(720);
        });
        List<Double> where = List.of(main.getX(), main.getY(), main.getWidth(), main.getHeight());
        new FrameHandle(robot).chooseFromMenus("open-casebook");
        waitUntil(() -> handedTo != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(where, List.of(main.getX(), main.getY(), main.getWidth(), main.getHeight()),
                "the window stays where the rep had it, as big");
        assertSame(casebook, handedTo.state().desk(), "the window works on the casebook");

        for (int i = 0; i < 20 && left.get() != null; i++) { // what the FX thread has still to run may hold it a moment
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertNull(left.get(), "the own file's window let go");
    }
}
