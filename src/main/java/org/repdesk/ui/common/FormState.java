package org.repdesk.ui.common;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.repdesk.ui.Background;
import org.repdesk.ui.papers.Runner;

/**
 * What every form's view-model tells its view: whether it holds changes, whether they may be saved,
 * whether a save is running, why the last one was refused; and the save itself, run once at a time
 * through {@link Saving}, the typing kept when it is refused.
 */
public final class FormState {

    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave = dirty.getReadOnlyProperty().and(valid.getReadOnlyProperty())
            .and(saving.getReadOnlyProperty().not());
    private final BooleanBinding canRevert = dirty.getReadOnlyProperty().and(saving.getReadOnlyProperty().not());

    /** After the form's fields were checked: whether they may be saved, and whether they differ from the saved record. */
    public void checked(boolean isValid, boolean isDirty) {
        valid.set(isValid);
        dirty.set(isDirty);
    }

    /** Nothing shown: nothing to save. */
    public void clear() {
        checked(false, false);
        forgetRefusal();
    }

    /** A record newly shown: the last refusal was about another. */
    public void forgetRefusal() {
        saveProblem.set("");
    }

    /**
     * Saves through {@code job} when the form is valid and no save runs: {@code saved} gets the
     * record on the FX thread; a refusal is kept for the view. Unchanged, {@code unchanged} runs and
     * nothing is written. False when the form cannot be saved now.
     */
    public <T> boolean save(Runner runner, String failure, Background.Job<T> job, Runnable unchanged, Consumer<T> saved) {
        if (!valid.get() || saving.get()) {
            return false;
        }
        if (!dirty.get()) {
            unchanged.run(); // nothing changed since the last save: nothing to write (or to log)
            return true;
        }
        saving.set(true);
        saveProblem.set("");
        Saving.run(runner, failure, job, result -> {
            saving.set(false);
            if (result.refusal() != null) {
                saveProblem.set(result.refusal()); // what was typed stays, to apply again
                return;
            }
            saved.accept(result.saved());
        });
        return true;
    }

    /** Why the last save was refused (e.g. changed elsewhere meanwhile); "" otherwise. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** The form holds changes not saved (the unsaved-changes question asks about these). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canRevertProperty() {
        return canRevert;
    }
}
