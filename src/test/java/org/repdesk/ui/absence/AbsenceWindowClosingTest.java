package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
 * A member's absence record closes with Esc and Ctrl+W as well as its close box, and a half-typed
 * absence is never dropped without asking: Keep editing (the default) leaves it as typed, Discard closes.
 */
@ExtendWith(ApplicationExtension.class)
class AbsenceWindowClosingTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Member member;
    private Stage absences;
    private final Background background = new Background();

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("closing-" + System.nanoTime()));
        member = desk.members().save(aMember().named("Łukasz Nowak").number("N9101").hours(37.0).build());
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
    void escOnAHalfTypedAbsenceAsksKeepEditingKeepsTheTextAndDiscardCloses(FxRobot robot) throws Exception {
        AbsenceWindowHandle record = new AbsenceWindowHandle(robot);
        record.typeFirstDay("08/06/20"); // not a date yet: the year is half-typed

        record.pressEscape();
        ConfirmHandle question = new ConfirmHandle(robot);
        waitUntil(question::asked);
        assertEquals("Discard the absence typed for Łukasz Nowak?", question.question());
        assertEquals("Keep editing", question.stayWords());
        assertTrue(question.stayIsTheDefault(), "Enter keeps the typing");

        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(absences.isShowing(), "Keep editing leaves the window open");
        assertEquals("08/06/20", record.firstDayField().getEditor().getText(), "and the text as typed");

        record.backInTheWindow();
        record.pressEscape();
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !absences.isShowing());
        assertTrue(desk.absences().ofMember(member.id()).isEmpty(), "nothing was added");
    }

    @Test
    void escOnAnEmptyFormClosesAtOnce(FxRobot robot) throws Exception {
        AbsenceWindowHandle record = new AbsenceWindowHandle(robot);
        robot.clickOn(record.firstDayField());

        record.pressEscape();
        waitUntil(() -> !absences.isShowing());
        assertFalse(new ConfirmHandle(robot).asked(), "nothing typed, nothing asked");
    }

    @Test
    void ctrlWAndTheCloseBoxAskFirstToo(FxRobot robot) throws Exception {
        AbsenceWindowHandle record = new AbsenceWindowHandle(robot);
        record.typeFirstDay("08/06/2026");
        ConfirmHandle question = new ConfirmHandle(robot);

        record.pressCtrlW();
        waitUntil(question::asked);
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(absences.isShowing());
        record.backInTheWindow();

        // The window manager's close box, as it asks the window to close.
        Platform.runLater(() -> absences.fireEvent(new WindowEvent(absences, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(question::asked);
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(absences.isShowing(), "the close box held while the rep keeps editing");
        assertEquals("08/06/2026", record.firstDayField().getEditor().getText());

        Platform.runLater(() -> absences.fireEvent(new WindowEvent(absences, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !absences.isShowing());
    }

    @Test
    void aWorkingPatternChangedAndNotSavedIsAskedAboutToo(FxRobot robot) throws Exception {
        AbsenceWindowHandle record = new AbsenceWindowHandle(robot);
        record.typeHoursPerWeek("20");
        ConfirmHandle question = new ConfirmHandle(robot);

        record.pressEscape();
        waitUntil(question::asked);
        assertEquals("Discard the changes to Łukasz Nowak's working pattern?", question.question());
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(absences.isShowing());
        assertEquals("20", record.hoursPerWeek());

        record.backInTheWindow();
        record.pressEscape();
        waitUntil(question::asked);
        question.act();
        waitUntil(() -> !absences.isShowing());
    }

    @Test
    void afterAddTheFormIsEmptyEvenOfALastDayThatWasNotADate(FxRobot robot) throws Exception {
        AbsenceWindowHandle record = new AbsenceWindowHandle(robot);
        record.typeLastDay("13/13/2026"); // no date; a part day leaves it aside and Add goes ahead
        record.partOfOneDay("3");
        record.typeFirstDay("08/06/2026");
        record.save();
        waitUntil(() -> desk.absences().ofMember(member.id()).size() == 1);
        waitUntil(() -> record.table().getItems().size() == 1);

        assertEquals("", record.lastDayField().getEditor().getText(), "the form emptied for the next one");
        assertEquals("", record.firstDayField().getEditor().getText());
        record.backInTheWindow();
        record.pressEscape();
        waitUntil(() -> !absences.isShowing());
        assertFalse(new ConfirmHandle(robot).asked(), "nothing typed since Add, nothing asked");
    }
}
