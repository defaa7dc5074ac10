package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.FxWait;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.Background;
import org.repdesk.ui.handles.AbsenceWindowHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A rep records a member's absence on the screen, sees the count, and deletes it again. */
@ExtendWith(ApplicationExtension.class)
class AbsenceWindowTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Member member;
    private final Background background = new Background();

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("absence-" + System.nanoTime()));
        member = desk.members().save(aMember().named("Łukasz Nowak").number("N9101").hours(37.0).build());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("RepDesk"), 200, 100));
        stage.show();
        AbsenceWindow.show(stage, background, desk.absences(), member);
    }

    @AfterEach
    void close() {
        background.shutdown();
        desk.close();
    }

    @Test
    void theRepAddsAnAbsenceSeesItCountedAndDeletesItAfterConfirming(FxRobot robot) throws Exception {
        AbsenceWindowHandle absences = new AbsenceWindowHandle(robot);
        absences.typeFirstDay("08/06/2026").typeLastDay("10/06/2026").save();

        FxWait.waitUntil(() -> desk.absences().ofMember(member.id()).size() == 1);
        TableView<?> table = absences.table();
        FxWait.waitUntil(() -> table.getItems().size() == 1);
        String asWritten = absences.asWritten();
        assertTrue(asWritten.contains("3 days, 1 spell"), asWritten);
        // The next absence begins where the first did (it went to the trigger's date on the other side).
        FxWait.waitUntil(() -> absences.firstDayField().isFocused());

        robot.clickOn("08/06/2026"); // the row in the list
        absences.delete();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Delete…".equals(((javafx.scene.control.Button) n).getText()))
                .queryButton());

        FxWait.waitUntil(() -> desk.absences().ofMember(member.id()).isEmpty());
        FxWait.waitUntil(() -> table.getItems().isEmpty());
        assertEquals(0, table.getItems().size());
    }
}
