package org.repdesk.ui.common;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.repdesk.service.ValidationException;
import org.repdesk.store.StoreException;
import org.repdesk.ui.Background;
import org.repdesk.ui.papers.Runner;

/**
 * A form's save, run off the FX thread: what the store refuses (someone else saved it meanwhile,
 * a membership number already used, the disk full) comes back as words the form shows beside its
 * Save button, with everything typed kept, rather than as a window over it.
 */
public final class Saving {

    private static final Logger LOG = Logger.getLogger(Saving.class.getName());

    /** The saved record, or why it was not saved. */
    public record Outcome<T>(T saved, String refusal) {
    }

    private Saving() {
    }

    /** Runs {@code job} through {@code runner}; {@code done} gets the outcome on the FX thread. */
    public static <T> void run(Runner runner, String failure, Background.Job<T> job, Consumer<Outcome<T>> done) {
        runner.run(failure, () -> {
            try {
                return new Outcome<>(job.run(), null);
            } catch (ValidationException e) {
                return new Outcome<T>(null, String.join("\n", e.problems()));
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.CHANGED_ELSEWHERE) {
                    LOG.log(Level.WARNING, failure, e);
                }
                return new Outcome<T>(null, e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, failure, e);
                return new Outcome<T>(null, failure + ": " + e.getMessage());
            }
        }, done);
    }
}
