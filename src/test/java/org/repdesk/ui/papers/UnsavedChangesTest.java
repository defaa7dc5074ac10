package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.ui.Dialogs;

/** "Save the changes to …?" answered through the Dialogs passed in: no window, the answers scripted. */
class UnsavedChangesTest {

    /** A form with typed changes that saves (or refuses to) as told, noting what happened. */
    private static final class TypedForm implements UnsavedChanges.Form {
        final List<String> happened = new ArrayList<>();
        boolean unsaved = true;
        boolean saves = true;

        @Override
        public boolean hasUnsavedChanges() {
            return unsaved;
        }

        @Override
        public boolean saveThen(Runnable after) {
            happened.add(saves ? "saved" : "refused");
            if (saves) {
                unsaved = false;
                after.run();
            }
            return saves;
        }

        @Override
        public String what() {
            return "the case 2026-0042";
        }

        @Override
        public void discarded() {
            happened.add("discarded");
        }
    }

    @Test
    void nothingIsAskedWhenNothingIsUnsaved() {
        ScriptedDialogs dialogs = new ScriptedDialogs(); // any question would fail the test
        TypedForm form = new TypedForm();
        form.unsaved = false;
        List<String> went = new ArrayList<>();

        assertTrue(UnsavedChanges.mayClose(dialogs, form, () -> went.add("closed")));
        UnsavedChanges.beforeSwitching(dialogs, form, () -> went.add("went"), () -> went.add("stayed"));

        assertEquals(List.of("went"), went);
        assertEquals(List.of(), dialogs.said());
    }

    @Test
    void theQuestionNamesTheRecordAndDiscardLetsTheWindowClose() {
        ScriptedDialogs dialogs = new ScriptedDialogs().answeringUnsaved(Dialogs.Unsaved.DISCARD);
        TypedForm form = new TypedForm();

        assertTrue(UnsavedChanges.mayClose(dialogs, form, () -> { }));

        assertEquals(new ScriptedDialogs.Said("unsaved", "the case 2026-0042", List.of()), dialogs.last());
        assertEquals(List.of("discarded"), form.happened);
    }

    @Test
    void saveClosesOnceSavedAndCancelKeepsTheWindowOpen() {
        ScriptedDialogs dialogs = new ScriptedDialogs().answeringUnsaved(Dialogs.Unsaved.SAVE)
                .answeringUnsaved(Dialogs.Unsaved.CANCEL);
        List<String> closed = new ArrayList<>();

        assertFalse(UnsavedChanges.mayClose(dialogs, new TypedForm(), () -> closed.add("closed")),
                "not at once: the window closes when the save is done");
        assertEquals(List.of("closed"), closed);
        TypedForm kept = new TypedForm();
        assertFalse(UnsavedChanges.mayClose(dialogs, kept, () -> closed.add("closed again")));
        assertEquals(List.of(), kept.happened, "Cancel: nothing saved, nothing lost");
    }

    @Test
    void aFormThatCannotBeSavedStaysWithItsTyping() {
        ScriptedDialogs dialogs = new ScriptedDialogs().answeringUnsaved(Dialogs.Unsaved.SAVE);
        TypedForm form = new TypedForm();
        form.saves = false;
        List<String> went = new ArrayList<>();

        UnsavedChanges.beforeSwitching(dialogs, form, () -> went.add("went"), () -> went.add("stayed"));

        assertEquals(List.of("stayed"), went);
        assertEquals(List.of("refused"), form.happened);
    }
}
