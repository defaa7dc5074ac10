package org.repdesk.ui;

import java.util.function.LongSupplier;
import javafx.stage.Stage;

/**
 * The screens the rep has not opened yet, put together hidden in their pauses once the lists are read,
 * one a pause, a part a frame as when first opened ({@link Screens#putNextTogetherAhead}): opened later,
 * each shows at once, as on its second opening. Opening a screen the first time held the FX thread
 * longest of the benchmark's journey: Briefs up to 187 ms, the case form 136 (issue 21, twenty-first
 * session, a slower host). Nearly all of it was the new parts' first styling and layout in the window's
 * scene (a sampling of the FX thread: making the views' nodes was ~1 sample in 50-100), which cannot be
 * done on another thread or in another scene (a node moved into the window's scene is styled anew), so
 * it is done before the rep asks for it, while they are away ({@link WindowInUse#AWAY_AFTER_MILLIS}).
 */
final class ScreensAhead implements FrameByFrame.Pauses {

    /** Set to true, nothing is put together ahead: for measuring what it gains. */
    static final String OFF = "repdesk.screensAhead.off";

    private final Stage stage;
    private final Screens screens;
    private final WindowInUse inUse;
    private final Background background;
    private final LongSupplier clock;
    private final long pauseMillis;
    /** Whether the screens not opened yet are put together ({@link #start}), not only those set aside put back. */
    private boolean building;
    /** Whether a piece of this work waits for a pause or runs: one chain of them at a time. */
    private boolean going;

    ScreensAhead(Stage stage, Screens screens, WindowInUse inUse, Background background, LongSupplier clock,
            long pauseMillis) {
        this.stage = stage;
        this.screens = screens;
        this.inUse = inUse;
        this.background = background;
        this.clock = clock;
        this.pauseMillis = pauseMillis;
    }

    /** From now on (the lists read at start), puts the screens not opened yet together in the rep's pauses, unless {@link #OFF}. */
    void start() {
        building = !Boolean.getBoolean(OFF);
        if (!going) { // a look change before the lists were read may have a chain putting screens back already
            next();
        }
    }

    /**
     * Before the window's look changes (text size, theme): the hidden screens taken out of the scene, so only the
     * screen shown is restyled in the change's frames, and put back one a frame in the rep's next pause, restyled
     * then (Screens#setAsideHidden). With every screen put together ahead, a larger text held the FX thread for up
     * to 0.2 s in two frames over 100 ms (issue 21, twenty-third session). A screen selected before it is put back
     * goes back then, restyled in its first frame.
     */
    void restyleHiddenLater() {
        screens.setAsideHidden();
        if (!going) {
            next();
        }
    }

    /** Waits for the rep's next pause, then puts back a screen set aside, or puts the next together; none left: stops. */
    void next() {
        if (!building && !screens.anySetAside()) {
            going = false;
            return;
        }
        going = true;
        inNextPause(() -> {
            // Not for a window another desk has taken over (its screens are gone), nor one closed.
            if (!stage.isShowing() || screens.pane().getScene() != stage.getScene()) {
                going = false;
                return;
            }
            if (away()) {
                going = screens.putBackSetAside(this::next, this)
                        || building && screens.putNextTogetherAhead(this::next, this);
            } else {
                next(); // back since Pause looked, on the side thread up to 200 ms ago
            }
        });
    }

    /** Quiet for a pause now: each part of a screen put together ahead runs only then (FrameByFrame.InPauses). */
    @Override
    public boolean away() {
        return inUse.quietMillis() >= pauseMillis;
    }

    @Override
    public void inNextPause(Runnable work) {
        new Pause(inUse, background, pauseMillis, Long.MAX_VALUE, clock).then(work);
    }
}
