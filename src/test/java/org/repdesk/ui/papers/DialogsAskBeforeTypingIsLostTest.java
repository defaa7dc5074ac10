package org.repdesk.ui.papers;

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
import org.repdesk.model.CaseFile;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.ConfirmHandle;
import org.repdesk.ui.handles.ScheduleDialogHandle;
import org.repdesk.ui.handles.TimelineEntryDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog holding typing asks before it is lost (Esc, Cancel, Ctrl+W, the close box): Keep editing
 * (the default) keeps the text, Discard closes; with nothing typed it closes at once; its own Save
 * does not ask.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsAskBeforeTypingIsLostTest {

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
        // Whole on the screen whatever an earlier test class left the first window as (a 200x100 stand-in).
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

    private ScheduleDialogHandle schedule(FxRobot robot) throws Exception {
        CaseFormHandle form = new CasesPageHandle(robot).openCaseOf("Gwen Price");
        waitUntil(form::wholeFormInPlace);
        ScheduleDialogHandle schedule = form.addDeadline();
        waitUntil(schedule::open);
        WaitForAsyncUtils.waitForFxEvents();
        return schedule;
    }

    @Test
    void typingThenEscAsksKeepEditingKeepsTheTextAndDiscardCloses(FxRobot robot) throws Exception {
        ScheduleDialogHandle schedule = schedule(robot);
        schedule.typeWhat("Appeal letter");
        ConfirmHandle question = new ConfirmHandle(robot);

        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        assertEquals("Discard what was typed in \u201cAdd deadline or hearing\u201d?", question.question());
        assertEquals("Keep editing", question.stayWords());
        assertTrue(question.stayIsTheDefault());
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(schedule.open(), "Keep editing goes back to the form");
        assertEquals("Appeal letter", schedule.what());

        schedule.clickWhat();
        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !schedule.open());
        assertTrue(desk.cases().deadlines(caseFile.id()).isEmpty(), "discarded, nothing saved");
        assertTrue(main.isShowing());
    }

    @Test
    void nothingTypedClosesAtOnce(FxRobot robot) throws Exception {
        ScheduleDialogHandle schedule = schedule(robot);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !schedule.open());
        assertFalse(new ConfirmHandle(robot).asked());
    }

    @Test
    void typedThenPutBackClosesAtOnce(FxRobot robot) throws Exception {
        ScheduleDialogHandle schedule = schedule(robot);
        String was = schedule.what();
        schedule.typeWhat("Appeal letter");
        schedule.typeWhat(was);
        schedule.cancel();
        waitUntil(() -> !schedule.open());
        assertFalse(new ConfirmHandle(robot).asked());
    }

    @Test
    void cancelCtrlWAndTheCloseBoxAskToo(FxRobot robot) throws Exception {
        ScheduleDialogHandle schedule = schedule(robot);
        schedule.typeWhat("Appeal letter");
        ConfirmHandle question = new ConfirmHandle(robot);

        schedule.cancel();
        waitUntil(question::asked);
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(schedule.open());

        schedule.clickWhat();
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(question::asked);
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(schedule.open(), "Ctrl+W: Keep editing goes back to the form");
        assertTrue(main.isShowing());

        schedule.closeBox();
        waitUntil(question::asked);
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(schedule.open(), "the close box: Keep editing goes back to the form");
        assertEquals("Appeal letter", schedule.what());

        schedule.closeBox();
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !schedule.open());
        assertTrue(desk.cases().deadlines(caseFile.id()).isEmpty());
    }

    @Test
    void saveDoesNotAsk(FxRobot robot) throws Exception {
        ScheduleDialogHandle schedule = schedule(robot);
        schedule.typeWhat("Stage 2 hearing").typeDue("10/12/2026").clickWhat().save();
        waitUntil(() -> desk.cases().deadlines(caseFile.id()).size() == 1);
        waitUntil(() -> !schedule.open());
        assertFalse(new ConfirmHandle(robot).asked());
    }

    @Test
    void aTimelineEntryAsksToo(FxRobot robot) throws Exception {
        CaseFormHandle form = new CasesPageHandle(robot).openCaseOf("Gwen Price");
        waitUntil(form::wholeFormInPlace);
        TimelineEntryDialogHandle entry = form.addTimelineEntry();
        waitUntil(entry::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        entry.typeSummary("Formal attendance meeting booked");
        ConfirmHandle question = new ConfirmHandle(robot);
        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(entry.isShowing());
        entry.clickSummary();
        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !entry.isShowing());
        assertEquals(1, desk.cases().timeline(caseFile.id()).size(), "only the entry the case opened with");
    }
}
