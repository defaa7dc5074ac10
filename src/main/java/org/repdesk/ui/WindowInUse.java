package org.repdesk.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Whether the rep is using the window, for background work that should run in their pauses (the
 * day's check and snapshot): the last key, click, scroll or other input in the window, the last
 * screen opened (a button's action as well as a click), and the store worker reading for them (a
 * list loading, a screen's figures). The day's work began 5 s after the last key or click and then
 * ran straight through the screens the rep opened next: at 100,000 cases a whole file's check and a
 * 626 MB copy beside each opening (issue 21).
 */
public final class WindowInUse {

    /** Quiet this long (no input, no screen opened, the store worker idle) and the rep counts as away. */
    static final long AWAY_AFTER_MILLIS = 1_000;
    /** While the rep works, work that gives way still takes a step (~10 ms of a core) at least this often. */
    static final long A_STEP_AT_LEAST_EVERY_MILLIS = 2_000;
    private static final long LOOK_AGAIN_MILLIS = 20;

    /** Nanoseconds, as System.nanoTime: a test moves its own instead of waiting seconds. */
    private final LongSupplier clock;
    private final Background background;
    private final AtomicLong lastUse;

    /** {@code background}: its store worker busy, or just done, counts as the rep's use. */
    WindowInUse(LongSupplier clock, Background background) {
        this.clock = clock;
        this.background = background;
        this.lastUse = new AtomicLong(clock.getAsLong());
        background.afterEachJob(this::used);
    }

    /** Watches {@code scene}'s input and {@code screen}, the screen shown. */
    void watch(Scene scene, ObservableValue<?> screen) {
        scene.addEventFilter(InputEvent.ANY, e -> used());
        screen.addListener((o, was, now) -> used());
    }

    private void used() {
        lastUse.set(clock.getAsLong());
    }

    /** Milliseconds since the rep last used the window; 0 while the store worker is reading for them. */
    long quietMillis() {
        if (background.working()) {
            used();
            return 0;
        }
        return (clock.getAsLong() - lastUse.get()) / 1_000_000;
    }

    /**
     * For one piece of work made of small steps, run between two of them (the store's GiveWay, which the
     * window does not see: App hands it on): it returns at once while the rep
     * is away ({@link #AWAY_AFTER_MILLIS}); while they use the window it waits, though at most
     * {@link #A_STEP_AT_LEAST_EVERY_MILLIS} a step and {@code atMostInAllMillis} over the whole work, so
     * the work still ends on a day the rep never stops (and its one read of the file is not held open for hours).
     */
    public Runnable giveWay(long atMostInAllMillis) {
        AtomicLong waitedInAll = new AtomicLong();
        return () -> {
            long began = clock.getAsLong();
            while (quietMillis() < AWAY_AFTER_MILLIS) {
                long waited = (clock.getAsLong() - began) / 1_000_000;
                if (waited >= A_STEP_AT_LEAST_EVERY_MILLIS || waitedInAll.get() + waited >= atMostInAllMillis) {
                    break;
                }
                try {
                    Thread.sleep(LOOK_AGAIN_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the app is closing: the work stops at its next step
                    break;
                }
            }
            waitedInAll.addAndGet((clock.getAsLong() - began) / 1_000_000);
        };
    }
}
