package org.repdesk.ui;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: labels on the left, fields growing on the right. */
public final class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a labelled field; the label's mnemonic focuses the field (e.g. "_Name" → Alt+N). */
    public <T extends Node> T add(String label, T field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add("form-label");
        add(l, 0, row);
        add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        row++;
        return field;
    }

    /**
     * Adds a labelled field with its problem right under it ({@link FieldProblem#under}): outlined
     * and said to a screen reader while wrong. The label sits level with the field, not centred on
     * the field and its problem; its mnemonic focuses the field.
     */
    public <T extends Node> T add(String label, T field, javafx.beans.value.ObservableStringValue problem,
            String problemId) {
        javafx.scene.layout.VBox box = FieldProblem.under(field, problem, problemId);
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add("form-label");
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        add(l, 0, row);
        add(box, 1, row);
        GridPane.setHgrow(box, Priority.ALWAYS);
        row++;
        return field;
    }

    /**
     * Under the field added last, what is wrong with it (a form's view-model says when to show it);
     * takes no room while there is nothing to say.
     */
    public Label addProblem(javafx.beans.value.ObservableStringValue problem) {
        Label said = new Label();
        said.getStyleClass().addAll("field-problem", "problems");
        said.setWrapText(true);
        said.textProperty().bind(problem);
        said.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(problem));
        said.managedProperty().bind(said.visibleProperty());
        add(said, 1, row);
        row++;
        return said;
    }

    /** A node spanning both columns (a hint, a problems label). */
    public <T extends Node> T addWide(T node) {
        add(node, 0, row, 2, 1);
        row++;
        return node;
    }
}
