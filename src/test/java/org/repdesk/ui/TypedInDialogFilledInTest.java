package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialog's own filling ({@link TypedInDialog#filledIn}) after the rep's first touch is taken field by
 * field: when it adds a field, what the rep typed before it in another still counts (and asks at Esc).
 */
@ExtendWith(ApplicationExtension.class)
class TypedInDialogFilledInTest {

    @Test
    void typingBeforeAFillThatAddsAFieldStillCounts() throws Exception {
        assertTrue(onFx(() -> {
            VBox content = new VBox(new TextField(""));
            Dialog<Void> dialog = dialogOf(content);
            ((TextField) content.getChildren().get(0)).setText("Typed by the rep");
            TypedInDialog.filledIn(dialog, () -> content.getChildren().add(new TextField("Found on the worker")));
            return TypedInDialog.typed(dialog.getDialogPane());
        }), "the rep's typing before the fill is not lost");
    }

    @Test
    void aFillThatChangesAFieldAndAddsAnotherIsTheDialogsOwn() throws Exception {
        assertFalse(onFx(() -> {
            VBox content = new VBox(new TextField(""));
            Dialog<Void> dialog = dialogOf(content);
            TypedInDialog.filledIn(dialog, () -> {
                ((TextField) content.getChildren().get(0)).setText("Read from the file");
                content.getChildren().add(new TextField("Found on the worker"));
            });
            return TypedInDialog.typed(dialog.getDialogPane());
        }), "nothing typed by the rep");
    }

    /** A dialog that asks before losing typing, touched once by the rep (a key pressed). */
    private static Dialog<Void> dialogOf(VBox content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.getDialogPane().setContent(content);
        TypedInDialog.asksBeforeLosing(dialog);
        Event.fireEvent(dialog.getDialogPane(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false));
        return dialog;
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
