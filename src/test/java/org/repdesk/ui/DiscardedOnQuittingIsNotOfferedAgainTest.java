package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.UnsavedChangesHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A case's outcome typed, the window closed (quitting) and Discard chosen while the store worker is still
 * at work: the crash copy of what was typed goes before the desk closes, as the app closes it, so the
 * next start offers nothing. Dropped with the worker's waiting work as the window hid, it was offered back.
 */
@ExtendWith(ApplicationExtension.class)
class DiscardedOnQuittingIsNotOfferedAgainTest {

    @TempDir
    static Path dir;
    private Path folder;
    private RepDesk desk;
    private CaseFile caseFile;
    private Stage main;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        folder = dir.resolve("quit-" + System.nanoTime());
        desk = TestDesk.open(folder);
        Member member = desk.members().save(Builders.aMember().named("Gwen Price").build());
        caseFile = desk.cases().open(Builders.aCase(member).build());
        window = new MainWindow(stage, desk, false);
        window.show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aCaseDiscardedOnQuittingWhileTheWorkerIsBusyIsNotOfferedAtTheNextStart(FxRobot robot) throws Exception {
        CaseFormHandle form = new CasesPageHandle(robot).openCaseOf("Gwen Price");
        waitUntil(form::wholeFormInPlace);
        form.clickOutcome();
        robot.write("Warning withdrawn");
        waitUntil(() -> desk.noteDrafts().fieldsLeft().size() == 1);
        // The worker at a long job (an export, say) as the rep quits. The window's hiding interrupts this one
        // (shutdownNow), as it does an export, so what is tested is that the discard still waiting is kept,
        // not dropped with the worker's other waiting work; the count-down below is only a tidy end.
        CountDownLatch export = new CountDownLatch(1);
        robot.interact(() -> window.state().background().attempt(() -> export.await(30, TimeUnit.SECONDS), x -> { }, x -> { }));

        Platform.runLater(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(() -> !main.isShowing());
        export.countDown();

        // As the app stops (App.stop): the window's last work, then the desk closed.
        window.closeDesk(desk);

        try (RepDesk nextStart = TestDesk.open(folder)) {
            assertEquals(List.of(), nextStart.noteDrafts().fieldsLeft(), "nothing offered back at the next start");
            assertNull(nextStart.cases().byId(caseFile.id()).orElseThrow().outcome(), "discarded, not saved");
        }
    }
}
