package org.repdesk.ui.papers;

import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;

/** Before a window with typed, unsaved changes closes: Save, Discard or Cancel (back to the form). */
public final class UnsavedChanges {

    /** A form that may hold changes not yet saved. */
    public interface Form {
        boolean hasUnsavedChanges();

        /** Saves, then runs {@code after}; false (and the form says why) when it cannot be saved as it is. */
        boolean saveThen(Runnable after);

        /** What the form is, for the question: "the case 2026-0042", "the member Siân Evans". */
        String what();

        /** The rep chose Discard: what was kept against a crash goes too. */
        default void discarded() {
        }
    }

    public enum Answer { SAVE, DISCARD, CANCEL }

    private UnsavedChanges() {
    }

    public static Answer ask(Window owner, String what) {
        ButtonType save = new ButtonType(Messages.text("papers.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("papers.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.text("papers.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.text("papers.unsaved.detail"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("papers.unsaved.title"));
        alert.setHeaderText(Messages.text("papers.unsaved.header", Map.of("what", what)));
        alert.getDialogPane().lookupButton(save).setId("unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(cancel).setId("unsaved-cancel");
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? Answer.SAVE : chosen == discard ? Answer.DISCARD : Answer.CANCEL;
    }

    /**
     * True when the window may close now: nothing unsaved, or the rep discarded it. When the rep
     * chooses Save, the form saves and {@code close} runs once it is saved; false is returned meanwhile.
     */
    public static boolean mayClose(Window owner, Form form, Runnable close) {
        if (form == null || !form.hasUnsavedChanges()) {
            return true;
        }
        return switch (ask(owner, form.what())) {
            case DISCARD -> {
                form.discarded();
                yield true;
            }
            case CANCEL -> false;
            case SAVE -> {
                form.saveThen(close);
                yield false;
            }
        };
    }

    /**
     * Before a form shows something else (another case, another member): with nothing unsaved, or
     * when the rep discards it, {@code go} runs at once; with Save, once saved; with Cancel (or a
     * form that cannot be saved as it is, which says why) {@code stay} runs and the form keeps its text.
     */
    public static void beforeSwitching(Window owner, Form form, Runnable go, Runnable stay) {
        if (form == null || !form.hasUnsavedChanges()) {
            go.run();
            return;
        }
        switch (ask(owner, form.what())) {
            case DISCARD -> {
                form.discarded();
                go.run();
            }
            case CANCEL -> stay.run();
            case SAVE -> {
                if (!form.saveThen(go)) {
                    stay.run();
                }
            }
        }
    }
}
