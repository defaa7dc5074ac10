package org.repdesk.ui;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Three keys made to work as a keyboard user expects, in every window.
 *
 * <p>Tab leaves a text box for the next control (Shift+Tab the one before), as it does from every
 * other control: JavaFX's text area types a tab character instead, into the rep's own account of
 * the case, and only Ctrl+Tab leaves, which nobody guesses. The words have no use for tabs.
 *
 * <p>Shift+F10 and the menu key open the focused control's menu. JavaFX on Linux turns neither
 * into a menu request (only the mouse's third button), so a keyboard user could open no context
 * menu at all: not a card's on the demands board, not a text field's Cut/Copy/Paste. Windows sends
 * the request itself, to the focused control, so there nothing is added.
 *
 * <p>Ctrl+W and the close box close a dialog as Esc does: Cancel (Close), with any question the
 * dialog asks before closing (Letter templates' unsaved changes). Ctrl+W closes the main window
 * (File ▸ Close) and the windows of RepDesk's own ({@link WindowClosing}); in a dialog (calendar
 * export, letter templates, a case's Letter…) it did nothing. A dialog with no Cancel does not close.
 *
 * <p>A form dialog that asks before its typing is lost ({@link TypedInDialog}) asks first; Esc itself
 * reaches that question through the dialog's Cancel button.
 *
 * <p>Why as Esc, not as the box: JavaFX's dialog answers its close box by closing itself, and a
 * dialog that then refuses (its close request consumed, the rep having said Cancel to "Save the
 * changes?") was hidden all the same, its typing lost; Esc's way leaves it open (seen in a test).
 */
final class WindowKeys {

    private static final boolean ON_LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    private static boolean installed;

    private WindowKeys() {
    }

    /** Once, on the FX thread, before the first window is shown. */
    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(WindowKeys::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowKeys::watch);
            }
        });
    }

    /** Stages only (dialogs are stages; menus and pop-ups handle their own keys), each scene they are given. */
    private static void watch(Window window) {
        if (window instanceof Stage && window.getProperties().putIfAbsent(WindowKeys.class, true) == null) {
            window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, WindowKeys::closeBoxAsEscInADialog);
            listenIn(window.getScene());
            window.sceneProperty().addListener((o, was, now) -> listenIn(now));
        }
    }

    private static void listenIn(Scene scene) {
        if (scene != null && scene.getProperties().putIfAbsent(WindowKeys.class, true) == null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, WindowKeys::tabLeavesText);
            // A handler, not a filter: the focused control has the key first, as with Esc.
            scene.addEventHandler(KeyEvent.KEY_PRESSED, WindowKeys::ctrlWClosesADialog);
            if (ON_LINUX) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, WindowKeys::menuKey);
            }
        }
    }

    private static void tabLeavesText(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || !(e.getSource() instanceof Scene scene) || !(scene.getFocusOwner() instanceof TextArea area)) {
            return;
        }
        e.consume();
        // What the text area itself does on Ctrl+Tab (and Ctrl+Shift+Tab): move focus on.
        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
    }

    private static void ctrlWClosesADialog(KeyEvent e) {
        if (WindowClosing.CTRL_W.match(e) && e.getSource() instanceof Scene scene && isADialog(scene.getWindow())) {
            e.consume();
            closeAsEsc(scene.getWindow());
        }
    }

    private static void closeBoxAsEscInADialog(WindowEvent e) {
        if (isADialog((Window) e.getSource())) {
            e.consume(); // not hidden by the platform: the dialog closes itself, or stays when it says so
            closeAsEsc((Window) e.getSource());
        }
    }

    /** A dialog's window: its scene's root is the dialog's pane. */
    private static boolean isADialog(Window window) {
        return window != null && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane;
    }

    /**
     * Esc, given to the dialog's window itself (not to the control with the focus, which may use Esc):
     * there JavaFX's dialog asks to close, as its Cancel would, and stays open when refused.
     */
    private static void closeAsEsc(Window dialog) {
        if (!TypedInDialog.mayClose((DialogPane) dialog.getScene().getRoot())) {
            return; // the rep keeps editing what was typed
        }
        javafx.event.Event.fireEvent(dialog, new KeyEvent(dialog, dialog, KeyEvent.KEY_PRESSED, "", "",
                KeyCode.ESCAPE, false, false, false, false));
    }

    private static void menuKey(KeyEvent e) {
        boolean asked = e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown()
                && !e.isControlDown() && !e.isAltDown());
        Node focused = asked && e.getSource() instanceof Scene scene ? scene.getFocusOwner() : null;
        if (focused == null) {
            return;
        }
        // As the platform would ask: a keyboard request, at the control's top left corner.
        Bounds at = focused.localToScreen(focused.getLayoutBounds());
        focused.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 0, 0,
                at == null ? 0 : at.getMinX(), at == null ? 0 : at.getMinY(), true, null));
        e.consume();
    }
}
