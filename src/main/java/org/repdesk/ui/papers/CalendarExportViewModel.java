package org.repdesk.ui.papers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.service.CalendarExport;

/** The calendar export's choices: from and to (either may be open), and whether members' names go in. */
public final class CalendarExportViewModel {

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty typedProblem = new SimpleStringProperty("");
    private final BooleanProperty withNames = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(true);

    /** From the desk's today, to no end. */
    public static CalendarExportViewModel of(org.repdesk.service.RepDesk desk) {
        return new CalendarExportViewModel(desk.cases().today());
    }

    public CalendarExportViewModel(LocalDate today) {
        from.set(today);
        for (Observable o : List.of(from, to, typedProblem)) {
            o.addListener(x -> check());
        }
        check();
    }

    /**
     * Writes the hearings and deadlines chosen to {@code out} through the runner (owner-only, whole or
     * not at all); {@code written} gets how many events it holds.
     */
    public void write(CalendarExport calendar, java.nio.file.Path out, Runner runner,
            java.util.function.Consumer<Integer> written) {
        CalendarExport.Choice chosen = choice();
        runner.run(Messages.text("papers.calendar.failed"), () -> calendar.write(out, chosen), written);
    }

    private void check() {
        String typed = typedProblem.get() == null ? "" : typedProblem.get();
        problem.set(!typed.isEmpty() ? typed : from.get() != null && to.get() != null && to.get().isBefore(from.get())
                ? Messages.text("papers.calendar.backwards") : "");
        canExport.set(problem.get().isEmpty());
    }

    public CalendarExport.Choice choice() {
        return new CalendarExport.Choice(from.get(), to.get(), Optional.empty(), withNames.get());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** What the date fields say is wrong with the text typed in them. */
    public StringProperty typedProblemProperty() {
        return typedProblem;
    }

    public BooleanProperty withNamesProperty() {
        return withNames;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExportProperty() {
        return canExport.getReadOnlyProperty();
    }
}
