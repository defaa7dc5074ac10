package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;

/** Work that needs a screen's parts in place and shown (focus, scrolling), held until it is put together. */
final class WhenAssembled {

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

    /** The screen is complete and shown. */
    void assembled() {
        done = true;
        waiting.forEach(Runnable::run);
        waiting.clear();
    }
}
