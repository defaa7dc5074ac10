package org.repdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.FocusModel;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.input.MouseEvent;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.util.Callback;
import org.repdesk.i18n.Messages;

/**
 * A list of check boxes (the brief's "Demands to argue", a meeting's "Demands discussed") is one Tab
 * stop, as a list is: the arrow keys move along it (scrolling the row into sight) and Space ticks or
 * unticks the row with the focus. Each row's box was a Tab stop of its own, but a list makes rows only
 * for what is in sight and a row or two beyond, so Tab went from the last of those out of the list:
 * with more demands than the list shows, the rest could not be reached from the keyboard at all.
 */
final class FocusInLists {

    private FocusInLists() {
    }

    /**
     * {@code list}'s rows made by {@code rows}, each row's check box left to the list: not a Tab stop,
     * and a click on it puts the list's focus on its row. As the list takes the focus with no row
     * chosen, the focused row is chosen: the row shows where the keyboard is, and ControlsFX's
     * CheckListView ticks the chosen row on Space (the first Space did nothing before).
     */
    static <T> void tickedFromTheList(ListView<T> list, Callback<ListView<T>, ? extends ListCell<T>> rows) {
        list.setCellFactory(lv -> leaveToTheList(rows.call(lv)));
        choosesARowOnFocus(list, list.getSelectionModel(), list.getFocusModel(), list.getItems());
    }

    /**
     * As {@code owner} (a list or table) takes the focus with no row chosen, its focused row is chosen:
     * the row shows where the keyboard is, and Space acts on the chosen row.
     */
    static void choosesARowOnFocus(Control owner, MultipleSelectionModel<?> rows, FocusModel<?> focus,
            List<?> items) {
        owner.focusedProperty().addListener((o, was, focused) -> {
            if (focused && rows.isEmpty() && !items.isEmpty()) {
                rows.select(Math.max(0, focus.getFocusedIndex()));
            }
        });
    }

    /**
     * {@code box} no Tab stop of its own, and a press on it puts the keyboard on its row of {@code owner}:
     * a box that does not take the focus left it where it was, and Space went on acting there.
     */
    static void leftToItsRow(Node box, Control owner, MultipleSelectionModel<?> rows, IntSupplier row) {
        box.setFocusTraversable(false);
        box.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            owner.requestFocus();
            rows.clearAndSelect(row.getAsInt());
        });
    }

    private static <T, C extends ListCell<T>> C leaveToTheList(C cell) {
        leaveToTheList(cell, cell.getGraphic());
        cell.graphicProperty().addListener((o, was, now) -> leaveToTheList(cell, now));
        // A click on a box that does not take the focus left it where it was: Space went on acting there.
        cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            ListView<T> list = cell.getListView();
            if (list != null && !cell.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().clearAndSelect(cell.getIndex());
            }
        });
        return cell;
    }

    private static void leaveToTheList(ListCell<?> cell, Node box) {
        if (box != null) {
            box.setFocusTraversable(false);
        }
        // The box is no longer what the keyboard reaches, so the row says whether it is ticked: a screen
        // reader read only the row's words.
        if (box instanceof CheckBox tick) {
            cell.accessibleTextProperty().bind(Bindings.createStringBinding(
                    () -> cell.getText() == null ? null : Messages.text(
                            tick.isSelected() ? "a11y.row.ticked" : "a11y.row.notTicked", cell.getText()),
                    cell.textProperty(), tick.selectedProperty()));
        } else {
            cell.accessibleTextProperty().unbind();
        }
    }
}
