package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.repdesk.testing.FxWait.waitUntil;

import java.time.LocalDate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
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
 * A date the field cannot read stays as the rep typed it when they leave the field or press Enter,
 * with its problem, so "must be a real date" never turns into "Required." over a blank field.
 */
@ExtendWith(ApplicationExtension.class)
class DateFieldKeepsWhatWasTypedTest {

    private final SimpleObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.of(2026, 11, 23));
    private final SimpleStringProperty typedProblem = new SimpleStringProperty("");
    private DateField field;
    private TextField next;

    @Start
    void start(Stage stage) {
        field = DateField.over("Date", date, typedProblem);
        next = new TextField();
        stage.setScene(new Scene(new VBox(8, field, next), 320, 120));
        stage.show();
    }

    private void typeIntoTheField(String text, FxRobot robot) {
        robot.clickOn(field.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    @Test
    void aDateThatIsNotOneIsKeptWhenTheRepLeavesTheField(FxRobot robot) throws Exception {
        typeIntoTheField("31/02/2026", robot);
        robot.clickOn(next);
        waitUntil(next::isFocused);

        assertEquals("31/02/2026", field.getEditor().getText(), "the rep's typing is kept to be put right");
        assertNull(date.get(), "the form holds no date, not the one the field showed before");
        assertEquals(Messages.text("screens.date.unreadable", "Date"), typedProblem.get());
    }

    @Test
    void enterDoesNotBlankItEither(FxRobot robot) throws Exception {
        typeIntoTheField("2026-13-01", robot);
        robot.push(KeyCode.ENTER);
        robot.clickOn(next);
        waitUntil(next::isFocused);

        assertEquals("2026-13-01", field.getEditor().getText());
        assertEquals(Messages.text("screens.date.unreadable", "Date"), typedProblem.get());
    }

    @Test
    void aDateThatIsOneIsWrittenTheUkWayWhenTheRepLeaves(FxRobot robot) throws Exception {
        typeIntoTheField("31/02/2026", robot);
        robot.clickOn(next);
        typeIntoTheField("1/3/2026", robot);
        robot.clickOn(next);
        waitUntil(next::isFocused);

        assertEquals("01/03/2026", field.getEditor().getText());
        assertEquals(LocalDate.of(2026, 3, 1), date.get());
        assertEquals("", typedProblem.get());
    }

    @Test
    void aDateTheFormSetsReplacesWhatWasTyped(FxRobot robot) throws Exception {
        typeIntoTheField("31/02/2026", robot);
        robot.clickOn(next);
        robot.interact(() -> date.set(LocalDate.of(2026, 12, 4))); // another record loaded

        assertEquals("04/12/2026", field.getEditor().getText());
        assertEquals("", typedProblem.get());
        robot.interact(() -> date.set(null)); // the form cleared
        assertEquals("", field.getEditor().getText());
    }
}
