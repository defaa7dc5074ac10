package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.ConfirmHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.TimelineEntryDialogHandle;
import org.repdesk.ui.handles.WorkloadPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rep types a date that does not exist in a form and moves on: the form keeps their typing, says
 * beside the field that it must be a real date (not "Required."), and does not save.
 */
@ExtendWith(ApplicationExtension.class)
class ADateThatIsNotOneIsKeptInTheFormsTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Member member;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("dates-" + System.nanoTime()));
        member = desk.members().save(aMember().named("Siân Prydderch").build());
        desk.cases().open(CaseFile.open(member.id(), CaseType.CAPABILITY, "Informal stage (support and improvement plan)",
                LocalDate.of(2026, 10, 1), WorkloadFactor.YES));
        new MainWindow(stage, desk, false).show(); // not a first run: no welcome above the case form
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aTimelineEntrysDateIsKeptAsTypedAndSaidToBeNoRealDate(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        waitUntil(() -> new CasesPageHandle(robot).list().getItems().size() == 1);
        robot.clickOn("Siân Prydderch");
        waitUntil(() -> new CaseFormHandle(robot).title().contains("Siân"));
        new CaseFormHandle(robot).openTimeline(); // whichever tab the case form last showed
        TimelineEntryDialogHandle entry = new CaseFormHandle(robot).addTimelineEntry();
        entry.typeSummary("Meeting with the manager");

        entry.typeDate("31/02/2026");
        entry.clickSummary(); // the rep leaves the date

        waitUntil(() -> !entry.dateProblem().isEmpty());
        assertEquals("31/02/2026", entry.date());
        assertEquals("Date must be a real date written like 23/11/2026.", entry.dateProblem());
        entry.save(); // refused: the dialog stays, Save waits for a real date
        waitUntil(() -> !entry.saveOffered());
        assertTrue(entry.isShowing());
        assertEquals("31/02/2026", entry.date());
        assertEquals("Date must be a real date written like 23/11/2026.", entry.dateProblem());

        entry.typeDate("3/3/2026");
        entry.clickSummary();
        waitUntil(entry::saveOffered);
        assertEquals("03/03/2026", entry.date());
        entry.save();
        waitUntil(() -> desk.cases().timeline(desk.cases().ofMember(member.id()).get(0).id()).stream()
                .anyMatch(e -> e.date().equals(LocalDate.of(2026, 3, 3))));
    }

    @Test
    void aWorkloadRecordsWeekIsKeptAsTypedAndTheRecordWaits(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.WORKLOAD);
        WorkloadPageHandle page = new WorkloadPageHandle(robot);
        waitUntil(() -> page.members().getItems().size() == 1);
        robot.interact(() -> page.members().getSelectionModel().select(0));
        waitUntil(() -> page.heading().startsWith("Siân Prydderch"));
        page.addRecord();
        waitUntil(page::recordFormOpen);
        robot.clickOn(page.capacity()).write("128");

        robot.clickOn(page.weekOf());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("30/02/2026");
        robot.clickOn(page.casesHeld()); // the rep leaves the week

        waitUntil(() -> page.problemUnder("week").isVisible());
        assertEquals("30/02/2026", page.weekOf().getText());
        assertTrue(page.problemUnder("week").getText().contains("must be a real date"),
                page.problemUnder("week").getText());
        robot.clickOn(page.save()); // refused: the form stays open, and Save waits for a real week
        waitUntil(() -> page.save().isDisabled());
        assertTrue(page.recordFormOpen());
        assertEquals("30/02/2026", page.weekOf().getText());

        // Leaving it asks before the typing is lost; answered here, not left open for the clean-up to close.
        robot.push(KeyCode.ESCAPE);
        ConfirmHandle question = new ConfirmHandle(robot);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !page.recordFormOpen());
    }
}
