package org.repdesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.repdesk.i18n.Messages;

/**
 * A date picker that shows UK dates (23/11/2026), also accepts ISO dates (2026-11-23), and never
 * guesses: text it cannot read becomes a problem message instead of a silently different date.
 */
public final class DateField extends DatePicker {

    public static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            UK,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final String fieldName;

    public DateField(String fieldName, LocalDate initial) {
        this.fieldName = fieldName;
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : UK.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parse(text);
            }
        });
        setPromptText(Messages.text("date.prompt")); // dd/mm/bbbb in Welsh (blwyddyn)
        setValue(initial);
        getEditor().textProperty().addListener((obs, old, text) -> check(text));
        valueProperty().addListener((obs, old, value) -> check(getEditor().getText()));
        setMaxWidth(Double.MAX_VALUE);
    }

    private LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : ACCEPTED) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return null;
    }

    private void check(String text) {
        boolean unreadable = text != null && !text.isBlank() && parse(text) == null;
        problem.set(unreadable ? Messages.text("screens.date.unreadable", fieldName) : "");
    }

    /** The date typed or picked, reading the editor's text even before the field loses focus. */
    public LocalDate date() {
        String text = getEditor().getText();
        return text == null || text.isBlank() ? null : parse(text);
    }

    /** Empty when the text is a date or blank; otherwise what is wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * A date field over a form's view-model: {@code date} follows the field as typed (before it loses
     * focus), {@code typedProblem} the field's word on text it cannot read.
     */
    public static DateField over(String fieldName, javafx.beans.property.ObjectProperty<LocalDate> date,
            javafx.beans.property.StringProperty typedProblem) {
        DateField field = new DateField(fieldName, date.get());
        field.getEditor().textProperty().addListener((o, a, t) -> date.set(field.date()));
        field.valueProperty().addListener((o, a, d) -> date.set(d));
        typedProblem.bind(field.problemProperty());
        return field;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : UK.format(date);
    }
}
