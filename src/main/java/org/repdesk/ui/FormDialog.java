package org.repdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The shape every form dialog shares: the form, the list of its problems under it, OK and Cancel. */
final class FormDialog {

    private FormDialog() {
    }

    /** The list of what is wrong with a form, in words, shown as the rep types. */
    static Label problems() {
        Label problems = new Label();
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        return problems;
    }

    /**
     * Puts {@code content} (the form, ending with its problems) in the dialog, {@code width} wide,
     * with {@code ok} and Cancel; the OK button gets {@code okId} (for tests) and is returned.
     */
    static Node lay(Dialog<?> dialog, double width, ButtonType ok, String okId, Node... content) {
        // At least {@code width}, wider when a field asks for more (a drop-down kept whole).
        VBox box = new VBox(8, content) {
            @Override
            protected double computePrefWidth(double height) {
                return Math.max(width, computeMinWidth(height));
            }
        };
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel());
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId(okId);
        return okButton;
    }
}
