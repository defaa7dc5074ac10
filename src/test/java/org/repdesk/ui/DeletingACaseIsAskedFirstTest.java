package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
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

/** The whole window with the rep's answers scripted: deleting a case asks first, and Cancel keeps it (no alert window). */
@ExtendWith(ApplicationExtension.class)
class DeletingACaseIsAskedFirstTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("delete-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        new MainWindow(stage, desk, false, null, dialogs, DeskPreferences.forThisSession()).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void cancelKeepsTheCaseAndYesDeletesIt(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        CasesPageHandle cases = new CasesPageHandle(robot);
        waitUntil(30, () -> cases.listed().contains(c.id()));
        robot.interact(() -> cases.list().getSelectionModel().select(cases.listed().indexOf(c.id())));
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(form::showsACase);

        dialogs.answering(false);
        form.clickDelete();
        waitUntil(() -> !dialogs.said().isEmpty());
        assertEquals("Delete case " + c.reference() + "?", dialogs.last().header());
        assertTrue(desk.cases().byId(c.id()).isPresent(), "Cancel keeps the case");

        dialogs.answering(true);
        form.clickDelete();
        waitUntil(() -> desk.cases().byId(c.id()).isEmpty());
        waitUntil(() -> !cases.listed().contains(c.id()));
    }
}
