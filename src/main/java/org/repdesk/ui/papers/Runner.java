package org.repdesk.ui.papers;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.repdesk.ui.Background;
import org.repdesk.ui.DeskState;

/**
 * Runs store work off the FX thread and gives its result back on it, telling the rep when it
 * fails; the view-models' tests run it at once, on their own thread.
 */
public interface Runner {

    <T> void run(String failure, Background.Job<T> job, Consumer<T> done);

    /**
     * As {@link #run}, for work the window's closing must not drop (a discarded form's crash copies going):
     * the app's runner does it before the desk closes ({@link Background#runBeforeClosing}).
     */
    default <T> void runBeforeClosing(String failure, Background.Job<T> job, Consumer<T> done) {
        run(failure, job, done);
    }

    /** The app's runner: the desk's background executor, failures shown over the given window. */
    static Runner of(DeskState state, Supplier<Window> owner) {
        return new Runner() {
            @Override
            public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
                state.background().run(owner.get(), failure, job, done);
            }

            @Override
            public <T> void runBeforeClosing(String failure, Background.Job<T> job, Consumer<T> done) {
                state.background().runBeforeClosing(owner.get(), failure, job, done);
            }
        };
    }

    /** The runner of {@code background} (before there is a desk: the casebook's login at start), failures over the owner. */
    static Runner of(Background background, Supplier<Window> owner) {
        return new Runner() {
            @Override
            public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
                background.run(owner.get(), failure, job, done);
            }
        };
    }

    /**
     * The desk's search lane: a new search stops the one before it, and a stopped search is not a
     * failure (the lane says "Search failed" itself when one does fail).
     */
    static Runner searchesOf(DeskState state, Supplier<Window> owner) {
        return new Runner() {
            @Override
            public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
                state.background().search(owner.get(), job, done);
            }
        };
    }
}
