package org.repdesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work a frame apart: each step once the frame holding the changes of the step before has
 * been styled and laid out. A screen whose first styling would hold the FX thread for several
 * frames is put together this way, a part a frame (issue 6: the UI thread never blocks longer
 * than 100 ms).
 */
final class FrameByFrame {

    private FrameByFrame() {
    }

    /** Runs {@code steps} a frame apart, then {@code done}; all at once while the window is not shown. */
    static void run(Scene scene, List<Runnable> steps, Runnable done) {
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            steps.forEach(Runnable::run);
            done.run();
            return;
        }
        next(scene, new ArrayDeque<>(steps), done);
    }

    private static void next(Scene scene, Deque<Runnable> left, Runnable done) {
        Runnable step = left.poll();
        if (step == null) {
            done.run();
            return;
        }
        step.run();
        afterNextFrame(scene, () -> next(scene, left, done));
    }

    /** Runs {@code work} as an event of its own, just after the scene's next frame has been laid out. */
    static void afterNextFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
