package org.repdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import org.repdesk.ui.Navigation.Screen;

/**
 * The window's start, in the order that keeps its first frame quick (issue 6), and the work that
 * waits for the start to be over: the lists read, or the rep settled as well.
 */
final class StartUpOrder {

    private final Stage stage;
    private final DeskState state;
    private final Runnable releaseWorker;
    /** The first screen's figures read at start (null: none are), which the lists wait for. */
    private final java.util.concurrent.CompletionStage<?> firstScreenRead;

    /**
     * {@code releaseWorker} lets the store worker go once the first frame is out (a no-op if it was not held),
     * and the first screen's figures read at start ({@code firstScreenRead}, null if none are) are in.
     */
    StartUpOrder(Stage stage, DeskState state, Runnable releaseWorker, java.util.concurrent.CompletionStage<?> firstScreenRead) {
        this.stage = stage;
        this.state = state;
        this.releaseWorker = releaseWorker;
        this.firstScreenRead = firstScreenRead;
    }

    /**
     * Before the window's parts go in: the status line says the lists are coming (they are read once
     * the first frame is out), and on the one store worker the counts for the status line come first,
     * then the first screen's figures, so the window is usable before the lists arrive.
     */
    void begin() {
        state.markLoading();
        state.reloadCounts();
    }

    /** The dashboard first, a new file's too, as README says. */
    void firstScreen(Navigation navigation) {
        navigation.select(Screen.DASHBOARD);
        state.firstScreenShown();
    }

    /**
     * Once the scene is made: after its first frame (and the frame after the first screen's figures,
     * if they came later) and {@link #SETTLING_FRAMES} more, the worker let go and the lists read, and on
     * the side thread the icons, then the classes the other screens need the first time they open.
     */
    void afterFirstFrame() {
        // Reading the lists takes a core for seconds on a large file: begun with the window, it took
        // the core the window was being drawn with (0.45 s later first frame at 100,000 cases). Begun
        // at a first frame still without the dashboard's figures, it took the core their queries and
        // then the dashboard's first full layout needed (issue 21: the usable frame 0.65 s after the
        // figures were in, in one traced start on a busy machine).
        // And not in the frame after them either: the dashboard then moves into its scroll pane, restyled
        // and drawn whole again; begun beside it, the worker's and the side thread's start (and the
        // compiler's work for both) kept the FX thread waiting for a core, and for the renderer, up to
        // 115-135 ms (issue 21). A few frames later those frames are out.
        FrameByFrame.afterNextFrame(stage.getScene(), () -> afterTheFirstScreensFigures(
                () -> FrameByFrame.afterFrames(stage.getScene(), SETTLING_FRAMES, this::letTheWorkGo)));
    }

    /** The store worker let go and the lists read; on the side thread the icons, then the screens' classes. */
    private void letTheWorkGo() {
        releaseWorker.run();
        state.reloadAll();
        // The worker gave way to the first frames while it read the lists; then back to normal.
        whenListsRead(state.background()::workerAtNormalPriority);
        WindowIcons.load(stage, state.background());
        ScreenClasses.loadAhead(state.background());
    }

    /**
     * How many frames after the one showing the first screen's figures the store worker and the side thread
     * wait: the dashboard moves into its scroll pane in an event after that frame (DashboardView), and the
     * frame after shows it there.
     */
    static final int SETTLING_FRAMES = 4;

    /**
     * Runs {@code work} in an event of its own just after the window's first frame is laid out: for
     * what that frame does not show (the menus' items, which show once a menu is opened).
     */
    void justAfterFirstFrame(Runnable work) {
        FrameByFrame.afterNextFrame(stage.getScene(), work);
    }

    /** Runs {@code work} now if the first screen's figures are in (or none are read at start), else after the frame that shows them. */
    private void afterTheFirstScreensFigures(Runnable work) {
        if (firstScreenRead == null || firstScreenRead.toCompletableFuture().isDone()) {
            work.run();
            return;
        }
        // DeskState shows them in an event of its own, queued as they come in; this one follows it.
        firstScreenRead.whenComplete((read, failed) -> javafx.application.Platform.runLater(
                () -> javafx.application.Platform.runLater(() -> FrameByFrame.afterNextFrame(stage.getScene(), work))));
    }

    /**
     * Runs {@code work} once, when the lists first read at start-up are in (or could not be read):
     * for background work that must not compete with the window and the lists for the two cores.
     */
    void whenListsRead(Runnable work) {
        once(state.loadingProperty(), false, work);
    }

    /**
     * Runs {@code work} once the lists first read at start-up are in and the rep has paused (no input,
     * no screen opened and the store worker idle for {@code pauseMillis}, as {@code inUse} sees it; or
     * {@code atMostMillis} at most).
     */
    void whenSettled(Runnable work, WindowInUse inUse, long pauseMillis, long atMostMillis,
            java.util.function.LongSupplier clock) {
        whenListsRead(() -> new Pause(inUse, state.background(), pauseMillis, atMostMillis, clock).then(work));
    }

    /** Runs {@code work} the first time {@code value} changes to {@code to}. */
    static void once(ObservableValue<Boolean> value, boolean to, Runnable work) {
        value.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now == to) {
                    o.removeListener(this);
                    work.run();
                }
            }
        });
    }
}
