package org.repdesk.ui;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: labels on the left, fields growing on the right; a form that asks for it
 * ({@link #stackWhenFieldsNarrowerThan}) puts each label over its field once the fields would be
 * narrower than that.
 */
public final class FormGrid extends GridPane {

    /** How a node sits in the form: a label with its field, under the fields (a problem), or across both. */
    private enum Place { LABELLED, UNDER, WIDE }

    /** One line of the form, in order: for LABELLED, the label and its field; else the node alone. */
    private record Line(Place place, Label label, Node node) {
    }

    private final java.util.List<Line> lines = new java.util.ArrayList<>();
    private int row;
    private double stackBelowEm = -1;
    private boolean stacked;

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
        added(new Line(Place.LABELLED, l, field));
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
        added(new Line(Place.LABELLED, l, box));
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
        added(new Line(Place.UNDER, null, said));
        row++;
        return said;
    }

    /** A node spanning both columns (a hint, a problems label). */
    public <T extends Node> T addWide(T node) {
        add(node, 0, row, 2, 1);
        added(new Line(Place.WIDE, null, node));
        row++;
        return node;
    }

    /**
     * Puts each label over its field while, beside their labels, the fields would be narrower than
     * {@code em} times the text's size: at 1024 pixels the member form's fields had 212 pixels for words and
     * cut an e-mail address of forty letters; over them, its labels give the fields the form's width.
     */
    public void stackWhenFieldsNarrowerThan(double em) {
        stackBelowEm = em;
        widthProperty().addListener((o, was, now) -> placeLines(false));
        lines.stream().filter(l -> l.label() != null).findFirst().ifPresent(l -> watchFont(l.label()));
    }

    private static void put(Node node, int column, int row, int span) {
        GridPane.setColumnIndex(node, column);
        GridPane.setRowIndex(node, row);
        GridPane.setColumnSpan(node, span);
    }

    /** True while the labels sit over their fields. */
    public boolean stacked() {
        return stacked;
    }

    /** Ctrl+plus makes the words and the fields' need larger at the same width. */
    private void watchFont(Label label) {
        label.fontProperty().addListener((o, was, now) -> placeLines(false));
    }

    /** A line added to a form that stacks: put where the form's layout of the moment has it. */
    private void added(Line line) {
        lines.add(line);
        if (stackBelowEm > 0) {
            if (line.label() != null && lines.stream().filter(l -> l.label() != null).count() == 1) {
                watchFont(line.label());
            }
            placeLines(true);
        }
    }

    private void placeLines(boolean again) {
        double labels = 0;
        for (Line line : lines) {
            if (line.place() == Place.LABELLED) {
                labels = Math.max(labels, line.label().prefWidth(-1));
            }
        }
        double fields = getWidth() - snappedLeftInset() - snappedRightInset() - labels - snapSpaceX(getHgap());
        double font = javafx.scene.text.Font.getDefault().getSize();
        if (!lines.isEmpty() && lines.get(0).label() != null) {
            font = lines.get(0).label().getFont().getSize();
        }
        boolean stack = getWidth() > 0 && fields < stackBelowEm * font;
        if (stack == stacked && !again) {
            return;
        }
        stacked = stack;
        int at = 0;
        for (Line line : lines) {
            if (line.place() == Place.LABELLED) {
                GridPane.setHalignment(line.label(), stack ? HPos.LEFT : null);
                put(line.label(), 0, at, stack ? 2 : 1);
                if (stack) {
                    at++;
                }
                put(line.node(), stack ? 0 : 1, at++, stack ? 2 : 1);
            } else if (line.place() == Place.UNDER) {
                put(line.node(), stack ? 0 : 1, at++, stack ? 2 : 1);
            } else {
                put(line.node(), 0, at++, 2);
            }
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stacked"), stack);
    }
}
