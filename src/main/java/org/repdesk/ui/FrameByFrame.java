package org.repdesk.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * Putting a screen together a part a frame: the one place for it (issue 6: the UI thread never
 * blocks longer than 100 ms; the cases list's first styling and layout alone took 0.3 s in one go).
 *
 * <p>How it fits together, from the outside in:
 * <ol>
 * <li>At start, before the main window is shown, there are no frames: its scene and parts go in
 *     {@link #eventByEvent an event apiece} (MainWindow#showInSteps), then it is shown.</li>
 * <li>{@link ScreenStack} holds the main window's screens. The first time a screen is asked for,
 *     it is added hidden and its {@link BuiltInSteps#assemblySteps() steps} run one per frame
 *     ({@link #run}); once all are in, it is shown if it is still the one wanted (the rep may have
 *     moved on meanwhile), then told {@link BuiltInSteps#assembled()}. Screens stay in the scene
 *     once built, hidden when not shown: taken out and put back, each was styled anew each time.</li>
 * <li>A screen implements {@link BuiltInSteps}: its parts, and what waits for them
 *     ({@link WhenAssembled}: focus for Ctrl+F, scrolling to a saved row, which need the parts shown).</li>
 * <li>A form inside a screen (the case form, a demand's detail) built the first time it shows
 *     something uses {@link PutTogetherFirst}: the same steps, then the last thing asked for meanwhile.</li>
 * </ol>
 * While the window is not showing (tests, or before the first frame) every step runs at once.
 */
final class FrameByFrame {

    private FrameByFrame() {
    }

    /** Runs {@code steps} a frame apart, then {@code done}; all at once while the window is not shown. */
    static void run(Scene scene, List<Runnable> steps, Runnable done) {
        run(scene, steps, done, Runnable::run);
    }

    /** As above, each step handed to {@code beforeEachStep}, which runs it now or later ({@link InPauses}). */
    static void run(Scene scene, List<Runnable> steps, Runnable done, Consumer<Runnable> beforeEachStep) {
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            steps.forEach(Runnable::run);
            done.run();
            return;
        }
        next(scene, new ArrayDeque<>(steps), done, beforeEachStep);
    }

    /**
     * Runs {@code steps} each as an event of its own, then {@code done}: for a window not shown yet,
     * which has no frames to wait for. Whatever else waits for the FX thread runs between them.
     */
    static void eventByEvent(List<Runnable> steps, Runnable done) {
        Deque<Runnable> left = new ArrayDeque<>(steps);
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            Runnable step = left.poll();
            if (step == null) {
                done.run();
                return;
            }
            List<Runnable> asked = new ArrayList<>();
            addedByThisStep = asked;
            try {
                step.run();
            } finally {
                addedByThisStep = null;
            }
            for (int i = asked.size() - 1; i >= 0; i--) {
                left.addFirst(asked.get(i));
            }
            Platform.runLater(next[0]);
        };
        Platform.runLater(next[0]);
    }

    /** What the step of {@link #eventByEvent} running now asked to run next, each in an event of its own; null between steps. */
    private static List<Runnable> addedByThisStep;

    /**
     * Runs {@code work} in an event of its own: when asked from a step of {@link #eventByEvent} (the window put
     * together at start), as the next steps, in the order asked; otherwise as the next event. Posted from inside
     * a step, two such events and the step after them were all queued at once, and whatever came meanwhile (a
     * click, a key) waited for the three: the longest waits before the first frame held two or three events
     * back to back (issue 21).
     */
    static void inAnEventOfItsOwn(Runnable work) {
        if (addedByThisStep != null) {
            addedByThisStep.add(work);
        } else {
            Platform.runLater(work);
        }
    }

    private static void next(Scene scene, Deque<Runnable> left, Runnable done, Consumer<Runnable> beforeEachStep) {
        Runnable step = left.poll();
        if (step == null) {
            done.run();
            return;
        }
        beforeEachStep.accept(() -> {
            step.run();
            afterNextFrame(scene, () -> next(scene, left, done, beforeEachStep));
        });
    }

    /** The rep's pauses, as a build ahead needs them (ScreensAhead): whether they are away now, and the next pause. */
    interface Pauses {

        /** Whether the rep is away now (checked on the FX thread). */
        boolean away();

        /** Runs {@code work} on the FX thread in the rep's next pause. */
        void inNextPause(Runnable work);
    }

    /**
     * The gate before each step of a build: a first opening's steps run at once; a build started ahead runs a
     * step only while the rep is away, else holds it for their next pause. Without it a build ahead, once begun,
     * ran a step a frame until done, so most of the case form's ~11 frames fell on the rep's typing after a
     * 1 s pause (review of stall22). Once the rep asks for the screen, the step held and the rest run as on a
     * first opening.
     */
    static final class InPauses implements Consumer<Runnable> {

        /** Null: not ahead, nothing held. */
        private final Pauses pauses;
        private boolean asked;
        private Runnable held;

        /** {@code pauses}: those of the rep for a build ahead; null for a first opening. */
        InPauses(Pauses pauses) {
            this.pauses = pauses;
            this.asked = pauses == null;
        }

        @Override
        public void accept(Runnable step) {
            if (asked || pauses.away()) {
                step.run();
                return;
            }
            held = step;
            pauses.inNextPause(() -> {
                if (held == step) { // still held: not run meanwhile because the rep asked for it
                    held = null;
                    accept(step); // the rep may be back again: Pause looked on the side thread
                }
            });
        }

        /** The rep asked for it: the step held, and those after it, run now a frame apart. */
        void ask() {
            asked = true;
            Runnable step = held;
            held = null;
            if (step != null) {
                step.run();
            }
        }
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

    /** Runs {@code work} as an event of its own after the scene's next {@code frames} frames (at once if none). */
    static void afterFrames(Scene scene, int frames, Runnable work) {
        if (frames <= 0) {
            work.run();
        } else {
            afterNextFrame(scene, () -> afterFrames(scene, frames - 1, work));
        }
    }

    /**
     * A screen put together a part a frame the first time it is opened: the window runs its steps
     * with the screen hidden, shows it when complete, then calls {@link #assembled()}.
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

    /** Work that needs a screen's parts in place and shown (focus, scrolling), held until it is put together. */
    static final class WhenAssembled {

        private boolean done;
        private final List<Runnable> waiting = new ArrayList<>();

        /** Runs {@code work} now if the screen is complete, else once it is. */
        void run(Runnable work) {
            if (done) {
                work.run();
            } else {
                waiting.add(work);
            }
        }

        /** Puts the cursor in {@code field}, its text selected, once the screen is complete (Ctrl+F). */
        void focus(javafx.scene.control.TextInputControl field) {
            run(() -> {
                field.requestFocus();
                field.selectAll();
            });
        }

        /** Whether the screen is complete. */
        boolean isComplete() {
            return done;
        }

        /** The screen is complete and shown. */
        void assembled() {
            done = true;
            waiting.forEach(Runnable::run);
            waiting.clear();
        }
    }

    /**
     * A form put together a part a frame the first time it shows something, which then shows the
     * last thing asked for meanwhile; from then on, shows at once.
     */
    static final class PutTogetherFirst {

        private final List<Runnable> steps;
        private boolean done;
        /** What to show once put together: the last asked for (nothing, when put together ahead). */
        private Runnable waiting;
        /** What else waits for it to be put together: the next piece of work ahead (ScreensAhead). */
        private final List<Runnable> afterwards = new ArrayList<>();
        /** The gate before each of its steps, once begun. */
        private InPauses gate;

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
                start(view, new InPauses(null));
            } else {
                gate.ask(); // put together ahead so far: the rest at once, the case is waited for
            }
        }

        /**
         * Puts {@code view} together before it has anything to show (in the rep's {@code pauses}, see ScreensAhead),
         * then runs {@code then}; what is asked to show meanwhile shows once it is put together, as above.
         */
        void ahead(Node view, Runnable then, Pauses pauses) {
            if (done) {
                then.run();
                return;
            }
            afterwards.add(then);
            if (waiting == null) {
                waiting = () -> { }; // nothing to show yet
                start(view, new InPauses(pauses));
            }
        }

        /** Whether it is put together (or being put together). */
        boolean begun() {
            return done || waiting != null;
        }

        private void start(Node view, InPauses gate) {
            this.gate = gate;
            FrameByFrame.run(view.getScene(), steps, () -> {
                done = true;
                Runnable last = waiting;
                waiting = null;
                last.run();
                afterwards.forEach(Runnable::run);
                afterwards.clear();
            }, gate);
        }
    }

    /** The main window's screens, one shown and the others hidden; each put together when first asked for. */
    static final class ScreenStack {

        private final StackPane content = new StackPane();
        /** The screen last asked for: one still being put together is shown when complete only if still wanted. */
        private Node wanted;
        /** Screens being put together a part a frame, not shown yet, each with the gate before its steps. */
        private final Map<Node, InPauses> assembling = new HashMap<>();
        /** Hidden screens out of the scene while the window's look changes ({@link #setAsideHidden}), in their order. */
        private final List<Node> aside = new ArrayList<>();
        /**
         * Every screen in the order first put in the pane: one put back goes back in its place, since when the focused
         * node is hidden JavaFX moves the focus to the next one in the scene's order (the next screen's search field).
         */
        private final List<Node> order = new ArrayList<>();

        /** The pane the screens are stacked in (the centre of the window). */
        StackPane pane() {
            return content;
        }

        /** Shows {@code view} now, or once it is put together. */
        void select(Node view) {
            wanted = view;
            InPauses gate = assembling.get(view);
            if (gate == null) {
                reveal(view);
            } else {
                gate.ask(); // put together ahead so far: the rest at once
            }
        }

        /** Shows {@code view} and hides the others. */
        private void reveal(Node view) {
            aside.remove(view); // set aside for a change of look: styled and laid out now, the others stay out
            if (!content.getChildren().contains(view)) {
                putInPlace(view);
            }
            for (Node n : content.getChildren()) {
                n.setVisible(n == view);
            }
        }

        /** The screen shown: the one not hidden. */
        Node shown() {
            return content.getChildren().stream().filter(Node::isVisible).findFirst().orElse(null);
        }

        /** Drops the screens of type {@code type} (made anew each time they are opened). */
        void drop(Class<?> type) {
            content.getChildren().removeIf(type::isInstance);
            aside.removeIf(type::isInstance);
            order.removeIf(type::isInstance);
        }

        /** Adds {@code view} to the pane in its place among the screens there (at the end when new). */
        private void putInPlace(Node view) {
            if (!order.contains(view)) {
                order.add(view);
            }
            int place = order.indexOf(view);
            int at = (int) content.getChildren().stream().filter(n -> order.indexOf(n) < place).count();
            content.getChildren().add(at, view);
        }

        /**
         * Takes the hidden screens that are put together out of the scene, before its look changes (text size, theme):
         * JavaFX styles and lays out every node of a scene, seen or not, and with every screen put together ahead a
         * larger text restyled them all in the key's own frames, up to 0.2 s (issue 21). Out of the scene, a screen is
         * styled anew when it goes back: when selected, or {@link #putBack put back} in the rep's pauses, one a frame.
         * One being put together stays (its steps wait for the scene's frames).
         */
        void setAsideHidden() {
            List<Node> hidden = content.getChildren().stream()
                    .filter(n -> !n.isVisible() && !assembling.containsKey(n)).toList();
            content.getChildren().removeAll(hidden);
            aside.addAll(hidden);
        }

        /** Whether a screen is being put together, not complete yet. */
        boolean anyBeingPutTogether() {
            return !assembling.isEmpty();
        }

        /** Whether a screen is out of the scene, waiting to be put back. */
        boolean anySetAside() {
            return !aside.isEmpty();
        }

        /**
         * Puts the screens set aside back in the scene, hidden, one a frame while the rep is away (else in their next
         * {@code pauses}), then runs {@code then}; false, and nothing run, when none is aside. Each goes back styled at
         * the look of the moment, so it shows at once when selected.
         */
        boolean putBack(Runnable then, Pauses pauses) {
            if (aside.isEmpty()) {
                return false;
            }
            List<Runnable> steps = Collections.nCopies(aside.size(), () -> {
                if (!aside.isEmpty()) { // else selected meanwhile, and so put back
                    putInPlace(aside.remove(0));
                }
            });
            FrameByFrame.run(content.getScene(), steps, then, new InPauses(pauses));
            return true;
        }

        /**
         * Puts {@code view} together a part a frame, hidden; shows it when complete if still wanted,
         * then runs {@code whenDone}.
         */
        <V extends Node & BuiltInSteps> V putTogether(V view, Runnable whenDone) {
            return putTogether(view, whenDone, null);
        }

        /** As above; {@code ahead} not null: put together ahead, in the rep's pauses until they ask for it. */
        <V extends Node & BuiltInSteps> V putTogether(V view, Runnable whenDone, Pauses ahead) {
            view.setVisible(false);
            putInPlace(view);
            InPauses gate = new InPauses(ahead);
            assembling.put(view, gate);
            FrameByFrame.run(content.getScene(), view.assemblySteps(), () -> {
                assembling.remove(view);
                if (wanted == view) {
                    reveal(view);
                }
                view.assembled();
                whenDone.run();
            }, gate);
            return view;
        }
    }
}
