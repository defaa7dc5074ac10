package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BriefsPageHandle;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.FrameHandle.Screen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With every screen put together ahead, a larger text (or another theme) restyles the screen shown in the change's
 * frames and the hidden ones later: out of the scene meanwhile, each goes back in the rep's next pause, or when opened,
 * at the new size (issue 21: restyled with the rest, they held the FX thread up to 0.2 s). The rep's pauses here run on
 * a clock the test can stop, so nothing is put back until it moves again.
 */
@ExtendWith(ApplicationExtension.class)
class LargerTextRestylesHiddenScreensLaterTest {

    private static final int LARGER = 18;

    @TempDir
    static Path dir;
    private RepDesk desk;
    private MainWindow window;
    /** Nanoseconds at which the rep's pauses stand still; negative: time moves. */
    private final AtomicLong stoppedAt = new AtomicLong(-1);

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("restyle-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Rhian Bowen").build());
        desk.cases().open(aCase(m).build());
        window = new MainWindow(stage, desk, false);
        window.show();
        window.putScreensTogetherAhead(100, () -> stoppedAt.get() >= 0 ? stoppedAt.get() : System.nanoTime());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
        desk.close();
    }

    @Test
    void aScreenPutTogetherAheadIsRestyledWhenOpenedNotInTheChangesFrames(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        Button preview = everyScreenPutTogether(robot, frame);
        double before = preview.getFont().getSize();
        double navigation = frame.navigation(Screen.DASHBOARD).getFont().getSize();

        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, LARGER));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(frame.navigation(Screen.DASHBOARD).getFont().getSize() > navigation, "what is shown is restyled at once");
        assertNotEquals(LARGER, before);
        assertEquals(before, preview.getFont().getSize(), "Briefs, hidden, is not restyled in the change's frames");
        assertNull(preview.getScene(), "it is out of the scene");

        // Opened before the rep's pause: the screen put together ahead, shown at once at the new size.
        BriefsPageHandle briefs = new BriefsPageHandle(robot);
        briefs.open();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FrameHandle.shown(preview), "Briefs shows the screen made ahead");
        assertSame(preview, briefs.previewButton());
        assertEquals(LARGER, preview.getFont().getSize());
    }

    @Test
    void theHiddenScreensGoBackRestyledInTheRepsNextPause(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        Button preview = everyScreenPutTogether(robot, frame);
        frame.open(Screen.MEMBERS); // a screen in the middle of the pane's order shown
        javafx.scene.Node briefs = preview;
        while (!(briefs instanceof BriefView)) {
            briefs = briefs.getParent();
        }
        javafx.scene.layout.Pane pane = (javafx.scene.layout.Pane) briefs.getParent(); // the screens' pane
        List<javafx.scene.Node> order = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> List.copyOf(pane.getChildren()));

        robot.interact(() -> Styling.use(DeskPreferences.Theme.DARK, LARGER));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(preview.getScene(), "Briefs waits out of the scene for the rep's pause");

        stoppedAt.set(-1); // the rep pauses
        waitUntil(10, () -> preview.getScene() != null && preview.getFont().getSize() == LARGER);
        assertFalse(FrameHandle.shown(preview), "put back hidden");
        assertEquals(Screen.MEMBERS, frame.selected());
        // In their places: hiding the focused node moves the focus to the next in the scene's order (the next screen's field).
        assertEquals(order, WaitForAsyncUtils.waitForAsyncFx(5_000, () -> List.copyOf(pane.getChildren())),
                "the screens are back in their places");
    }

    /** Waits until every screen and the case form are put together ahead, then stops the pauses' clock; Briefs' button. */
    private Button everyScreenPutTogether(FxRobot robot, FrameHandle frame) throws Exception {
        CaseFormHandle form = new CaseFormHandle(robot);
        // Briefs is put together last: once it is complete, so is the rest.
        waitUntil(30, () -> form.stageMenuIfMade().isPresent() && Stream.of(Screen.CASES, Screen.MEMBERS,
                Screen.WORKLOAD, Screen.DEMANDS, Screen.BRIEFS).allMatch(s -> frame.mainPartIfMade(s).isPresent())
                && !WaitForAsyncUtils.waitForAsyncFx(5_000, window::puttingScreensTogether));
        stoppedAt.set(System.nanoTime());
        assertEquals(Screen.DASHBOARD, frame.selected());
        Button preview = (Button) frame.mainPartIfMade(Screen.BRIEFS).orElseThrow();
        assertFalse(FrameHandle.shown(preview));
        return preview;
    }
}
