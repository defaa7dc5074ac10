package org.repdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What every record dialog's view-model shares (a demand, a meeting, a response, a status change, a
 * timeline entry): whether every problem is shown yet (Save was pressed), the model's own refusals
 * said under the form with the store's, and when Save waits.
 */
public final class DialogForm {

    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final FieldProblem rest = new FieldProblem(showAll);
    private final FormState form = new FormState();
    private final StringBinding formProblem = Bindings.createStringBinding(
            () -> FieldChecks.first(form.saveProblemProperty().get(), rest.shownProperty().get()),
            form.saveProblemProperty(), rest.shownProperty());
    private final BooleanBinding cannotSave = form.savingProperty().or(showAll.and(form.validProperty().not()));

    /** True once Save was pressed: every field's problem is shown, touched or not. */
    public BooleanProperty showAll() {
        return showAll;
    }

    /** What the model refuses beyond the fields' own checks. */
    public FieldProblem rest() {
        return rest;
    }

    public FormState form() {
        return form;
    }

    /** Said under the form: why the store refused the record, or anything else the model refuses. */
    public StringBinding formProblem() {
        return formProblem;
    }

    /**
     * Save is offered on a form just opened (pressed, it shows every problem at once), then waits
     * until they are put right; and it waits while a save runs.
     */
    public BooleanBinding cannotSave() {
        return cannotSave;
    }
}
