package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasebookLoginHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.UnsavedChangesHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Open branch casebook… after Discard on a typed case, through the app's own sign-in
 * ({@link OtherDesks#ofTheApp}) to a real PostgreSQL casebook the tests start: the sign-in shown, Cancel
 * keeps the case as typed and its crash copy; the right password switches, the crash copy gone first.
 */
@ExtendWith(ApplicationExtension.class)
class SignInAfterDiscardTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private Stage main;
    private final List<RepDesk> handedOver = new CopyOnWriteArrayList<>();
    /** The own desk's crash copies left as the window was handed over. */
    private final List<Integer> crashCopiesAtHandOver = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        CasebookAddress casebook = TestCasebooks.fresh().as(TestCasebooks.REP);
        RecentCasebooks recent = new RecentCasebooks(dir.resolve("recent-" + System.nanoTime() + ".txt"));
        recent.remember(casebook);
        desk = TestDesk.open(dir.resolve("own-" + System.nanoTime()));
        Member member = desk.members().save(Builders.aMember().named("Gwen Price").build());
        caseFile = desk.cases().open(Builders.aCase(member).build());
        MainWindow window = new MainWindow(stage, desk, false);
        window.onSwitchDesk(OtherDesks.ofTheApp(recent, () -> dir.resolve("unused.db"), next -> {
            crashCopiesAtHandOver.add(desk.noteDrafts().fieldsLeft().size());
            handedOver.add(next);
        }));
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1000);
        stage.setHeight(680);
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        handedOver.forEach(RepDesk::close);
        desk.close();
    }

    /** The case's outcome typed, File ▸ Open branch casebook…, Discard: the sign-in is shown. */
    private CaseFormHandle discardedAndSignInShown(FxRobot robot) throws Exception {
        CaseFormHandle form = new CasesPageHandle(robot).openCaseOf("Gwen Price");
        waitUntil(form::wholeFormInPlace);
        form.clickOutcome();
        robot.write("Warning withdrawn");
        waitUntil(() -> desk.noteDrafts().fieldsLeft().size() == 1);
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        new FrameHandle(robot).chooseFromMenusToBeAsked("open-casebook");
        waitUntil(unsaved::asked);
        unsaved.discard();
        CasebookLoginHandle login = new CasebookLoginHandle(robot);
        waitUntil(login::shown);
        return form;
    }

    @Test
    void cancellingTheSignInKeepsTheCaseAsTypedAndItsCrashCopy(FxRobot robot) throws Exception {
        CaseFormHandle form = discardedAndSignInShown(robot);
        CasebookLoginHandle login = new CasebookLoginHandle(robot);

        login.cancel();
        waitUntil(() -> !login.shown());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), handedOver, "no switch");
        assertEquals("Warning withdrawn", form.outcome());
        assertEquals(1, desk.noteDrafts().fieldsLeft().size(), "still kept against a crash");
    }

    @Test
    void signingInSwitchesToTheCasebookOnceTheCrashCopyIsGone(FxRobot robot) throws Exception {
        discardedAndSignInShown(robot);
        CasebookLoginHandle login = new CasebookLoginHandle(robot);

        login.typePassword(new String(TestCasebooks.password())).open();
        waitUntil(() -> handedOver.size() == 1);

        RepDesk casebook = handedOver.get(0);
        assertTrue(casebook.isCasebook());
        assertTrue(casebook.describe().contains("as " + TestCasebooks.REP), casebook.describe());
        assertEquals(List.of(0), crashCopiesAtHandOver, "the discarded typing gone before the hand-over");
        assertNull(desk.cases().byId(caseFile.id()).orElseThrow().outcome(), "discarded, not saved");
    }
}
