package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.absence.AbsenceWindow;
import org.repdesk.ui.handles.AbsenceWindowHandle;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.ConfirmHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.UnsavedChangesHandle;
import org.repdesk.ui.handles.WorkingHandle;
import org.repdesk.ui.papers.Runner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Open branch casebook… with a case's outcome typed and not saved, and the member's absence
 * record open: asked first, as on quitting, in words that say Discard goes to the casebook. Cancel (or
 * Keep editing in the absence record) stays on this desk with everything as typed; Discard closes the
 * absence record before the sign-in, and the case's crash copy goes before the window is handed over.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchingDeskAsksFirstTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private RepDesk casebook;
    private CaseFile caseFile;
    private Member member;
    private Stage main;
    private MainWindow window;
    private Stage absences;
    /** What the app was asked to do, in order: "sign in", then "handed over …". */
    private final List<String> happened = new CopyOnWriteArrayList<>();
    /** Whether the sign-in goes through (false: the rep cancels it). */
    private boolean signedIn = true;
    /** Set: the store worker is held at work from the moment the server says yes until this is counted down. */
    private java.util.concurrent.CountDownLatch busyAsTheServerSaysYes;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("own-" + System.nanoTime()));
        casebook = TestDesk.open(dir.resolve("casebook-stand-in-" + System.nanoTime()));
        member = desk.members().save(Builders.aMember().named("Gwen Price").build());
        caseFile = desk.cases().open(Builders.aCase(member).build());
        window = new MainWindow(stage, desk, false);
        window.onSwitchDesk(new OtherDesks() {
            @Override
            public void signIn(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened) {
                happened.add("sign in, absence record " + (absences.isShowing() ? "open" : "closed"));
                if (busyAsTheServerSaysYes != null) { // the worker still at work the window asked of it
                    window.state().background().attempt(
                            () -> busyAsTheServerSaysYes.await(30, java.util.concurrent.TimeUnit.SECONDS), x -> { }, x -> { });
                }
                if (signedIn) {
                    opened.accept(casebook);
                } else {
                    notOpened.run();
                }
            }

            @Override
            public void ownFile(Window owner, Runner checking, Runner opening, Consumer<RepDesk> opened, Runnable notOpened) {
                happened.add("own file not opened"); // the rep answers the passphrase prompt with Quit, say
                notOpened.run();
            }

            @Override
            public void handOver(RepDesk next) {
                // What is left of the desk it leaves as the window goes (the app closes it next).
                happened.add("handed over, crash copies " + desk.noteDrafts().fieldsLeft().size());
            }
        });
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1000);
        stage.setHeight(680);
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        desk.close();
        casebook.close();
    }

    /** The case's outcome typed (kept against a crash as typed), then the member's absence record opened over the window. */
    private CaseFormHandle outcomeTypedAndAbsenceRecordOpen(FxRobot robot) throws Exception {
        CaseFormHandle form = new CasesPageHandle(robot).openCaseOf("Gwen Price");
        waitUntil(form::wholeFormInPlace);
        form.clickOutcome();
        robot.write("Warning withdrawn");
        waitUntil(() -> desk.noteDrafts().fieldsLeft().size() == 1);
        robot.interact(() -> absences = AbsenceWindow.show(main, window.state().background(), desk.absences(), member));
        return form;
    }

    @Test
    void cancelStaysOnThisDeskWithTheOutcomeAsTypedAndTheAbsenceRecordOpen(FxRobot robot) throws Exception {
        CaseFormHandle form = outcomeTypedAndAbsenceRecordOpen(robot);
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);

        new FrameHandle(robot).chooseFromMenusToBeAsked("open-casebook");
        waitUntil(unsaved::asked);
        assertEquals("Save the changes to case " + caseFile.reference() + "?", unsaved.question());
        assertEquals("They were typed but not saved. Discard throws them away and switches to the branch casebook; "
                + "Cancel goes back to the form.", unsaved.detail());
        unsaved.cancel();
        waitUntil(() -> !unsaved.asked());

        assertEquals(List.of(), happened, "no sign-in, no switch");
        assertEquals("Warning withdrawn", form.outcome());
        assertTrue(absences.isShowing(), "the absence record stays open");
        assertEquals(1, desk.noteDrafts().fieldsLeft().size(), "still kept against a crash");
    }

    @Test
    void discardClosesTheAbsenceRecordBeforeTheSignInAndTheCrashCopyGoesBeforeTheHandOver(FxRobot robot)
            throws Exception {
        outcomeTypedAndAbsenceRecordOpen(robot);
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        // The store worker still busy (a list being read again, say) as the server says yes.
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        busyAsTheServerSaysYes = busy;

        new FrameHandle(robot).chooseFromMenusToBeAsked("open-casebook");
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(() -> !happened.isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("sign in, absence record closed"), happened,
                "not handed over while the worker has the crash copy still to throw away");
        busy.countDown();
        waitUntil(() -> happened.size() == 2);

        assertEquals(List.of("sign in, absence record closed", "handed over, crash copies 0"), happened);
        assertFalse(absences.isShowing());
        assertEquals(null, desk.cases().byId(caseFile.id()).orElseThrow().outcome(), "discarded, not saved");
    }

    @Test
    void keepEditingInTheAbsenceRecordKeepsTheDiscardedCasesCrashCopyAndStays(FxRobot robot) throws Exception {
        CaseFormHandle form = outcomeTypedAndAbsenceRecordOpen(robot);
        new AbsenceWindowHandle(robot).typeFirstDay("08/06/2026");
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        ConfirmHandle absenceQuestion = new ConfirmHandle(robot);

        new FrameHandle(robot).chooseFromMenusToBeAsked("open-casebook");
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(absenceQuestion::asked);
        assertEquals("Discard the absence typed for Gwen Price?", absenceQuestion.question());
        assertEquals("It has not been added to the record. Keep editing goes back to the form; Discard switches to "
                + "the branch casebook without it.", absenceQuestion.detail());
        absenceQuestion.stay();
        waitUntil(() -> !absenceQuestion.asked());

        assertEquals(List.of(), happened, "no sign-in, no switch");
        assertTrue(absences.isShowing());
        assertEquals("08/06/2026", new AbsenceWindowHandle(robot).firstDayField().getEditor().getText());
        assertEquals("Warning withdrawn", form.outcome(), "the case as typed");
        assertEquals(1, desk.noteDrafts().fieldsLeft().size(), "and still kept against a crash");
    }

    @Test
    void aSignInCancelledAfterDiscardLeavesTheCaseAsTypedAndKeptAgainstACrash(FxRobot robot) throws Exception {
        signedIn = false;
        CaseFormHandle form = outcomeTypedAndAbsenceRecordOpen(robot);
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);

        new FrameHandle(robot).chooseFromMenusToBeAsked("open-casebook");
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(() -> happened.size() == 1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("sign in, absence record closed"), happened);
        assertEquals("Warning withdrawn", form.outcome());
        assertEquals(1, desk.noteDrafts().fieldsLeft().size(), "the window never went: its typing still kept");
    }

    @Test
    void whileTheWorkInHandEndsTheWindowSaysSoTakesNoTypingAndASecondSwitchAsksNothing(FxRobot robot)
            throws Exception {
        CaseFormHandle form = outcomeTypedAndAbsenceRecordOpen(robot);
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        WorkingHandle working = new WorkingHandle(robot);
        // The store worker at a long job (an export at 100,000 cases, say) as the rep says Discard.
        java.util.concurrent.CountDownLatch export = new java.util.concurrent.CountDownLatch(1);
        window.state().background().attempt(() -> export.await(30, java.util.concurrent.TimeUnit.SECONDS), x -> { },
                x -> { });

        new FrameHandle(robot).chooseFromMenusToBeAsked("open-casebook");
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(working::shown);
        assertEquals("Switching once the work in hand is done (an export or a brief, say)…", working.says());
        assertTrue(working.modalOver(main), "the main window takes no input meanwhile");

        // The rep types on meanwhile, and asks for the casebook again.
        form.clickOutcome();
        robot.write(" and reinstated");
        new FrameHandle(robot).chooseFromMenusToBeAsked("open-casebook");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(unsaved.asked(), "the switch under way goes on; nothing asked again");
        assertEquals("Warning withdrawn", form.outcome(), "nothing typed to be lost at the hand-over");
        assertEquals(List.of(), happened, "no sign-in before the work in hand is done");

        export.countDown();
        waitUntil(() -> happened.size() == 2);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("sign in, absence record closed", "handed over, crash copies 0"), happened,
                "one sign-in, one hand-over");
        assertFalse(working.shown());
    }

    @Test
    void backToMyOwnFileSaysSoAndAFileNotOpenedLeavesTheCaseAsTypedAndKeptAgainstACrash(FxRobot robot)
            throws Exception {
        CaseFormHandle form = outcomeTypedAndAbsenceRecordOpen(robot);
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);

        new FrameHandle(robot).chooseFromMenusToBeAsked("own-file");
        waitUntil(unsaved::asked);
        assertEquals("Save the changes to case " + caseFile.reference() + "?", unsaved.question());
        assertEquals("They were typed but not saved. Discard throws them away and goes back to your own data file; "
                + "Cancel goes back to the form.", unsaved.detail());
        unsaved.discard();
        waitUntil(() -> happened.size() == 1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("own file not opened"), happened, "no hand-over");
        assertEquals("Warning withdrawn", form.outcome());
        assertEquals(1, desk.noteDrafts().fieldsLeft().size(), "the window never went: its typing still kept");
    }
}
