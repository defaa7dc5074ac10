package org.repdesk.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A screen put together a part a frame the first time it is opened (see {@link FrameByFrame}): the
 * window runs its steps with the screen hidden, shows it when complete, then calls {@link #assembled()}.
 */
interface BuiltInSteps {

    /** The parts to put in place, one frame after another. */
    List<Runnable> assemblySteps();

    /** All parts are in place and shown: what waited for them (focus, scrolling) runs now. */
    default void assembled() {
        // nothing waits, unless the screen says so
    }

    /** The steps for a screen of two sides: {@code split}'s first side, then its second at {@code divider}. */
    static List<Runnable> twoSides(SplitPane split, Node first, Node second, double divider) {
        return List.of(() -> split.getItems().add(first), () -> {
            split.getItems().add(second);
            split.setDividerPositions(divider);
        });
    }
}
