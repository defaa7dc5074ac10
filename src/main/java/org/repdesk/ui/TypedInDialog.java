package org.repdesk.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.repdesk.i18n.Messages;

/**
 * A form dialog asks before its typing is lost: Esc, Cancel, Ctrl+W and the close box ask "Discard
 * what was typed?" (Keep editing the default, as the absence window asks) when a field has been
 * typed in or changed since the dialog opened, and close at once when nothing was. The dialog's
 * own OK or Save does not ask.
 *
 * <p>One place for every such dialog: the fields are read from the dialog's pane (text, a chosen
 * value, a tick), as they stood when the rep first touched the form (a key or a click), so what the
 * dialog fills in itself as it opens does not count. Of a password (a passphrase) only whether
 * anything is in it is kept, never its text, so one typed counts and one typed then cleared does not.
 * Text the rep cannot edit (a preview) is the dialog's own, and does not count.
 *
 * <p>Esc and a click on Cancel reach the question through the Cancel button (a filter on its
 * action, before the dialog's own); Ctrl+W and the close box through {@link WindowKeys}, which asks
 * {@link #mayClose} before closing the dialog as Esc does.
 */
public final class TypedInDialog {

    private static final Object KEY = TypedInDialog.class;

    private TypedInDialog() {
    }

    /** {@code dialog} asks before closing without its OK, once something is typed (see the class). */
    public static void asksBeforeLosing(Dialog<?> dialog) {
        // Ctrl+W and the close box reach the question through WindowKeys: installed here too, for a dialog
        // shown before the main window is (the casebook's sign-in when RepDesk starts on one).
        WindowKeys.install();
        DialogPane pane = dialog.getDialogPane();
        State state = new State(dialog);
        pane.getProperties().put(KEY, state);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> state.touched());
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> state.touched());
        // Buttons are made as their types are added; the Cancel one is found when it is pressed.
        pane.addEventFilter(ActionEvent.ACTION, e -> {
            if (isCancel(pane, e.getTarget()) && !state.mayClose()) {
                e.consume();
            }
        });
    }

    /**
     * What is in {@code dialog}'s fields now has been used (the print job sent, the dialog staying open to
     * say so): closing it loses nothing, until the rep changes something again.
     */
    public static void used(Dialog<?> dialog) {
        if (dialog.getDialogPane().getProperties().get(KEY) instanceof State state) {
            state.used();
        }
    }

    /**
     * {@code fill} run now: what it puts in {@code dialog}'s fields (a default the dialog found on the worker,
     * say, after the rep's first click) is the dialog's own, not counted as typed; what the rep typed before
     * it still counts.
     */
    public static void filledIn(Dialog<?> dialog, Runnable fill) {
        if (dialog != null && dialog.getDialogPane().getProperties().get(KEY) instanceof State state) {
            state.filledIn(fill);
        } else {
            fill.run();
        }
    }

    /** True when the dialog with {@code pane} may close without its OK: nothing typed, or the rep discarded it. */
    static boolean mayClose(DialogPane pane) {
        return !(pane.getProperties().get(KEY) instanceof State state) || state.mayClose();
    }

    /** True when something has been typed or changed in {@code pane}'s fields since the rep first touched them. */
    static boolean typed(DialogPane pane) {
        return pane.getProperties().get(KEY) instanceof State state && state.typed();
    }

    private static boolean isCancel(DialogPane pane, Object target) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE && pane.lookupButton(type) == target) {
                return true;
            }
        }
        return false;
    }

    private static final class State {
        private final Dialog<?> dialog;
        private Map<Node, Object> first;

        State(Dialog<?> dialog) {
            this.dialog = dialog;
        }

        void touched() {
            if (first == null) {
                first = values(dialog.getDialogPane().getContent());
            }
        }

        /**
         * Taken field by field (by node): what the fill added or changed is the dialog's own, and a fill that
         * adds or takes away fields leaves the rep's typing in the others counted.
         */
        void filledIn(Runnable fill) {
            Map<Node, Object> before = values(dialog.getDialogPane().getContent());
            fill.run();
            if (first == null) {
                return; // untouched: the values are taken at the rep's first touch, the dialog's filling among them
            }
            Map<Node, Object> after = values(dialog.getDialogPane().getContent());
            List<Object> firstValues = new ArrayList<>(first.values());
            List<Node> beforeFields = new ArrayList<>(before.keySet());
            Map<Node, Object> next = new LinkedHashMap<>();
            after.forEach((field, value) -> {
                if (!before.containsKey(field) || !Objects.equals(before.get(field), value)) {
                    next.put(field, value); // added or changed by the fill: the dialog's own
                } else if (first.containsKey(field)) {
                    next.put(field, first.get(field));
                } else { // made again since the first touch (a skin's cell): as it stood then, if that is known
                    int at = beforeFields.indexOf(field);
                    next.put(field, firstValues.size() == beforeFields.size() ? firstValues.get(at) : new Object());
                }
            });
            first = next;
        }

        void used() {
            first = values(dialog.getDialogPane().getContent());
        }

        boolean typed() {
            // By position, as laid out: a field a skin made again with the same text is no change.
            return first != null && !new ArrayList<>(first.values())
                    .equals(new ArrayList<>(values(dialog.getDialogPane().getContent()).values()));
        }

        boolean mayClose() {
            if (!typed()) {
                return true;
            }
            var window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            String title = dialog.getTitle() == null ? "" : dialog.getTitle();
            return new FxDialogs(() -> window).confirm(
                    Messages.text("dialog.typed.question", Map.of("title", title)),
                    Messages.text("dialog.typed.detail"),
                    Messages.text("dialog.typed.discard"), Messages.text("dialog.typed.keepEditing"));
        }
    }

    /** What the rep can type or change in the form, field by field, in the order they are laid out. */
    private static Map<Node, Object> values(Node content) {
        Map<Node, Object> values = new LinkedHashMap<>(); // a node's equals is its identity
        collect(content, values);
        return values;
    }

    private static void collect(Node node, Map<Node, Object> values) {
        if (node == null) {
            return;
        }
        if (node instanceof PasswordField password) {
            values.put(node, password.getLength() > 0); // whether something is typed, never the passphrase itself
        } else if (node instanceof TextInputControl text && !text.isEditable()) {
            return; // text the rep cannot type in (a letter's preview) is the dialog's own
        } else if (node instanceof TextInputControl text) {
            values.put(node, Objects.toString(text.getText(), ""));
        } else if (node instanceof ComboBoxBase<?> box) {
            values.put(node, box.getValue() == null ? "" : box.getValue());
        } else if (node instanceof ChoiceBox<?> box) {
            values.put(node, box.getValue() == null ? "" : box.getValue());
        } else if (node instanceof Spinner<?> spinner) {
            values.put(node, spinner.getValue() == null ? "" : spinner.getValue());
        } else if (node instanceof CheckBox box) {
            values.put(node, box.isSelected());
        } else if (node instanceof ToggleButton toggle) {
            values.put(node, toggle.isSelected());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, values);
            }
        }
    }
}
