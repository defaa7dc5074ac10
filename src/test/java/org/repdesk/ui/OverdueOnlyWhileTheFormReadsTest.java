package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Overdue only" ticked while the case form is still reading the case just picked: the form does not
 * then show a case the list no longer holds. The order is driven by holding the store's one worker:
 * the form's read waits behind the hold, the box is ticked, then the read is let through.
 */
@ExtendWith(ApplicationExtension.class)
class OverdueOnlyWhileTheFormReadsTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("race-" + System.nanoTime()));
        window = new MainWindow(stage, desk, false, null, new ScriptedDialogs(), DeskPreferences.forThisSession());
        window.show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aCaseStillBeingReadWhenOverdueOnlyIsTickedIsNotShownOnceRead(FxRobot robot) throws Exception {
        CaseFile late = desk.cases().open(aCase(desk.members().save(aMember().number("N-71").named("Gwen Price").build()))
                .openedOn(LocalDate.of(2026, 9, 1)).build());
        desk.cases().addDeadline(Deadline.of(late.id(), LocalDate.of(2026, 11, 1), "Appeal letter", false));
        CaseFile onTime = desk.cases().open(aCase(desk.members().save(aMember().number("N-72").named("Rhys Bowen").build()))
                .openedOn(LocalDate.of(2026, 10, 1)).build());
        FrameHandle frame = new FrameHandle(robot);
        frame.open(FrameHandle.Screen.CASES);
        frame.press(KeyCode.F5); // the cases were added after the window read the file
        CasesPageHandle page = new CasesPageHandle(robot);
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(() -> page.listed().size() == 2);
        page.select(late.id()); // the form put together and showing a case, so a read shows at once when in
        waitUntil(() -> form.title().contains("Gwen Price"));

        Runnable release = window.state().background().holdWorker();
        page.select(onTime.id()); // its read waits behind the hold
        page.overdueOnly();
        waitUntil(() -> page.listed().equals(List.of(late.id())));
        release.run();
        // The worker runs in order and hands results back in order: once this is in, so is the form's read.
        AtomicBoolean after = new AtomicBoolean();
        AtomicReference<javafx.stage.Window> owner = new AtomicReference<>();
        robot.interact(() -> window.state().background().run(owner.get(), "", () -> true, done -> after.set(true)));
        waitUntil(after::get);

        assertFalse(form.title().contains("Rhys Bowen") && form.showsACase(),
                "the form shows " + form.title() + ", a case the list no longer holds");
        assertEquals(List.of(late.id()), page.listed());
    }
}
