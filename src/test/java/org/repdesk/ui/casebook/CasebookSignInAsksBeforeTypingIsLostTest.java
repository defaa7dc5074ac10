package org.repdesk.ui.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.ui.Background;
import org.repdesk.ui.handles.CasebookLoginHandle;
import org.repdesk.ui.handles.ConfirmHandle;
import org.repdesk.ui.papers.Runner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The casebook's sign-in asks before what was typed is lost (a password counts, never said back):
 * Keep editing keeps it, Discard closes without opening anything; untouched, Esc closes at once.
 */
@ExtendWith(ApplicationExtension.class)
class CasebookSignInAsksBeforeTypingIsLostTest {

    private static final String PASSWORD = "s3cret-of-the-branch";

    @TempDir
    static Path dir;
    private final Background background = new Background();
    private CasebookLoginDialog dialog;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        RecentCasebooks recent = new RecentCasebooks(dir.resolve("recent-" + System.nanoTime() + ".txt"));
        CasebookLoginViewModel vm = new CasebookLoginViewModel(recent.list(), recent, (address, password) -> {
            throw new AssertionError("nothing is opened in these tests");
        }, Runner.of(background, () -> stage));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 600, 500));
        stage.show();
        dialog = new CasebookLoginDialog(stage, vm);
        dialog.dialog().show();
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        background.shutdown();
    }

    @Test
    void aPasswordTypedIsAskedAboutWithoutBeingSaidBackAndKeepEditingKeepsIt(FxRobot robot) throws Exception {
        CasebookLoginHandle login = new CasebookLoginHandle(robot);
        login.typePassword(PASSWORD);
        ConfirmHandle question = new ConfirmHandle(robot);

        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        assertEquals("Discard what was typed in \u201cOpen branch casebook\u201d?", question.question());
        assertFalse(question.question().contains(PASSWORD) || question.detail().contains(PASSWORD));
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(login.shown(), "Keep editing goes back to the sign-in");
        assertTrue(login.passwordTyped());

        login.clickPassword(); // back in the form, as the rep is
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !login.shown());
        assertEquals(null, dialog.dialog().getResult(), "nothing opened");
    }

    @Test
    void aServerTypedIsAskedAboutToo(FxRobot robot) throws Exception {
        CasebookLoginHandle login = new CasebookLoginHandle(robot);
        login.typeServer("casework.example.org");
        ConfirmHandle question = new ConfirmHandle(robot);
        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !login.shown());
    }

    @Test
    void untouchedEscClosesAtOnce(FxRobot robot) throws Exception {
        CasebookLoginHandle login = new CasebookLoginHandle(robot);
        waitUntil(login::shown);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !login.shown());
        assertFalse(new ConfirmHandle(robot).asked());
    }
}
