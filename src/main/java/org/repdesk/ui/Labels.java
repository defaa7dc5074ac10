package org.repdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Labelled;

/**
 * A closed set's values (case type, status, grade, region, demand status…) as a screen shows them:
 * in the rep's language, where the model's own {@code toString()} and {@link Labelled#label()} stay
 * English for CSV files and logs. Every choice box, list cell and table cell that shows such a
 * value goes through here, so a screen in Welsh never shows one English word among the Welsh.
 */
public final class Labels {

    private Labels() {
    }

    /** {@code value} in the rep's language when it is a {@link Labelled}; else its own text; "" for none. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Labelled l ? l.label(Messages.language()) : value.toString();
    }

    /** Shows a choice's values by {@link #of}; reading back is not needed (the boxes are not editable). */
    public static <T> StringConverter<T> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return of(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice of labels is not typed into");
            }
        };
    }

    /** The box's list and button both show labels in the rep's language (the skin's cells use the converter). */
    public static <T> ComboBox<T> on(ComboBox<T> box) {
        box.setConverter(converter());
        return box;
    }

    public static <T> ChoiceBox<T> on(ChoiceBox<T> box) {
        box.setConverter(converter());
        return box;
    }

    /**
     * A table's default cell, showing values by {@link #of} (a node as itself), for the columns made
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
                    setText(of(item));
                    setGraphic(null);
                }
            }
        };
    }
}
