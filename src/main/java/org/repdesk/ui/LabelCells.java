package org.repdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import org.repdesk.ui.common.Labels;

/** Choice boxes and table cells showing closed sets in the rep's language ({@link Labels}). */
public final class LabelCells {

    private LabelCells() {
    }

    /** The box's list and button both show labels in the rep's language (the skin's cells use the converter). */
    public static <T> ComboBox<T> on(ComboBox<T> box) {
        box.setConverter(Labels.converter());
        return box;
    }

    public static <T> ChoiceBox<T> on(ChoiceBox<T> box) {
        box.setConverter(Labels.converter());
        return box;
    }

    /**
     * A table's default cell, showing values by {@link Labels#of} (a node as itself), for the columns made
     * by the table helper; a column with its own cells replaces it.
     */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> cells() {
        return col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item instanceof Node node) {
                    setText(null);
                    setGraphic(node);
                } else {
                    setText(Labels.of(item));
                    setGraphic(null);
                }
            }
        };
    }
}
