package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.testing.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window closing (its close box, Ctrl+W) asks each window of its own it owns first, as it
 * asks its own forms: an absence record with an absence half-typed holds it open.
 */
@ExtendWith(ApplicationExtension.class)
class WindowClosingTest {

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    private Stage window(Stage owner, List<String> asked, boolean[] mayClose, String name) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setScene(new Scene(new Pane(), 200, 100));
        WindowClosing.asks(s, () -> {
            asked.add(name);
            return mayClose[0];
        });
        s.show();
        return s;
    }

    @Test
    void theMainWindowClosesOnlyWhenEachWindowItOwnsMayClose(FxRobot robot) {
        List<String> asked = new ArrayList<>();
        boolean[] absenceMayClose = {false};
        boolean[] elsewhereMayClose = {false};
        OpenForms forms = new OpenForms(main, new ScriptedDialogs(), () -> null, () -> null, () -> null);
        robot.interact(() -> {
            window(main, asked, absenceMayClose, "absence record");
            window(new Stage(), asked, elsewhereMayClose, "a window of another owner");
        });

        boolean[] closes = new boolean[1];
        robot.interact(() -> closes[0] = forms.mayClose());
        assertFalse(closes[0], "Keep editing in the absence record holds the main window open");

        absenceMayClose[0] = true;
        robot.interact(() -> closes[0] = forms.mayClose());
        assertTrue(closes[0]);
        assertEquals(List.of("absence record", "absence record"), asked, "only the windows it owns are asked");
    }

    @Test
    void aWindowAskedBecauseTheMainWindowClosesIsToldTheAppCloses(FxRobot robot) {
        List<Leaving> withTheApp = new ArrayList<>();
        OpenForms forms = new OpenForms(main, new ScriptedDialogs(), () -> null, () -> null, () -> null);
        Stage[] absence = new Stage[1];
        robot.interact(() -> {
            absence[0] = new Stage();
            absence[0].initOwner(main);
            absence[0].setScene(new Scene(new Pane(), 200, 100));
            WindowClosing.asks(absence[0], (WindowClosing.MayClose) why -> {
                withTheApp.add(why);
                return false;
            });
            absence[0].show();
        });
        robot.interact(() -> absence[0].fireEvent(
                new javafx.stage.WindowEvent(absence[0], javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(() -> {
            forms.mayClose();
        });
        robot.interact(absence[0]::hide);
        assertEquals(List.of(Leaving.WINDOW, Leaving.APP), withTheApp, "its own close box: the window; the main window: the app");
    }

    /** A form with typed changes that notes when its crash copy is thrown away. */
    private static org.repdesk.ui.papers.UnsavedChanges.Form typedForm(List<String> discarded, String what) {
        return new org.repdesk.ui.papers.UnsavedChanges.Form() {
            @Override
            public boolean hasUnsavedChanges() {
                return true;
            }

            @Override
            public boolean saveThen(Runnable after) {
                return false;
            }

            @Override
            public String what() {
                return what;
            }

            @Override
            public void discarded() {
                discarded.add(what);
            }
        };
    }

    @Test
    void aCaseDiscardedKeepsItsCrashCopyWhileAnAbsenceRecordKeepsTheWindowOpen() {
        List<String> discarded = new ArrayList<>();
        ScriptedDialogs dialogs = new ScriptedDialogs()
                .answeringUnsaved(Dialogs.Unsaved.DISCARD).answeringUnsaved(Dialogs.Unsaved.DISCARD);
        List<org.repdesk.ui.papers.UnsavedChanges.Form> forms = List.of(typedForm(discarded, "case 2026-0042"));

        assertFalse(OpenForms.mayClose(dialogs, forms, () -> { }, () -> false), "Keep editing in the absence record");
        assertEquals(List.of(), discarded, "the case's text is still on screen, and still kept against a crash");

        assertTrue(OpenForms.mayClose(dialogs, forms, () -> { }, () -> true));
        assertEquals(List.of("case 2026-0042"), discarded, "the window closes: now it goes");
    }
}
