package org.repdesk.ui;

import java.util.function.LongSupplier;
import javafx.application.Platform;

/**
 * Waits until the rep pauses (no input in the window, no screen opened and the store worker idle for
 * a while, as {@link WindowInUse} sees it; or a longest wait), then runs work on the FX thread.
 * Checked from the side thread rather than by a Timeline: an animation keeps the FX thread pulsing.
 */
final class Pause {

    private final WindowInUse inUse;
    private final Background background;
    private final long pauseMillis;
    private final long atMostMillis;
    /** Nanoseconds, as System.nanoTime: a test moves its own instead of waiting seconds. */
    private final LongSupplier clock;
    private final long since;

    Pause(WindowInUse inUse, Background background, long pauseMillis, long atMostMillis, LongSupplier clock) {
        this.inUse = inUse;
        this.background = background;
        this.pauseMillis = pauseMillis;
        this.atMostMillis = atMostMillis;
        this.clock = clock;
        this.since = clock.getAsLong();
    }

    /** Runs {@code work} on the FX thread once the rep has paused. */
    void then(Runnable work) {
        check(work);
    }

    private void check(Runnable work) {
        long waited = (clock.getAsLong() - since) / 1_000_000;
        long quiet = Math.min(inUse.quietMillis(), waited); // a pause counted from this wait's start
        if (quiet < pauseMillis && waited < atMostMillis) {
            background.asideAfter(Math.max(10, pauseMillis / 5), () -> check(work));
            return;
        }
        Platform.runLater(work);
    }
}
