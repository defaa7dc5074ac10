package org.repdesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form field with its own problem right under it, in words: every problem of a form shows at
 * once, each beside the field it is about, rather than one at a time at the bottom of the form.
 * The field is outlined while it has a problem, and a screen reader hears the problem as its help.
 */
public final class FieldProblem {

    private FieldProblem() {
    }

    /** {@code field} over its problem, the problem taking no room while there is none (no blank gap). */
    public static VBox under(Node field, ObservableStringValue problem, String id) {
        Label said = new Label();
        said.setId(id);
        said.getStyleClass().add("field-problem");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        said.textProperty().bind(problem);
        said.visibleProperty().bind(said.textProperty().isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        problem.addListener((o, a, p) -> mark(field, p));
        mark(field, problem.get());
        VBox box = new VBox(2, field, said);
        box.setFillWidth(true);
        return box;
    }

    private static void mark(Node field, String problem) {
        boolean bad = problem != null && !problem.isEmpty();
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
        if (field instanceof Control c) {
            c.setAccessibleHelp(bad ? problem : null);
        }
    }
}
