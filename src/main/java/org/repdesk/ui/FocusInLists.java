package org.repdesk.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A check box in a list's row (the brief's "Demands to argue", a meeting's "Demands discussed") is a
 * Tab stop of its own; Tab reached the row below the last one shown and the focus was out of sight
 * (WCAG 2.4.11). The list now scrolls just far enough to show the row holding the focus.
 */
final class FocusInLists {

    private FocusInLists() {
    }

    /** Scrolls {@code list} to show any row of it that takes the focus. */
    static void keepInSight(ListView<?> list) {
        list.sceneProperty().addListener((o, was, scene) -> watch(list, scene));
        watch(list, list.getScene());
    }

    private static void watch(ListView<?> list, Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, was, owner) -> {
                ListCell<?> row = rowOf(list, owner);
                if (row != null && row.getIndex() >= 0 && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollTo(row.getIndex()); // as little as shows the row whole
                }
            });
        }
    }

    private static ListCell<?> rowOf(ListView<?> list, Node owner) {
        for (Node n = owner; n != null && n != list; n = n.getParent()) {
            if (n instanceof ListCell<?> cell && cell.getListView() == list) {
                return cell;
            }
            if (n instanceof IndexedCell<?> && !(n instanceof ListCell<?>)) {
                return null;
            }
        }
        return null;
    }
}
