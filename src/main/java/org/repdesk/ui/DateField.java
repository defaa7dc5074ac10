package org.repdesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.repdesk.i18n.Messages;

/**
 * A date picker that shows UK dates (23/11/2026), also accepts ISO dates (2026-11-23), and never
 * guesses: text it cannot read becomes a problem message instead of a silently different date, and
 * stays as the rep typed it when the field loses focus (or Enter is pressed) so they can put it right.
 */
public final class DateField extends DatePicker {

    public static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            UK,
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** A date of the widest digits, for the room a date needs. */
    private static final LocalDate WIDEST_DATE = LocalDate.of(2028, 12, 28);

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final String fieldName;
    /** What the rep typed while it is not a date; null once the text is a date or blank. */
    private String typedNotADate;
    /** The text as the calendar began to close, put back once it has (null the rest of the time). */
    private String textAsTheCalendarCloses;
    /**
     * Puts the text back after the skin has rewritten it from the value: as the calendar closes
     * (Esc, its button, a click elsewhere) JavaFX's DatePickerSkin writes "" for no value, whatever
     * the converter says, and a half-typed date in an empty field ("08/06/20") was blanked.
     */
    private final javafx.beans.value.ChangeListener<Boolean> textBackAfterClosing = (o, was, showing) -> {
        String text = textAsTheCalendarCloses;
        textAsTheCalendarCloses = null;
        if (!showing && text != null && !text.equals(getEditor().getText())) {
            getEditor().setText(text);
            getEditor().positionCaret(text.length());
        }
    };

    public DateField(String fieldName, LocalDate initial) {
        this.fieldName = fieldName;
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // The picker rewrites its text from its value when it commits: text that is not a date
                // is kept as typed ("31/02/2026" must not become "" and then "Required.").
                return typedNotADate != null ? typedNotADate : date == null ? "" : UK.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                // Text that is not a date leaves the picker's value as it was: a value set to null would
                // blank the text (JavaFX shows "" for no date, whatever the converter says). What the
                // field holds is then date(), which reads the text: null, with its problem.
                return text != null && !text.isBlank() && parse(text) == null ? getValue() : parse(text);
            }
        });
        setPromptText(Messages.text("date.prompt")); // dd/mm/bbbb in Welsh (blwyddyn)
        setValue(initial);
        getEditor().textProperty().addListener((obs, old, text) -> {
            typedNotADate = text != null && !text.isBlank() && parse(text) == null ? text : null;
            check(text);
        });
        // A date picked, committed or set by the screen replaces the text, whatever was typed.
        valueProperty().addListener((obs, old, value) -> {
            typedNotADate = null;
            check(getEditor().getText());
        });
        // Closing the calendar without picking a day leaves the text as it was; a day picked has
        // already replaced it (the value changes first). The first listener runs before the skin's, the
        // second after it: each skin adds its own as it is made, so the second moves behind it.
        showingProperty().addListener((o, was, showing) -> {
            if (!showing) {
                textAsTheCalendarCloses = getEditor().getText();
            }
        });
        skinProperty().addListener((o, old, skin) -> {
            showingProperty().removeListener(textBackAfterClosing);
            showingProperty().addListener(textBackAfterClosing);
        });
        setMaxWidth(Double.MAX_VALUE);
    }

    /**
     * Never narrower than its prompt or a date: squeezed by a form at 1024x700 the Welsh
     * "dd/mm/bbbb" read "dd/mm/bbb" (issue 20), and the brief's "01/12/2025" read "01/12/202". The
     * words, the editor's padding and the calendar button, measured in the font of the moment
     * (Ctrl+plus widens it). The stylesheet sets no min-width for date pickers: one set there
     * (10em, 140 pixels) took the place of this, and a form squeezed the Welsh prompt's 90 pixels into 89.
     */
    @Override
    protected double computeMinWidth(double height) {
        double own = super.computeMinWidth(height);
        if (getSkin() == null) {
            return own;
        }
        javafx.scene.Node button = lookup(".arrow-button");
        double words = Math.max(WholeText.width(getPromptText(), getEditor().getFont()),
                WholeText.width(UK.format(WIDEST_DATE), getEditor().getFont()));
        double needs = words + getEditor().snappedLeftInset() + getEditor().snappedRightInset()
                + (button == null ? 0 : button.prefWidth(-1)) + snappedLeftInset() + snappedRightInset();
        return Math.max(own, Math.ceil(needs) + 4); // room for the platform rounding each part to whole pixels
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
     * focus), and the field follows {@code date} when the form changes it (a record loaded, the form
     * cleared); {@code typedProblem} gets the field's word on text it cannot read.
     */
    public static DateField over(String fieldName, ObjectProperty<LocalDate> date, StringProperty typedProblem) {
        DateField field = following(fieldName, date);
        typedProblem.bind(field.problemProperty());
        return field;
    }

    /**
     * A date field kept together with {@code date}, as {@link #over}, for a form that shows the field's
     * own {@link #problemProperty} itself. Text that is not a date makes {@code date} null and stays as
     * typed: it is not written back over (a two-way binding to the picker's value would blank it).
     */
    public static DateField following(String fieldName, ObjectProperty<LocalDate> date) {
        DateField field = new DateField(fieldName, date.get());
        boolean[] telling = {false};
        java.util.function.Consumer<LocalDate> tell = d -> {
            if (!Objects.equals(d, date.get())) {
                telling[0] = true;
                try {
                    date.set(d);
                } finally {
                    telling[0] = false;
                }
            }
        };
        field.getEditor().textProperty().addListener((o, a, t) -> tell.accept(field.date()));
        // Picked from the calendar: the value changes before the text does.
        field.valueProperty().addListener((o, a, d) -> tell.accept(d));
        date.addListener((o, a, d) -> {
            if (!telling[0]) {
                field.show(d);
            }
        });
        return field;
    }

    /** Shows {@code date} (or nothing), replacing whatever was typed. */
    public void show(LocalDate date) {
        setValue(date);
        getEditor().setText(format(date));
    }

    public static String format(LocalDate date) {
        return date == null ? "" : UK.format(date);
    }
}
