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
     * What is wrong with the form as a whole, or why the store refused it, as its view-model says;
     * takes no room while there is nothing to say.
     */
    static Label problems(javafx.beans.value.ObservableStringValue said, String id) {
        Label problems = problems();
        problems.setId(id);
        problems.textProperty().bind(said);
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        return problems;
    }

    /** A form's save: true when it started (or nothing needed saving); {@code saved} gets what was saved. */
    @FunctionalInterface
    interface Save<T> {
        boolean save(java.util.function.Consumer<T> saved);
    }

    /**
     * The OK button saves through the form's view-model and the dialog stays open until the store has
     * it (a refusal is said in the dialog, the form as filled); the button waits on {@code cannotSave}.
     */
    static <T> void savesThrough(Dialog<T> dialog, Node ok, javafx.beans.value.ObservableBooleanValue cannotSave,
            Save<T> save) {
        ok.disableProperty().bind(cannotSave);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            save.save(saved -> {
                dialog.setResult(saved);
                dialog.close();
            });
        });
        dialog.setResultConverter(b -> null);
    }

    /**
     * A dialog keeps the height it opened with: as problems appear (or go) under its fields it grows
     * (or shrinks) to fit them, so Save and Cancel stay in sight.
     */
    static void refitWhenChanged(Dialog<?> dialog, javafx.beans.value.ObservableValue<?>... shown) {
        for (javafx.beans.value.ObservableValue<?> o : shown) {
            o.addListener((v, was, now) -> javafx.application.Platform.runLater(() -> {
                var scene = dialog.getDialogPane().getScene();
                var window = scene == null ? null : scene.getWindow();
                if (window != null && window.isShowing()) {
                    window.sizeToScene();
                }
            }));
        }
    }

    /**
     * Puts {@code content} (the form, ending with its problems) in the dialog, {@code width} wide,
     * with {@code ok} and Cancel; the OK button gets {@code okId} (for tests) and is returned. Cancel,
     * Esc, Ctrl+W and the close box ask before typing is lost ({@link TypedInDialog}).
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
        TypedInDialog.asksBeforeLosing(dialog);
        return okButton;
    }
}
