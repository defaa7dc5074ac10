package org.repdesk.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.repdesk.ui.papers.UnsavedChanges;

/**
 * The two forms a rep types into, the case's and the member's: where File ▸ Save and Ctrl+F go
 * (the screen shown), and what closing the window asks first (typed changes saved, discarded, or
 * kept open), and then each window of its own it owns ({@link WindowClosing}: an absence record with
 * an absence half-typed). Going to another desk ({@link DeskSwitch}) asks the same, in the same place,
 * in words that say where Discard goes. Screens not built yet have nothing to save.
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
        return mayClose(dialogs, shownForms(), this::closeAfterSave, () -> WindowClosing.ownedMayClose(stage));
    }

    /**
     * Before the window goes to another desk ({@code why}): asked as on closing ({@link #mayClose()}),
     * each question saying where Discard goes, then the windows it owns that show the desk. Empty when
     * the rep keeps something (or chose Save: {@code afterSave} runs once saved, to ask again). Otherwise
     * those windows are closed now, before another desk is opened, and what was discarded in the forms
     * goes once the window really goes ({@link Leave#discardTyped}): a sign-in cancelled leaves the
     * forms as typed, still kept against a crash.
     */
    Optional<Leave> mayLeave(Leaving why, Runnable afterSave) {
        Optional<Leave> leave = allSayYes(dialogs, why, shownForms(), afterSave,
                () -> WindowClosing.ownedMayClose(stage, why));
        leave.ifPresent(yes -> WindowClosing.closeTheDesksWindows(stage));
        return leave;
    }

    /** The rep said yes to the window closing or going to another desk: what they discarded in its forms, thrown away as it goes. */
    record Leave(List<UnsavedChanges.Form> discarding) {
        /** What the discarded forms kept against a crash goes (on the store worker, as the forms do it). */
        void discardTyped() {
            discarding.forEach(UnsavedChanges.Form::discarded);
        }
    }

    private List<UnsavedChanges.Form> shownForms() {
        CasesView c = cases.get();
        MembersView m = members.get();
        return Arrays.asList(c == null ? null : c.unsavedForm(), m == null ? null : m.unsavedForm());
    }

    /**
     * Each form asked in turn, then (they close with it) the windows the main one owns: a half-typed
     * absence in one is asked about too. A form discarded loses its crash copy only once all said yes:
     * Keep editing in an absence record after Discard on the case kept the case's text on screen with
     * nothing kept against a crash.
     */
    static boolean mayClose(Dialogs dialogs, List<UnsavedChanges.Form> forms, Runnable closeAfterSave,
            BooleanSupplier ownedMayClose) {
        Optional<Leave> leave = allSayYes(dialogs, Leaving.APP, forms, closeAfterSave, ownedMayClose);
        leave.ifPresent(Leave::discardTyped);
        return leave.isPresent();
    }

    /**
     * The one place closing and changing desk ask: each form in turn, then {@code ownedMayClose}. The forms
     * the rep discarded, not yet thrown away (the caller does that once the window goes), or empty when
     * something keeps the window: Cancel or Keep editing, or Save ({@code afterSave} runs once saved).
     */
    private static Optional<Leave> allSayYes(Dialogs dialogs, Leaving why,
            List<UnsavedChanges.Form> forms, Runnable afterSave, BooleanSupplier ownedMayClose) {
        List<UnsavedChanges.Form> discarding = new ArrayList<>();
        for (UnsavedChanges.Form form : forms) {
            if (form != null && !UnsavedChanges.mayCloseDiscardingLater(dialogs, form, why, afterSave, discarding)) {
                return Optional.empty();
            }
        }
        return ownedMayClose.getAsBoolean() ? Optional.of(new Leave(discarding)) : Optional.empty();
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
