package org.repdesk.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread: a check's page walk, a brief's second connection. */
public final class Tasks {

    private Tasks() {
    }

    /**
     * The task's answer, waited for to the end: the work is under way on its own connection and must end
     * before that connection can be closed, so an interrupt is kept for after the wait rather than obeyed;
     * a failure is rethrown as the task threw it.
     */
    public static <T> T waitedFor(Future<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
