package org.repdesk.ui;

import java.util.function.Consumer;

/**
 * Runs an action later, once, however many times it is asked for before it runs: a text-size
 * change tells every column's heading at once, and the table needs one pass over them, not one each.
 * Asked and run on one thread (the FX thread).
 */
final class RunOnceLater {

    private final Runnable action;
    private final Consumer<Runnable> later;
    private boolean asked;

    /** {@code later}: how the run is put off (Platform::runLater in the app). */
    RunOnceLater(Runnable action, Consumer<Runnable> later) {
        this.action = action;
        this.later = later;
    }

    void ask() {
        if (asked) {
            return;
        }
        asked = true;
        later.accept(() -> {
            asked = false; // a change made by the run itself asks for one more
            action.run();
        });
    }
}
