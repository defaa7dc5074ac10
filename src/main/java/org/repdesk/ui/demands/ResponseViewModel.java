package org.repdesk.ui.demands;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.ResponseChannel;
import org.repdesk.ui.common.DialogForm;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.FormState;
import org.repdesk.ui.papers.Runner;

/**
 * "Record employer response" on one demand: when, what was said, by whom, where, the status it
 * leaves the demand in and any date promised. Each field's problem shows beside it once touched or
 * on Save; the response is saved off the FX thread, once, and a refusal keeps what was typed.
 */
public final class ResponseViewModel {

    private final Runner runner;
    private final Demand demand;
    private final UnaryOperator<EmployerResponse> record;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateTyped = new SimpleStringProperty("");
    private final StringProperty said = new SimpleStringProperty("");
    private final StringProperty by = new SimpleStringProperty("");
    private final ObjectProperty<ResponseChannel> channel = new SimpleObjectProperty<>(ResponseChannel.MEETING);
    private final ObjectProperty<DemandStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> promised = new SimpleObjectProperty<>();
    private final StringProperty promisedTyped = new SimpleStringProperty("");

    private final DialogForm parts = new DialogForm();
    private final BooleanProperty showAll = parts.showAll();
    private final FieldProblem dateProblem = new FieldProblem(showAll);
    private final FieldProblem saidProblem = new FieldProblem(showAll);
    private final FieldProblem byProblem = new FieldProblem(showAll);
    private final FieldProblem promisedProblem = new FieldProblem(showAll);
    /** Anything else the model refuses, said under the form once Save was pressed. */
    private final FieldProblem rest = parts.rest();
    private final FormState form = parts.form();
    private Consumer<EmployerResponse> onSaved = r -> { };

    /** {@code record}: the service's recording of a response (run on the worker). */
    public ResponseViewModel(Runner runner, Demand demand, LocalDate today, UnaryOperator<EmployerResponse> record) {
        this.runner = runner;
        this.demand = demand;
        this.record = record;
        date.set(today);
        touchOnChange(dateProblem, date, dateTyped);
        touchOnChange(saidProblem, said);
        touchOnChange(byProblem, by);
        touchOnChange(promisedProblem, promised, promisedTyped);
        for (Observable o : List.of(date, dateTyped, said, by, channel, status, promised, promisedTyped)) {
            o.addListener(x -> check());
        }
        check();
    }

    private static void touchOnChange(FieldProblem problem, Observable... fields) {
        for (Observable f : fields) {
            f.addListener(x -> problem.touch());
        }
    }

    public void setOnSaved(Consumer<EmployerResponse> onSaved) {
        this.onSaved = onSaved;
    }

    private void check() {
        LocalDate on = date.get();
        LocalDate by = promised.get();
        dateProblem.set(FieldChecks.date(on, dateTyped.get(), true));
        saidProblem.set(FieldChecks.longText(said.get(), true));
        byProblem.set(FieldChecks.shortText(this.by.get(), false));
        promisedProblem.set(FieldChecks.first(FieldChecks.date(by, promisedTyped.get(), false),
                on != null && by != null && by.isBefore(on) ? Messages.text("problems.response.promisedBeforeResponse") : ""));
        boolean fieldsRight = List.of(dateProblem, saidProblem, byProblem, promisedProblem).stream()
                .noneMatch(FieldProblem::isWrong);
        // The model's own rules as well, so nothing the service would refuse is offered for saving.
        rest.set(fieldsRight ? String.join("\n", draft().problems()) : "");
        form.checked(fieldsRight && !rest.isWrong(), true);
    }

    /** The response as the form holds it. */
    EmployerResponse draft() {
        return EmployerResponse.of(demand.id(), date.get(), said.get(), by.get(), channel.get(), status.get(),
                promised.get(), null);
    }

    /**
     * Saves the response; {@code saved} gets it on the FX thread. False, with every problem shown
     * beside its field, when the form cannot be saved as it is or a save is already running.
     */
    public boolean save(Consumer<EmployerResponse> saved) {
        showAll.set(true);
        check();
        if (!form.validProperty().get()) {
            return false;
        }
        EmployerResponse r = draft();
        return form.save(runner, Messages.text("boards.detail.responseNotSaved"), () -> record.apply(r), () -> { },
                done -> {
                    onSaved.accept(done);
                    saved.accept(done);
                });
    }

    /** The demand responded to. */
    public Demand demand() {
        return demand;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** What the date field says of text it cannot read ("" when it reads it, or it is blank). */
    public StringProperty dateTypedProblemProperty() {
        return dateTyped;
    }

    public StringProperty saidProperty() {
        return said;
    }

    public StringProperty byProperty() {
        return by;
    }

    public ObjectProperty<ResponseChannel> channelProperty() {
        return channel;
    }

    /** The status the response leaves the demand in; {@code null} for no change. */
    public ObjectProperty<DemandStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> promisedProperty() {
        return promised;
    }

    public StringProperty promisedTypedProblemProperty() {
        return promisedTyped;
    }

    public FieldProblem dateProblem() {
        return dateProblem;
    }

    public FieldProblem saidProblem() {
        return saidProblem;
    }

    public FieldProblem byProblem() {
        return byProblem;
    }

    public FieldProblem promisedProblem() {
        return promisedProblem;
    }

    /** Said under the form: why the store refused the response, or anything else the model refuses. */
    public StringBinding formProblemProperty() {
        return parts.formProblem();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return form.savingProperty();
    }

    /**
     * Save is offered on a form just opened (pressed, it shows every problem at once), then waits
     * until they are put right; and it waits while a save runs.
     */
    public BooleanBinding cannotSaveProperty() {
        return parts.cannotSave();
    }
}
