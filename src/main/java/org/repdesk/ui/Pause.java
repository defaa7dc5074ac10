package org.repdesk.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Waits until the rep pauses (no key or click in the window for a while, or a longest wait), then
 * runs work on the FX thread. Checked from the side thread rather than by a Timeline: an animation
 * keeps the FX thread pulsing.
 */
final class Pause {

    private final Scene scene;
    private final Background background;
    private final long pauseMillis;
    private final long atMostMillis;
    /** Nanoseconds, as System.nanoTime: a test moves its own instead of waiting seconds. */
    private final LongSupplier clock;
    private final AtomicLong lastInput;
    private final long since;
    private final EventHandler<Event> seen;

    Pause(Scene scene, Background background, long pauseMillis, long atMostMillis, LongSupplier clock) {
        this.scene = scene;
        this.background = background;
        this.pauseMillis = pauseMillis;
        this.atMostMillis = atMostMillis;
        this.clock = clock;
        this.lastInput = new AtomicLong(clock.getAsLong());
        this.since = clock.getAsLong();
        this.seen = e -> lastInput.set(clock.getAsLong());
    }

    /** Runs {@code work} on the FX thread once the rep has paused. */
    void then(Runnable work) {
        scene.addEventFilter(KeyEvent.ANY, seen);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, seen);
        check(work);
    }

    private void check(Runnable work) {
        long now = clock.getAsLong();
        long quiet = (now - lastInput.get()) / 1_000_000;
        long waited = (now - since) / 1_000_000;
        if (quiet < pauseMillis && waited < atMostMillis) {
            background.asideAfter(Math.max(10, pauseMillis / 5), () -> check(work));
            return;
        }
        Platform.runLater(() -> {
            scene.removeEventFilter(KeyEvent.ANY, seen);
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, seen);
            work.run();
        });
    }
}
