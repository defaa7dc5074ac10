package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * How a window of RepDesk's own beside the main one (the guide, a member's absence record) closes:
 * Esc and Ctrl+W as well as its close box, as the main window's File ▸ Close (Ctrl+W) does and a
 * dialog's Cancel answers Esc. Every way, the main window closing too ({@link OpenForms}) or going to
 * another desk ({@link DeskSwitch}), first asks the window's {@code mayClose}, which says whether
 * something typed would be lost and asks the rep.
 */
public final class WindowClosing {

    /** Closes a window of RepDesk's own (here) and a dialog ({@link WindowKeys}). */
    static final KeyCombination CTRL_W = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private WindowClosing() {
    }

    /**
     * Esc, Ctrl+W and the close box close {@code stage} once {@code mayClose} says it may. The keys
     * come here after the control with the focus has had them: one that uses Esc keeps it (a date's
     * calendar or a drop-down's list open has the keys itself, so that Esc closes only it).
     */
    public static void asks(Stage stage, BooleanSupplier mayClose) {
        asks(stage, why -> mayClose.getAsBoolean());
    }

    /** What a window asks before it closes, told why it closes: on its own, with RepDesk, or as the main window changes desk. */
    @FunctionalInterface
    public interface MayClose {
        boolean mayClose(Leaving why);
    }

    /**
     * As {@link #asks(Stage, BooleanSupplier)}; {@code mayClose} is told why the window closes (on its
     * own, with RepDesk, or as the main window goes to another desk), so its question can say so.
     */
    public static void asks(Stage stage, MayClose mayClose) {
        Asked asked = new Asked(mayClose);
        stage.getProperties().put(WindowClosing.class, asked);
        stage.setOnCloseRequest(e -> {
            if (!asked.mayClose(Leaving.WINDOW)) {
                e.consume();
            }
        });
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean esc = e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
            if (esc || CTRL_W.match(e)) {
                e.consume();
                if (asked.mayClose(Leaving.WINDOW)) {
                    stage.close();
                }
            }
        });
    }

    /**
     * Before {@code owner} closes (and takes the windows it owns with it): true when every such window
     * open may close, each asked in turn. A window that asks the rep brings itself to the front first
     * ({@link #toFrontToAsk}); one with nothing to ask stays where it is. One kept open (Keep editing)
     * keeps the owner open, and those asked before it ask again next time.
     */
    static boolean ownedMayClose(Window owner) {
        return ownedMayClose(owner, Leaving.APP);
    }

    /**
     * As {@link #ownedMayClose(Window)}, told {@code why}: RepDesk closing asks every window {@code owner}
     * owns; the main window going to another desk asks those that show the desk it leaves (not the guide,
     * {@link #outlivesTheDesk}), which {@link #closeTheDesksWindows} then closes.
     */
    static boolean ownedMayClose(Window owner, Leaving why) {
        List<Asked> said = new ArrayList<>();
        for (Window w : new ArrayList<>(Window.getWindows())) { // a question shown adds a window meanwhile
            if (w instanceof Stage s && s.isShowing() && ownedBy(s, owner) && (!why.toAnotherDesk() || showsTheDesk(s))
                    && s.getProperties().get(WindowClosing.class) instanceof Asked asked) {
                if (!asked.mayClose(why)) {
                    said.forEach(Asked::forget);
                    return false;
                }
                said.add(asked);
            }
        }
        return true;
    }

    /**
     * {@code stage} shows nothing of the desk (the guide, the same whichever desk): it stays open when
     * the main window goes to another desk. Every other window of RepDesk's own closes then.
     */
    public static void outlivesTheDesk(Stage stage) {
        stage.getProperties().put(OUTLIVES_THE_DESK, true);
    }

    private static final Object OUTLIVES_THE_DESK = new Object();

    private static boolean showsTheDesk(Stage stage) {
        return !Boolean.TRUE.equals(stage.getProperties().get(OUTLIVES_THE_DESK));
    }

    /**
     * Closes every window {@code owner} owns that shows its desk (an absence record, a question over one),
     * once {@link #ownedMayClose(Window, Leaving)} has said they may: the desk is about to close, and no
     * window may go on showing it or writing to it. Each closes without asking again.
     */
    static void closeTheDesksWindows(Window owner) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w instanceof Stage s && s.isShowing() && ownedBy(s, owner) && showsTheDesk(s)) {
                s.close();
            }
        }
    }

    /**
     * Brings {@code stage} to the front with the keys, just before it asks the rep about something typed
     * in it: closing the main window asks of each window it owns, and the rep sees what is asked about
     * (and types on there after Keep editing). Windows with nothing to ask are not brought forward: one
     * after another flashed up and the windows were left in another order.
     */
    public static void toFrontToAsk(Stage stage) {
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * A window's question, answered once: the rep's "close" holds while the window closes, as some
     * platforms (Monocle among them) ask the window to close again as it is closed.
     */
    private static final class Asked {
        private final MayClose mayClose;
        private boolean closing;

        Asked(MayClose mayClose) {
            this.mayClose = mayClose;
        }

        boolean mayClose(Leaving why) {
            closing = closing || mayClose.mayClose(why);
            return closing;
        }

        /** The window stays open after all: the next close asks again. */
        void forget() {
            closing = false;
        }
    }

    private static boolean ownedBy(Stage stage, Window owner) {
        for (Window w = stage.getOwner(); w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w == owner) {
                return true;
            }
        }
        return false;
    }
}
