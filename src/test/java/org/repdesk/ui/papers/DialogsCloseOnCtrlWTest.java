package org.repdesk.ui.papers;

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
import org.repdesk.model.CaseFile;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.LetterDialogHandle;
import org.repdesk.ui.handles.LetterTemplatesHandle;
import org.repdesk.ui.handles.UnsavedChangesHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+W closes a dialog as its close box does (Cancel, asking first what the dialog asks), as it
 * closes the main window and the absence record: before, it did nothing in a dialog. The main window
 * behind stays open.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsCloseOnCtrlWTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        desk = TestDesk.open(dir.resolve("ui-" + System.nanoTime()));
        caseFile = desk.cases().open(Builders.aCase(desk.members().save(Builders.aMember().named("Gwen Price")
                .build())).manager("Emma Thompson").build());
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        desk.close();
    }

    private static void pressCtrlW(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.W);
    }

    @Test
    void letterTemplatesCloseOnCtrlWAndAskFirstWhenAChangeIsTyped(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        LetterTemplatesHandle templates = new LetterTemplatesHandle(robot);
        waitUntil(() -> templates.bodyEn().startsWith("{letter.date}"));

        pressCtrlW(robot);
        waitUntil(() -> !templates.open());
        assertTrue(main.isShowing(), "the main window stays: the key was the dialog's");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        waitUntil(() -> templates.bodyEn().startsWith("{letter.date}"));
        templates.clickTitleEn();
        robot.push(KeyCode.END);
        robot.write(" for Gwent");
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);

        pressCtrlW(robot);
        waitUntil(unsaved::asked);
        unsaved.cancel();
        waitUntil(() -> !unsaved.asked());
        assertTrue(templates.open(), "Cancel goes back to the form");

        templates.clickTitleEn();
        pressCtrlW(robot);
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(() -> !templates.open());
        assertFalse(desk.letters().templates().get(0).changed(), "discarded, not saved");
        assertTrue(main.isShowing());
    }

    @Test
    void aCasesLetterDialogClosesOnCtrlWWithNothingMade(FxRobot robot) throws Exception {
        new CasesPageHandle(robot).openCaseOf("Gwen Price").openDocuments().makeLetter();
        LetterDialogHandle letter = new LetterDialogHandle(robot);
        waitUntil(() -> letter.preview().contains("Dear Emma Thompson,"));

        pressCtrlW(robot);
        waitUntil(() -> !letter.open());
        assertTrue(desk.documents().ofCase(caseFile.id()).isEmpty(), "Ctrl+W is Cancel: no letter made");
        assertTrue(main.isShowing());
    }

    @Test
    void theCloseBoxOfLetterTemplatesHoldsWhenTheRepCancelsItsQuestion(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        LetterTemplatesHandle templates = new LetterTemplatesHandle(robot);
        waitUntil(() -> templates.bodyEn().startsWith("{letter.date}"));
        templates.clickTitleEn();
        robot.push(KeyCode.END);
        robot.write(" for Gwent");
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        javafx.stage.Window window = templates.list().getScene().getWindow();

        // The window manager's close box, as it asks the window to close.
        javafx.application.Platform.runLater(() -> window.fireEvent(
                new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(unsaved::asked);
        unsaved.cancel();
        waitUntil(() -> !unsaved.asked());
        assertTrue(window.isShowing(), "Cancel goes back to the form: it was hidden all the same, the typing lost");
        assertTrue(templates.open());

        javafx.application.Platform.runLater(() -> window.fireEvent(
                new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(() -> !window.isShowing());
    }

    @Test
    void discardOnLetterTemplatesQuestionClosesIt(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        LetterTemplatesHandle templates = new LetterTemplatesHandle(robot);
        waitUntil(() -> templates.bodyEn().startsWith("{letter.date}"));
        templates.clickTitleEn();
        robot.push(KeyCode.END);
        robot.write(" for Gwent");
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);

        templates.close(); // its Close button
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(() -> !templates.open());
        assertFalse(desk.letters().templates().get(0).changed(), "discarded, not saved");
    }
}
