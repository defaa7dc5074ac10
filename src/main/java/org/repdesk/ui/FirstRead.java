package org.repdesk.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.repdesk.report.Caseload;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.dashboard.DashboardViewModel;

/**
 * What the main window shows first (the status line's counts, the dashboard's figures and whether
 * it asks for the rep's name), read
 * while JavaFX starts and the window is built. On 100,000 cases that is about half a second of
 * queries no longer waited for. The window takes each result once ({@link DeskState#showFirstOr});
 * later reloads query as before. The lists are not read here: that holds the connection for
 * seconds, and the window, still being built, may need it.
 */
public final class FirstRead {

    /** The status line's counts. */
    record Counts(int members, int cases) {

        static Counts of(RepDesk desk) {
            return new Counts(desk.members().count(), desk.cases().count());
        }
    }

    private final CompletableFuture<Counts> counts = new CompletableFuture<>();
    private final CompletableFuture<DashboardViewModel.Read> dashboard = new CompletableFuture<>();
    private final CompletableFuture<java.util.Optional<String>> repName = new CompletableFuture<>();

    /** Reads all three on the calling thread, in the order the window needs them. */
    public void readFrom(RepDesk desk) {
        complete(counts, () -> Counts.of(desk));
        complete(repName, () -> desk.settings().repName()); // one row: in before the figures it shows beside
        // Without the members' workload (the WMT tile's two statements, about half the figures' CPU at
        // 100,000 cases): the dashboard reads it on the store worker once the first frame is out.
        complete(dashboard, () -> {
            RepDesk.Seen seen = desk.seen().orElse(null); // before the figures: a write meanwhile is read on return
            return new DashboardViewModel.Read(
                    Caseload.withoutWorkload(desk, DashboardViewModel.SHOWN_PER_TILE), seen);
        });
    }

    /**
     * The dashboard's figures, by aggregate queries (read ahead here at start-up, without the members'
     * workload, by DashboardView when it reloads), unless the data and the day are still as {@code since} says. Here, not in DashboardView: calling that class from the opening
     * thread initialised it, and with it javafx.scene.Node, whose set-up waits for the toolkit's
     * start on the FX thread (~40 ms of the opening thread blocked at start-up, issue 6).
     */
    public static DashboardViewModel.Read dashboardFigures(RepDesk desk, RepDesk.Seen since) {
        // Asked on the store worker, before the figures: a write while they are read is read on the next return.
        RepDesk.Seen now = desk.seen().orElse(null);
        if (since != null && since.equals(now)) {
            return new DashboardViewModel.Read(null, now); // nothing written, the same day
        }
        // A compile-time constant: read here without initialising the view-model's class.
        return new DashboardViewModel.Read(
                Caseload.of(desk, DashboardViewModel.SHOWN_PER_TILE), now);
    }

    private static <T> void complete(CompletableFuture<T> future, Supplier<T> read) {
        try {
            future.complete(read.get());
        } catch (Throwable e) {
            future.completeExceptionally(e); // shown by the job that waits for it, as a failed query would be
        }
    }

    /**
     * One part of {@code read} when it has been read already (without failing), else null: then the
     * window shows it in the same frame as everything else, rather than one frame later.
     */
    static <T> T ifRead(FirstRead read, Function<FirstRead, CompletableFuture<T>> part) {
        CompletableFuture<T> future = read == null ? null : part.apply(read);
        return future != null && future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
    }

    CompletableFuture<Counts> counts() {
        return counts;
    }

    CompletableFuture<DashboardViewModel.Read> dashboard() {
        return dashboard;
    }

    /**
     * The rep's name, for the dashboard's notice asking for it: read on the worker after the first
     * frame, the notice came in while that frame was still being drawn, moved the tiles and had the
     * whole dashboard drawn again, and the FX thread waited for the first drawing to end (issue 21).
     */
    CompletableFuture<java.util.Optional<String>> repName() {
        return repName;
    }
}
