package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.anAbsence;
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
import org.repdesk.ui.Background;
import org.repdesk.ui.handles.AbsenceWindowHandle;
import org.repdesk.ui.handles.ConfirmHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In a member's absence record, choosing another absence in the list or pressing New while one is
 * half-typed asks first, as closing the window does: Keep editing (the default) leaves the typing and
 * puts the list's choice back where it is; Discard shows what was chosen.
 */
@ExtendWith(ApplicationExtension.class)
class AbsenceFormReplacedAsksFirstTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage absences;
    private Member member;
    private final Background background = new Background();

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("replaced-" + System.nanoTime()));
        member = desk.members().save(aMember().named("Łukasz Nowak").number("N9102").hours(37.0).build());
        desk.absences().add(anAbsence(member).from("2026-02-02").to("2026-02-04").build());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("RepDesk"), 200, 100));
        stage.show();
        absences = AbsenceWindow.show(stage, background, desk.absences(), member);
    }

    @AfterEach
    void close(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        background.shutdown();
        desk.close();
    }

    @Test
    void anAbsenceChosenWhileOneIsHalfTypedAsksFirst(FxRobot robot) throws Exception {
        AbsenceWindowHandle record = new AbsenceWindowHandle(robot);
        waitUntil(() -> record.table().getItems().size() == 1);
        record.typeFirstDay("08/06/20");
        ConfirmHandle question = new ConfirmHandle(robot);

        record.chooseRow(0);
        waitUntil(question::asked);
        assertEquals("Discard the absence typed for Łukasz Nowak?", question.question());
        assertTrue(question.stayIsTheDefault());
        question.stay();
        waitUntil(() -> !question.asked());
        waitUntil(() -> record.table().getSelectionModel().isEmpty());
        assertEquals("08/06/20", record.firstDayField().getEditor().getText(), "the typing stays");

        record.backInTheWindow();
        record.chooseRow(0);
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !question.asked());
        waitUntil(() -> "02/02/2026".equals(record.firstDayField().getEditor().getText()));
        assertEquals(0, record.table().getSelectionModel().getSelectedIndex());
    }

    @Test
    void newWhileARecordedAbsenceIsChangedAsksFirst(FxRobot robot) throws Exception {
        AbsenceWindowHandle record = new AbsenceWindowHandle(robot);
        waitUntil(() -> record.table().getItems().size() == 1);
        record.chooseRow(0);
        waitUntil(() -> "04/02/2026".equals(record.lastDayField().getEditor().getText()));
        robot.doubleClickOn(record.lastDayField().getEditor()).eraseText(10).write("03/02/2026");
        ConfirmHandle question = new ConfirmHandle(robot);

        record.pressNew();
        waitUntil(question::asked);
        assertEquals("Discard the changes to the absence from 02/02/2026 (Łukasz Nowak)?", question.question());
        question.stay();
        waitUntil(() -> !question.asked());
        assertEquals("03/02/2026", record.lastDayField().getEditor().getText());
        assertEquals(0, record.table().getSelectionModel().getSelectedIndex(), "still on the absence being changed");

        record.backInTheWindow();
        record.pressNew();
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !question.asked());
        waitUntil(() -> record.lastDayField().getEditor().getText().isEmpty());
        assertNull(record.table().getSelectionModel().getSelectedItem());
        assertEquals(java.time.LocalDate.of(2026, 2, 4), desk.absences().ofMember(member.id()).get(0).lastDay(),
                "the change was discarded, not saved");
    }
}
