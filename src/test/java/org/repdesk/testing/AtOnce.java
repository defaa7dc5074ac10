package org.repdesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.repdesk.ui.Background;
import org.repdesk.ui.papers.Runner;

/**
 * Runs store work at once on the test's thread, as the background executor would, and keeps what
 * failed; {@link #holdNext()} keeps the next piece of work back until {@link #release()}, to see a
 * form while it saves.
 */
public final class AtOnce implements Runner {

    public final List<String> failures = new ArrayList<>();
    private boolean hold;
    private Runnable held;

    @Override
    public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
        Runnable work = () -> {
            T result;
            try {
                result = job.run();
            } catch (Exception e) {
                failures.add(failure + ": " + e.getMessage());
                return;
            }
            done.accept(result);
        };
        if (hold) {
            hold = false;
            held = work;
        } else {
            work.run();
        }
    }

    public void holdNext() {
        hold = true;
    }

    public void release() {
        Runnable w = held;
        held = null;
        w.run();
    }
}
