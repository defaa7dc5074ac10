package org.repdesk.ui;

import java.util.List;
import javafx.scene.Node;

/**
 * A view put together a part a frame the first time it shows something (see {@link FrameByFrame}),
 * then shows the last thing asked for meanwhile; from then on, shows at once.
 */
final class PutTogetherFirst {

    private final List<Runnable> steps;
    private boolean done;
    /** What to show once put together: the last asked for. */
    private Runnable waiting;

    PutTogetherFirst(List<Runnable> steps) {
        this.steps = steps;
    }

    /** Runs {@code show} now if {@code view} is put together, else once it is. */
    void then(Node view, Runnable show) {
        if (done) {
            show.run();
            return;
        }
        boolean started = waiting != null;
        waiting = show;
        if (!started) {
            FrameByFrame.run(view.getScene(), steps, () -> {
                done = true;
                Runnable last = waiting;
                waiting = null;
                last.run();
            });
        }
    }
}
