package org.repdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What is wrong with one field of a form, and what the form shows beside it: nothing until the
 * rep has touched the field or pressed Save (no "Required." on a form not yet typed in).
 */
public final class FieldProblem {

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");

    /** {@code showAll}: true once Save was pressed, when every problem shows. */
    public FieldProblem(ObservableBooleanValue showAll) {
        shown.bind(Bindings.when(touched.or(Bindings.createBooleanBinding(showAll::get, showAll)))
                .then(problem).otherwise(""));
    }

    public void set(String text) {
        problem.set(text == null ? "" : text);
    }

    public boolean isWrong() {
        return !problem.get().isEmpty();
    }

    public String get() {
        return problem.get();
    }

    public void touch() {
        touched.set(true);
    }

    public void untouch() {
        touched.set(false);
    }

    public ReadOnlyBooleanProperty touchedProperty() {
        return BooleanProperty.readOnlyBooleanProperty(touched);
    }

    /** The problem whether shown or not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The problem as the form shows it beside the field ("" until touched or saved). */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
