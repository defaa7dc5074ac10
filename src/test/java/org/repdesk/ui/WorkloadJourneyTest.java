package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.WorkloadPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A rep records a week's WMT figures as the report prints them, after the form said what was wrong. */
@ExtendWith(ApplicationExtension.class)
class WorkloadJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Member member;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("workload-" + System.nanoTime()));
        member = desk.members().save(aMember().named("Siân Prydderch").build());
        new MainWindow(stage, desk, true).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aRepTypesTheReportsPercentageAndSeesEachProblemUnderItsField(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.WORKLOAD);
        WorkloadPageHandle page = new WorkloadPageHandle(robot);
        waitUntil(() -> page.members().getItems().size() == 1);
        robot.interact(() -> page.members().getSelectionModel().select(0));
        waitUntil(() -> page.heading().startsWith("Siân Prydderch"));
        page.addRecord();
        waitUntil(page::recordFormOpen);

        assertFalse(page.problemUnder("capacity").isVisible(), "nothing said before anything was typed");
        assertFalse(page.formProblems().isVisible(), "nothing said in red on a form just opened");
        assertFalse(page.save().isDisabled(), "Save is offered, to show what is missing");
        robot.clickOn(page.save());
        waitUntil(() -> page.formProblems().isVisible());
        assertTrue(page.formProblems().getText().startsWith("Record at least one figure"), page.formProblems().getText());
        assertTrue(page.recordFormOpen(), "the form stays open");
        assertTrue(page.save().isDisabled(), "no figure yet");
        robot.clickOn(page.capacity()).write("lots");
        robot.clickOn(page.casesHeld()).write("4.5");
        assertEquals("Capacity % must be a percentage, like 128 or 128%.", page.problemUnder("capacity").getText());
        assertEquals("Cases held must be a whole number, like 42.", page.problemUnder("cases").getText());
        assertTrue(page.problemUnder("capacity").isVisible() && page.problemUnder("cases").isVisible(),
                "both problems at once, each under its field");
        assertTrue(page.save().isDisabled());

        robot.interact(() -> {
            page.capacity().setText("128%");
            page.casesHeld().setText("45");
        });
        assertFalse(page.problemUnder("capacity").isVisible());
        assertFalse(page.save().isDisabled());
        robot.clickOn(page.save());
        waitUntil(() -> desk.workload().ofMember(member.id()).size() == 1);
        assertEquals(128.0, desk.workload().ofMember(member.id()).get(0).capacityPercent());
        waitUntil(() -> page.records().getItems().size() == 1);
    }
}
