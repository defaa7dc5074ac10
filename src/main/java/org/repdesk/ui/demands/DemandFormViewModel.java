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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.Priority;
import org.repdesk.ui.common.DialogForm;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.FormState;
import org.repdesk.ui.papers.Runner;

/**
 * A new demand, or one being edited: its wording, kind, who raised it and when, priority, and its
 * evidence rule. Each field's problem shows beside it once touched or on Save; the demand is saved
 * off the FX thread, once, and a refusal keeps what was typed. An edit with nothing changed writes nothing.
 */
public final class DemandFormViewModel {

    private final Runner runner;
    /** The demand as read when the form opened; null for a new one. */
    private final Demand editing;
    private final UnaryOperator<Demand> save;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<DemandKind> kind = new SimpleObjectProperty<>(DemandKind.LOCAL_DEMAND);
    private final StringProperty raisedBy = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> raisedOn = new SimpleObjectProperty<>();
    private final StringProperty raisedOnTyped = new SimpleStringProperty("");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.MEDIUM);
    /** The type of case that counts as evidence; null for no rule. */
    private final ObjectProperty<CaseType> evidenceType = new SimpleObjectProperty<>();
    private final BooleanProperty onlyWorkloadFactor = new SimpleBooleanProperty(false);
    private final BooleanBinding noRule = evidenceType.isNull();

    private final DialogForm parts = new DialogForm();
    private final BooleanProperty showAll = parts.showAll();
    private final FieldProblem titleProblem = new FieldProblem(showAll);
    private final FieldProblem textProblem = new FieldProblem(showAll);
    private final FieldProblem raisedByProblem = new FieldProblem(showAll);
    private final FieldProblem raisedOnProblem = new FieldProblem(showAll);
    private final FieldProblem rest = parts.rest();
    private final FormState form = parts.form();
    private Consumer<Demand> onSaved = d -> { };

    private DemandFormViewModel(Runner runner, Demand editing, UnaryOperator<Demand> save) {
        this.runner = runner;
        this.editing = editing;
        this.save = save;
        if (editing != null) {
            title.set(nz(editing.title()));
            text.set(nz(editing.text()));
            kind.set(editing.kind());
            raisedBy.set(nz(editing.raisedBy()));
            raisedOn.set(editing.raisedOn());
            priority.set(editing.priority());
            evidenceType.set(editing.evidenceCaseType());
            onlyWorkloadFactor.set(editing.evidenceNeedsWorkloadFactor());
        }
        title.addListener(x -> titleProblem.touch());
        text.addListener(x -> textProblem.touch());
        raisedBy.addListener(x -> raisedByProblem.touch());
        raisedOn.addListener(x -> raisedOnProblem.touch());
        raisedOnTyped.addListener(x -> raisedOnProblem.touch());
        for (Observable o : List.of(title, text, kind, raisedBy, raisedOn, raisedOnTyped, priority, evidenceType,
                onlyWorkloadFactor)) {
            o.addListener(x -> check());
        }
        check();
    }

    /** A new demand raised {@code today}; {@code raise} is the service's recording of it. */
    public static DemandFormViewModel forNew(Runner runner, LocalDate today, UnaryOperator<Demand> raise) {
        DemandFormViewModel vm = new DemandFormViewModel(runner, null, raise);
        vm.raisedOn.set(today);
        vm.raisedOnProblem.untouch();
        return vm;
    }

    /** {@code saved} to edit; {@code update} is the service's saving of the edit (never its status). */
    public static DemandFormViewModel forEditing(Runner runner, Demand saved, UnaryOperator<Demand> update) {
        return new DemandFormViewModel(runner, saved, update);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public void setOnSaved(Consumer<Demand> onSaved) {
        this.onSaved = onSaved;
    }

    private void check() {
        titleProblem.set(FieldChecks.shortText(title.get(), true));
        textProblem.set(FieldChecks.longText(text.get(), false));
        raisedByProblem.set(FieldChecks.shortText(raisedBy.get(), false));
        raisedOnProblem.set(FieldChecks.date(raisedOn.get(), raisedOnTyped.get(), true));
        boolean fieldsRight = List.of(titleProblem, textProblem, raisedByProblem, raisedOnProblem).stream()
                .noneMatch(FieldProblem::isWrong);
        Demand draft = draft();
        // The model's own rules as well, so nothing the service would refuse is offered for saving.
        rest.set(fieldsRight ? String.join("\n", draft.problems()) : "");
        form.checked(fieldsRight && !rest.isWrong(), editing == null || !draft.equals(editing));
    }

    /** The demand as the form holds it (an edited one keeps its id, status and source). */
    Demand draft() {
        Demand base = editing != null ? editing
                : Demand.raise(title.get(), text.get(), kind.get(), raisedBy.get(), raisedOn.get(), priority.get());
        CaseType type = evidenceType.get();
        return base.withDetails(title.get(), text.get(), kind.get(), raisedBy.get(), raisedOn.get(), priority.get())
                .withEvidenceRule(type, type != null && onlyWorkloadFactor.get());
    }

    /**
     * Saves the demand; {@code saved} gets it on the FX thread (an edit with nothing changed gets the
     * demand as opened, nothing written). False, with every problem shown beside its field, when the
     * form cannot be saved as it is or a save is already running.
     */
    public boolean save(Consumer<Demand> saved) {
        showAll.set(true);
        check();
        if (!form.validProperty().get()) {
            return false;
        }
        Demand d = draft();
        return form.save(runner, Messages.text("boards.error.demandNotSaved"), () -> save.apply(d),
                () -> saved.accept(editing), done -> {
                    onSaved.accept(done);
                    saved.accept(done);
                });
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The demand being edited, or null for a new one. */
    public Demand editing() {
        return editing;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<DemandKind> kindProperty() {
        return kind;
    }

    public StringProperty raisedByProperty() {
        return raisedBy;
    }

    public ObjectProperty<LocalDate> raisedOnProperty() {
        return raisedOn;
    }

    public StringProperty raisedOnTypedProblemProperty() {
        return raisedOnTyped;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public ObjectProperty<CaseType> evidenceTypeProperty() {
        return evidenceType;
    }

    public BooleanProperty onlyWorkloadFactorProperty() {
        return onlyWorkloadFactor;
    }

    /** With no evidence rule, "only where workload is a factor" means nothing and is not offered. */
    public BooleanBinding noRuleProperty() {
        return noRule;
    }

    public FieldProblem titleProblem() {
        return titleProblem;
    }

    public FieldProblem textProblem() {
        return textProblem;
    }

    public FieldProblem raisedByProblem() {
        return raisedByProblem;
    }

    public FieldProblem raisedOnProblem() {
        return raisedOnProblem;
    }

    /** Said under the form: why the store refused the demand, or anything else the model refuses. */
    public StringBinding formProblemProperty() {
        return parts.formProblem();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /** The form holds changes from the demand as opened (always, for a new one). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return form.dirtyProperty();
    }

    /**
     * Save is offered on a form just opened (pressed, it shows every problem at once), then waits
     * until they are put right; and it waits while a save runs.
     */
    public BooleanBinding cannotSaveProperty() {
        return parts.cannotSave();
    }
}
