package org.repdesk.ui;

import java.util.concurrent.atomic.AtomicLong;
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
    private final AtomicLong lastInput = new AtomicLong(System.nanoTime());
    private final long since = System.nanoTime();
    private final EventHandler<Event> seen = e -> lastInput.set(System.nanoTime());

    Pause(Scene scene, Background background, long pauseMillis, long atMostMillis) {
        this.scene = scene;
        this.background = background;
        this.pauseMillis = pauseMillis;
        this.atMostMillis = atMostMillis;
    }

    /** Runs {@code work} on the FX thread once the rep has paused. */
    void then(Runnable work) {
        scene.addEventFilter(KeyEvent.ANY, seen);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, seen);
        check(work);
    }

    private void check(Runnable work) {
        long quiet = (System.nanoTime() - lastInput.get()) / 1_000_000;
        long waited = (System.nanoTime() - since) / 1_000_000;
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
