package org.repdesk.ui.handles;

import javafx.scene.Node;

/** What holds the keyboard's focus in a node's window, by id (or by kind when it has none), for the handles. */
final class FocusOwner {

    private FocusOwner() {
    }

    /** "none" when nothing in {@code any}'s window has the focus; the window must itself be focused. */
    static String describe(Node any) {
        Node owner = any.getScene() == null ? null : any.getScene().getFocusOwner();
        if (owner == null || !owner.isFocused()) {
            return "none";
        }
        return owner.getId() != null ? owner.getId() : owner.getClass().getSimpleName() + " " + owner.getStyleClass();
    }
}
