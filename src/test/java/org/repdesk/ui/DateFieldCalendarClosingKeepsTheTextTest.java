package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.repdesk.testing.FxWait.waitUntil;

import java.time.LocalDate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A half-typed date in an empty field ("08/06/20", the year not finished) stays as typed when the
 * rep opens its calendar and closes it again without picking a day: by Esc, as seen blanked under a
 * real X server, or by the calendar's button. JavaFX rewrites the text from the picker's value as
 * the calendar closes, and there is no value yet.
 */
@ExtendWith(ApplicationExtension.class)
class DateFieldCalendarClosingKeepsTheTextTest {

    private final SimpleObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final SimpleStringProperty typedProblem = new SimpleStringProperty("");
    private DateField field;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        field = DateField.over("First day", date, typedProblem);
        stage.setScene(new Scene(new VBox(8, field), 320, 400));
        stage.show();
    }

    private void typeAndOpenTheCalendar(FxRobot robot) throws Exception {
        robot.clickOn(field.getEditor());
        robot.write("08/06/20");
        robot.push(KeyCode.ALT, KeyCode.DOWN); // the calendar, from the keyboard
        waitUntil(field::isShowing);
    }

    @Test
    void escClosesTheCalendarAndLeavesTheHalfTypedDate(FxRobot robot) throws Exception {
        typeAndOpenTheCalendar(robot);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !field.isShowing());

        assertEquals("08/06/20", field.getEditor().getText(), "the rep's typing is still there to finish");
        assertEquals(Messages.text("screens.date.unreadable", "First day"), typedProblem.get(),
                "and still said not to be a date yet, so the form counts it as typed");
        assertNull(date.get());
    }

    @Test
    void theCalendarsButtonClosingItLeavesTheTextToo(FxRobot robot) throws Exception {
        typeAndOpenTheCalendar(robot);

        robot.push(KeyCode.ALT, KeyCode.UP); // the same toggle as the button beside the text
        waitUntil(() -> !field.isShowing());

        assertEquals("08/06/20", field.getEditor().getText());
        assertEquals(8, field.getEditor().getCaretPosition(), "the cursor where the typing stopped");
    }

    @Test
    void aDayPickedStillReplacesTheText(FxRobot robot) throws Exception {
        typeAndOpenTheCalendar(robot);

        robot.interact(() -> {
            field.setValue(LocalDate.of(2026, 6, 8)); // as a day clicked in the calendar does, then closes it
            field.hide();
        });

        assertEquals("08/06/2026", field.getEditor().getText());
        assertEquals(LocalDate.of(2026, 6, 8), date.get());
        assertEquals("", typedProblem.get());
    }
}
