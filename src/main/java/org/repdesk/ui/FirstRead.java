package org.repdesk.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.repdesk.report.Caseload;
import org.repdesk.service.RepDesk;

/**
 * What the main window shows first (the status line's counts and the dashboard's figures), read
 * while JavaFX starts and the window is built. On 100,000 cases that is about half a second of
 * queries no longer waited for. The window takes each result once, through its usual background
 * jobs; later reloads query as before. The lists are not read here: that holds the connection for
 * seconds, and the window, still being built, may need it.
 */
public final class FirstRead {

    /** The status line's counts. */
    record Counts(int members, int cases) {
    }

    private final CompletableFuture<Counts> counts = new CompletableFuture<>();
    private final CompletableFuture<Caseload> dashboard = new CompletableFuture<>();

    private FirstRead() {
    }

    /** Starts reading on a thread of its own and returns at once. */
    public static FirstRead begin(RepDesk desk) {
        FirstRead read = new FirstRead();
        Thread reader = new Thread(() -> {
            complete(read.counts, () -> new Counts(desk.members().count(), desk.cases().count()));
            complete(read.dashboard, () -> Caseload.of(desk, DashboardView.SHOWN_PER_TILE));
        }, "repdesk-first-read");
        reader.setDaemon(true);
        reader.start();
        return read;
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> read) {
        try {
            future.complete(read.get());
        } catch (RuntimeException e) {
            future.completeExceptionally(e); // shown by the job that waits for it, as a failed query would be
        }
    }

    /** A job that waits for {@code future}, or null when {@code read} is null. */
    static <T> Background.Job<T> waitFor(FirstRead read, java.util.function.Function<FirstRead, CompletableFuture<T>> part) {
        if (read == null) {
            return null;
        }
        CompletableFuture<T> future = part.apply(read);
        return () -> {
            try {
                return future.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        };
    }

    CompletableFuture<Counts> counts() {
        return counts;
    }

    CompletableFuture<Caseload> dashboard() {
        return dashboard;
    }
}
