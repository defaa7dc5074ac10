package org.repdesk.ui.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.repdesk.ui.Background;
import org.repdesk.ui.papers.Runner;

/** Runs the work at once, as the background executor would, and keeps what failed. */
final class AtOnce implements Runner {

    final List<String> failures = new ArrayList<>();

    @Override
    public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
        T result;
        try {
            result = job.run();
        } catch (Exception e) {
            failures.add(failure + ": " + e.getMessage());
            return;
        }
        done.accept(result);
    }
}
