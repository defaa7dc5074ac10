package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.UnsavedChangesHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+W with an outcome typed and not saved asks first: Cancel goes back, Save saves then closes. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = TestDesk.open(dir.resolve("ui-" + System.nanoTime()));
        caseFile = desk.cases().open(Builders.aCase(desk.members().save(Builders.aMember().named("Iolo Jenkins")
                .build())).build());
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void closingWithAnOutcomeTypedAsksAndCancelKeepsTheFormThenSaveSavesAndCloses(FxRobot robot) throws Exception {
        CaseFormHandle form = new CasesPageHandle(robot).openCaseOf("Iolo Jenkins");
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        form.clickOutcome();
        robot.write("Warning withdrawn after the WMT review");

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(unsaved::asked);
        assertTrue(unsaved.question().equals("Save the changes to case " + caseFile.reference() + "?"));
        unsaved.cancel();
        waitUntil(() -> !unsaved.asked());
        assertTrue(stage.isShowing(), "Cancel goes back to the form");

        form.clickOutcome(); // back in the form, as the rep is
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(unsaved::asked);
        unsaved.save();
        waitUntil(() -> !stage.isShowing());
        assertEquals("Warning withdrawn after the WMT review", desk.cases().byId(caseFile.id()).orElseThrow().outcome());
    }

    @Test
    void choosingAnotherCaseWithTheWorkloadTextTypedAsksAndKeepsItAsADraftMeanwhile(FxRobot robot) throws Exception {
        CaseFile other = desk.cases().open(Builders.aCase(desk.members().save(Builders.aMember().named("Nia Roberts")
                .number("N-2").build())).build());
        CasesPageHandle cases = new CasesPageHandle(robot);
        new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        waitUntil(() -> cases.listIfThere() != null);
        robot.push(KeyCode.F5); // the second case was opened after the window read the list
        waitUntil(() -> cases.list().getItems().size() == 2);
        CaseFormHandle form = cases.openCaseOf("Iolo Jenkins");
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        form.clickOutcome();
        robot.write("Stage 1 warning withdrawn");
        // kept in the data file as typed, before anything is saved
        waitUntil(() -> desk.noteDrafts().fieldsLeft().stream().anyMatch(f -> f.text().equals("Stage 1 warning withdrawn")));

        robot.clickOn("Nia Roberts");
        waitUntil(unsaved::asked);
        unsaved.cancel();
        waitUntil(() -> !unsaved.asked());
        assertTrue(form.title().contains("Iolo"), "Cancel stays on the case");
        assertEquals("Stage 1 warning withdrawn", form.outcome());

        robot.clickOn("Nia Roberts");
        waitUntil(unsaved::asked);
        unsaved.discard();
        waitUntil(() -> form.title().contains("Nia"));
        assertEquals(null, desk.cases().byId(caseFile.id()).orElseThrow().outcome(), "discarded, not saved");
        waitUntil(() -> desk.noteDrafts().fieldsLeft().isEmpty());
        assertEquals(other.id(), desk.cases().byReference(other.reference()).orElseThrow().id());
    }
}
