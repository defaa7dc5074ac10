package org.repdesk.ui.papers;

import org.repdesk.ui.Dialogs;
import org.repdesk.ui.Leaving;

/**
 * Before a window with typed, unsaved changes closes: Save, Discard or Cancel (back to the form),
 * asked through {@link Dialogs#askAboutUnsaved} so a test answers without a window.
 */
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

    private UnsavedChanges() {
    }

    /**
     * True when the window may close now: nothing unsaved, or the rep discarded it. When the rep
     * chooses Save, the form saves and {@code close} runs once it is saved; false is returned meanwhile.
     */
    public static boolean mayClose(Dialogs dialogs, Form form, Runnable close) {
        java.util.List<Form> discarding = new java.util.ArrayList<>();
        boolean may = mayCloseDiscardingLater(dialogs, form, close, discarding);
        discarding.forEach(Form::discarded);
        return may;
    }

    /**
     * As {@link #mayClose}, but a form the rep discards is only added to {@code discarding}: what it
     * kept against a crash goes once the window really closes, for something asked after it (another
     * form, a window of its own with an absence half-typed) may still keep the window open.
     */
    public static boolean mayCloseDiscardingLater(Dialogs dialogs, Form form, Runnable close,
            java.util.List<Form> discarding) {
        return mayCloseDiscardingLater(dialogs, form, Leaving.WINDOW, close, discarding);
    }

    /** As above, the question told {@code why} the form would go (the main window to another desk, say). */
    public static boolean mayCloseDiscardingLater(Dialogs dialogs, Form form, Leaving why,
            Runnable close, java.util.List<Form> discarding) {
        if (form == null || !form.hasUnsavedChanges()) {
            return true;
        }
        return switch (dialogs.askAboutUnsaved(form.what(), why)) {
            case DISCARD -> {
                discarding.add(form);
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
    public static void beforeSwitching(Dialogs dialogs, Form form, Runnable go, Runnable stay) {
        if (form == null || !form.hasUnsavedChanges()) {
            go.run();
            return;
        }
        switch (dialogs.askAboutUnsaved(form.what())) {
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
