package org.repdesk.ui.demands;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.ui.common.DialogForm;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.FormState;
import org.repdesk.ui.papers.Runner;

/**
 * "Change status" of a demand: when it changed and why, before the change joins its history.
 * The date's problem shows beside it once touched or on Save; the change is saved off the FX
 * thread, once, and a refusal keeps what was typed.
 */
public final class StatusChangeViewModel {

    /** The service's change of a demand's status (run on the worker). */
    @FunctionalInterface
    public interface ChangeStatus {
        Demand change(UUID demandId, DemandStatus to, LocalDate on, String note);
    }

    private final Runner runner;
    private final Demand demand;
    private final DemandStatus to;
    private final ChangeStatus change;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateTyped = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final DialogForm parts = new DialogForm();
    private final BooleanProperty showAll = parts.showAll();
    private final FieldProblem dateProblem = new FieldProblem(showAll);
    private final FieldProblem noteProblem = new FieldProblem(showAll);
    private final FieldProblem rest = parts.rest();
    private final FormState form = parts.form();
    private Consumer<Demand> onSaved = d -> { };

    public StatusChangeViewModel(Runner runner, Demand demand, DemandStatus to, LocalDate today, ChangeStatus change) {
        this.runner = runner;
        this.demand = demand;
        this.to = to;
        this.change = change;
        date.set(today);
        date.addListener(x -> dateProblem.touch());
        dateTyped.addListener(x -> dateProblem.touch());
        note.addListener(x -> noteProblem.touch());
        for (Observable o : List.of(date, dateTyped, note)) {
            o.addListener(x -> check());
        }
        check();
    }

    public void setOnSaved(Consumer<Demand> onSaved) {
        this.onSaved = onSaved;
    }

    private void check() {
        dateProblem.set(FieldChecks.date(date.get(), dateTyped.get(), true));
        noteProblem.set(FieldChecks.longText(note.get(), false));
        boolean fieldsRight = !dateProblem.isWrong() && !noteProblem.isWrong();
        rest.set(fieldsRight ? String.join("\n", DemandStatusChange.of(demand.id(), date.get(), demand.status(), to,
                note.get(), null).problems()) : "");
        form.checked(fieldsRight && !rest.isWrong(), true);
    }

    /**
     * Records the change; {@code saved} gets the demand as changed, on the FX thread. False, with
     * every problem shown, when the form cannot be saved as it is or a save is already running.
     */
    public boolean save(Consumer<Demand> saved) {
        showAll.set(true);
        check();
        if (!form.validProperty().get()) {
            return false;
        }
        LocalDate on = date.get();
        String why = note.get();
        return form.save(runner, Messages.text("boards.error.status"), () -> change.change(demand.id(), to, on, why),
                () -> { }, done -> {
                    onSaved.accept(done);
                    saved.accept(done);
                });
    }

    public Demand demand() {
        return demand;
    }

    /** The status the demand moves to. */
    public DemandStatus to() {
        return to;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty dateTypedProblemProperty() {
        return dateTyped;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FieldProblem dateProblem() {
        return dateProblem;
    }

    public FieldProblem noteProblem() {
        return noteProblem;
    }

    /** Said under the form: why the store refused the change, or anything else the model refuses. */
    public StringBinding formProblemProperty() {
        return parts.formProblem();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /**
     * Save is offered on a form just opened (pressed, it shows every problem at once), then waits
     * until they are put right; and it waits while a save runs.
     */
    public BooleanBinding cannotSaveProperty() {
        return parts.cannotSave();
    }
}
