package org.repdesk.ui;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.input.InputEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Open branch casebook… and File ▸ Back to my own data file: the window handed to another desk.
 * First, as on quitting ({@link OpenForms#mayLeave}), whatever is typed and not saved is asked about,
 * in words that say Discard goes to the other desk; Keep editing (Cancel) stays, nothing lost. Then the
 * windows showing this desk (an absence record) close, the rep signs in (or their own file opens), and
 * the app ({@link OtherDesks}) hands the window over and closes the desk it leaves.
 *
 * <p>From the rep's yes on, the switch is under way: while the store worker finishes the work in hand
 * (an export at 100,000 cases takes a while) a Working window stands over the main window, so nothing
 * is typed there to be lost at the hand-over and no second switch is begun; a switch asked for
 * meanwhile brings the one under way forward. The FX thread never waits.
 */
final class DeskSwitch {

    private final Stage stage;
    private final DeskState state;
    private final OpenForms forms;
    /** The app's: opens the other desk and hands the window over. */
    private OtherDesks desks;
    /** From the rep's yes until the window is handed over, or the switch given up (sign-in cancelled). */
    private boolean switching;
    /** The Working window standing over the main window while the switch waits for the worker. */
    private Stage waiting;
    /** The desk the window is about to go to: closed if the window closes before it is handed over. */
    private RepDesk next;

    /** True while {@link #closedDuringTheWait} and {@link #noInputWhileWaiting} are on the stage. */
    private boolean onStage;

    /**
     * Closed during the wait (the worker stopped, the hand-over never run): the desk opened for it closes
     * too, and the switch has ended.
     */
    private final javafx.event.EventHandler<WindowEvent> closedDuringTheWait = e -> {
        if (next != null) {
            RepDesk opened = next;
            next = null;
            opened.close();
        }
        ended();
    };
    /**
     * While the Working window stands over it, the main window takes nothing typed or clicked (its
     * modality does so on a desktop; this holds wherever the window system leaves it to JavaFX).
     */
    private final javafx.event.EventHandler<InputEvent> noInputWhileWaiting = e -> {
        if (waiting != null && waiting.isShowing()) {
            e.consume();
        }
    };

    DeskSwitch(Stage stage, DeskState state, OpenForms forms) {
        this.stage = stage;
        this.state = state;
        this.forms = forms;
    }

    /**
     * The switch begins: its handlers go on the stage for as long as it is under way ({@link #ended}), not
     * for the window's life (the stage is the next desk's window too, and they held this desk's state and
     * screens: every desk left, alive).
     */
    private void begun() {
        switching = true;
        if (!onStage) {
            onStage = true;
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, closedDuringTheWait);
            stage.addEventFilter(InputEvent.ANY, noInputWhileWaiting);
        }
    }

    /**
     * The switch has ended, however it ended (handed over, given up, failed half-way): no Working window
     * left standing, and the handlers off the stage, so input reaches the window again and another switch
     * may begin.
     */
    private void ended() {
        switching = false;
        if (waiting != null) {
            Stage shown = waiting;
            waiting = null;
            shown.close();
        }
        letGo();
    }

    /** Takes this switch's handlers off the stage: as the window is handed to another desk, or the switch ends. */
    void letGo() {
        if (onStage) {
            onStage = false;
            stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, closedDuringTheWait);
            stage.removeEventFilter(InputEvent.ANY, noInputWhileWaiting);
        }
    }

    /** For tests: whether the switch's handlers are on the stage (only while one is under way). */
    boolean holdsTheStage() {
        return onStage;
    }

    /** Where the window can go, and how it is handed over (the app's, or a test's). */
    void onSwitch(OtherDesks desks) {
        this.desks = desks;
    }

    /** Once the server says yes, the window works on the casebook. */
    void openCasebook() {
        if (desks == null || underWay()) {
            return;
        }
        forms.mayLeave(Leaving.TO_CASEBOOK, this::openCasebook).ifPresent(leave -> {
            begun();
            onceTheWorkerIsFree(state.background().working(), () -> desks.signIn(stage, runner(),
                    casebook -> handOver(leave, casebook), this::ended));
        });
    }

    /** From a casebook back to the rep's own data file. */
    void backToOwnFile() {
        if (desks == null || underWay()) {
            return;
        }
        forms.mayLeave(Leaving.TO_OWN_FILE, this::backToOwnFile).ifPresent(leave -> {
            begun();
            // Opened on the worker with the Working window over this one; not opened (no passphrase given,
            // or a failure said), the rep stays where they are, the forms as typed.
            onceTheWorkerIsFree(state.background().working(), () -> desks.ownFile(stage, runner(), opening(),
                    own -> handOver(leave, own), this::ended));
        });
    }

    /** True, and the switch under way brought forward, when one is under way. */
    private boolean underWay() {
        if (switching && waiting != null && waiting.isShowing()) {
            waiting.toFront();
        }
        return switching;
    }

    /** The sign-in's reads and opening go to the worker; a failure said, the switch is given up. */
    private Runner runner() {
        return new Runner() {
            @Override
            public <T> void run(String failure, Background.Job<T> job, java.util.function.Consumer<T> done) {
                state.background().run(stage, failure, job, done, DeskSwitch.this::ended);
            }
        };
    }

    /**
     * As {@link #runner}, with the Working window saying the rep's own file is being opened while it is: the
     * switch's waiting window, so the main window takes no input meanwhile and a second try brings it forward.
     */
    private Runner opening() {
        return new Runner() {
            @Override
            public <T> void run(String failure, Background.Job<T> job, java.util.function.Consumer<T> done) {
                Task<T> task = state.background().run(stage, failure, job, done, DeskSwitch.this::ended);
                if (task.isDone() || !stage.isShowing()) {
                    return;
                }
                Stage shown = Working.show(stage, Messages.text("shell.switch.openingOwnFile"));
                waiting = shown;
                // Closed as the task ends, before its result is handed on (the hand-over may show its own).
                task.stateProperty().addListener((o, was, now) -> {
                    if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                        if (waiting == shown) {
                            waiting = null;
                        }
                        shown.close();
                    }
                });
            }
        };
    }

    /**
     * {@code then}, once the store worker has done all it was asked; meanwhile, when it had work in
     * hand ({@code busy}: not just what the switch itself asked), the Working window stands over the
     * main window, which takes no input. Nothing in hand, the wait is a moment and nothing is shown.
     */
    private void onceTheWorkerIsFree(boolean busy, Runnable then) {
        Task<Object> drained = state.background().attempt(() -> null, done -> afterWaiting(then), failed -> afterWaiting(then));
        if (busy && !drained.isDone() && stage.isShowing()) {
            waiting = Working.show(stage, Messages.text("shell.switch.waiting"));
        }
    }

    private void afterWaiting(Runnable then) {
        if (waiting != null) {
            waiting.close();
            waiting = null;
        }
        if (!stage.isShowing()) {
            ended();
            return;
        }
        try {
            then.run();
        } catch (RuntimeException | Error e) {
            ended(); // failed half-way: the window is the rep's again, and another switch may begin
            throw e;
        }
    }

    /**
     * What the rep discarded goes, then the window goes to {@code next}, once the store worker has done
     * all it was asked (the crash copies' removal among it): the desk it works on closes as the window
     * is handed over, and the worker is stopped then, its waiting work dropped.
     */
    private void handOver(OpenForms.Leave leave, RepDesk opened) {
        if (!stage.isShowing()) { // the window closed while the desk opened: nothing to hand it to
            opened.close();
            ended();
            return;
        }
        next = opened;
        try {
            boolean busy = state.background().working();
            leave.discardTyped();
            onceTheWorkerIsFree(busy, () -> {
                RepDesk going = next;
                next = null;
                try {
                    if (going != null) {
                        desks.handOver(going);
                    }
                } finally {
                    ended(); // handed over (this window retired), or failed: either way the switch is over
                }
            });
        } catch (RuntimeException | Error e) {
            if (next != null) { // never handed over: the desk opened for it closes
                next.close();
                next = null;
            }
            ended();
            throw e;
        }
    }
}
