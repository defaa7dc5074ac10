package org.repdesk.ui;

import java.util.List;

/**
 * A screen put together a part a frame the first time it is opened (see {@link FrameByFrame}): the
 * window runs its steps with the screen hidden, shows it when complete, then calls {@link #assembled()}.
 */
interface BuiltInSteps {

    /** The parts to put in place, one frame after another. */
    List<Runnable> assemblySteps();

    /** All parts are in place and shown: what waited for them (focus, scrolling) runs now. */
    void assembled();
}
