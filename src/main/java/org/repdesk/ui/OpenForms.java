package org.repdesk.ui;

import java.util.Arrays;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.repdesk.ui.papers.UnsavedChanges;

/**
 * The two forms a rep types into, the case's and the member's: where File ▸ Save and Ctrl+F go
 * (the screen shown), and what closing the window asks first (typed changes saved, discarded, or
 * kept open), and then each window of its own it owns ({@link WindowClosing}: an absence record with
 * an absence half-typed). Screens not built yet have nothing to save.
 */
final class OpenForms {

    private final Stage stage;
    private final Dialogs dialogs;
    private final Supplier<CasesView> cases;
    private final Supplier<MembersView> members;
    private final Supplier<Node> shown;

    /** {@code cases} and {@code members} give the screen if built, else null. */
    OpenForms(Stage stage, Dialogs dialogs, Supplier<CasesView> cases, Supplier<MembersView> members,
            Supplier<Node> shown) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.cases = cases;
        this.members = members;
        this.shown = shown;
    }

    /** Ctrl+S: the form on the screen shown. */
    void saveShown() {
        Node now = shown.get();
        if (now != null && now == cases.get()) {
            cases.get().saveCurrent();
        } else if (now != null && now == members.get()) {
            members.get().saveCurrent();
        }
    }

    /** Ctrl+F: the members' search when the members are shown, otherwise (false) the cases'. */
    boolean findInMembers() {
        Node now = shown.get();
        if (now != null && now == members.get()) {
            members.get().focusSearch();
            return true;
        }
        return false;
    }

    /**
     * Before the window closes (its close box, Ctrl+W, quitting): true when it may close now. A
     * save chosen here closes the window once done.
     */
    boolean mayClose() {
        CasesView c = cases.get();
        MembersView m = members.get();
        return mayClose(dialogs, Arrays.asList(c == null ? null : c.unsavedForm(), m == null ? null : m.unsavedForm()),
                this::closeAfterSave, () -> WindowClosing.ownedMayClose(stage));
    }

    /**
     * Each form asked in turn, then (they close with it) the windows the main one owns: a half-typed
     * absence in one is asked about too. A form discarded loses its crash copy only once all said yes:
     * Keep editing in an absence record after Discard on the case kept the case's text on screen with
     * nothing kept against a crash.
     */
    static boolean mayClose(Dialogs dialogs, java.util.List<UnsavedChanges.Form> forms, Runnable closeAfterSave,
            java.util.function.BooleanSupplier ownedMayClose) {
        java.util.List<UnsavedChanges.Form> discarding = new java.util.ArrayList<>();
        for (UnsavedChanges.Form form : forms) {
            if (form != null && !UnsavedChanges.mayCloseDiscardingLater(dialogs, form, closeAfterSave, discarding)) {
                return false;
            }
        }
        if (!ownedMayClose.getAsBoolean()) {
            return false;
        }
        discarding.forEach(UnsavedChanges.Form::discarded);
        return true;
    }

    /** The window's close box: held while a form's typed changes are unsaved (Cancel returns to the form; Save closes once saved). */
    void askBeforeClosing(WindowEvent closing) {
        if (!mayClose()) {
            closing.consume();
        }
    }

    /** Closes the window if nothing stops it. */
    void close() {
        if (mayClose()) {
            stage.close();
        }
    }

    /** After a save chosen on closing: closes, unless another form still holds unsaved changes (asked again). */
    private void closeAfterSave() {
        close();
    }
}
