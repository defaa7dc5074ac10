package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.stage.Window;

/**
 * Runs store work off the FX thread and hands the result back on it. One worker thread: the
 * store serialises access anyway, and results then arrive in the order they were asked for.
 * The GUI's only threads are made here (ArchitectureTest): the store worker, the search, one
 * for small work beside the store (decoding icons, waiting for the rep to pause), and, as the window
 * closes, {@code repdesk-last-work} for the work its closing must not drop ({@link #runBeforeClosing}).
 */
public final class Background {

    private static final Logger LOG = Logger.getLogger(Background.class.getName());

    /** Work that may fail with a message for the rep. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    /** Where failures are told to the rep: the window's dialogs, or (before there is one) an alert over {@code owner}. */
    private final Dialogs dialogs;

    /** Failures shown as alerts over the owner each call names. */
    public Background() {
        this(null);
    }

    /** Failures told through {@code dialogs} (a test's stand-in, or the window's). */
    public Background(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    private void tellFailure(Window owner, String header, Throwable error) {
        if (dialogs != null) {
            dialogs.failed(header, error);
        } else {
            Alerts.failed(owner, header, error);
        }
    }

    /** Work asked of the store worker and not yet done (the worker held at start counts). */
    private final AtomicInteger working = new AtomicInteger();
    /** Told, on the worker, as each piece of its work ends. */
    private final List<Runnable> afterEachJob = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * The store worker: one thread, work in the order asked. Replaced once, at start, by
     * {@link #workerAtNormalPriority}: the thread that read the lists the first time beside the window's
     * first frames gave way to them (see {@link #holdWorker}), and a thread once lowered stays lowered.
     */
    private volatile ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "repdesk-store");
            t.setDaemon(true);
            return t;
        });
    }

    // Searches have a thread (and a connection) of their own: a keystroke's search must not queue
    // behind the cases list being read, and a newer one stops the one it replaces.
    private final ExecutorService searcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "repdesk-search");
        t.setDaemon(true);
        return t;
    });

    // Work that neither reads the store nor may wait behind it: icons decoded, a pause waited for.
    // Its thread is made at its first use, once the window's first frame is out, and gives way to the
    // FX thread and the store worker: on two cores the screens' classes loaded here (issue 21) kept the
    // FX thread waiting for a core while the lists were first read.
    private final java.util.concurrent.ScheduledExecutorService aside = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(() -> {
            org.repdesk.LowPriority.forThisThread(ASIDE_NICE);
            r.run();
        }, "repdesk-aside");
        t.setDaemon(true);
        return t;
    });

    /** The side thread's nice value (Linux; 0 is the other threads'): it gives way to the FX thread and the store worker. */
    static final int ASIDE_NICE = 10;
    /**
     * The store worker's nice value while the lists are first read, beside the window's first frames. At 10
     * the list came ~0.8 s later (median of 9 starts at 100,000 cases, behind the C1 compiler's threads); at 5
     * it came no later and the FX thread's longest wait there was as short (docs/benchmarks.md, prio10).
     */
    static final int FIRST_READ_NICE = 5;

    /** Runs {@code work} (no store calls) on the side thread, now. */
    public void aside(Runnable work) {
        try {
            aside.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(Level.FINE, "work asked for after the window closed", e);
        }
    }

    /** Runs {@code work} (no store calls) on the side thread after {@code millis}. */
    public void asideAfter(long millis, Runnable work) {
        try {
            aside.schedule(work, millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(Level.FINE, "work asked for after the window closed", e);
        }
    }

    /**
     * Runs a search; {@code done} gets its result on the FX thread. A search stopped by a newer
     * one (CancellationException) is dropped quietly; other failures are shown to the rep.
     */
    public <T> void search(Window owner, Job<T> job, Consumer<T> done) {
        Task<T> task = task(job);
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (!(task.getException() instanceof java.util.concurrent.CancellationException)) {
                LOG.log(Level.WARNING, "Search failed", task.getException());
                tellFailure(owner, org.repdesk.i18n.Messages.text("shell.background.searchFailed"), task.getException());
            }
        });
        submit(searcher, task);
    }

    private static <T> Task<T> task(Job<T> job) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run();
            }
        };
    }

    /** Runs {@code job}; {@code done} gets its result on the FX thread, failures are shown to the rep. */
    public <T> Task<T> run(Window owner, String failureHeader, Job<T> job, Consumer<T> done) {
        return run(owner, failureHeader, job, done, () -> { });
    }

    /** As above; {@code afterFailure} runs on the FX thread once the failure has been shown. */
    public <T> Task<T> run(Window owner, String failureHeader, Job<T> job, Consumer<T> done, Runnable afterFailure) {
        Task<T> task = failuresShown(owner, failureHeader, job, done, afterFailure);
        toWorker(task);
        return task;
    }

    /** {@code job}'s task: {@code done} gets its result on the FX thread, a failure is shown, then {@code afterFailure}. */
    private <T> Task<T> failuresShown(Window owner, String failureHeader, Job<T> job, Consumer<T> done,
            Runnable afterFailure) {
        Task<T> task = task(job);
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.log(Level.WARNING, failureHeader, error);
            tellFailure(owner, failureHeader, error);
            afterFailure.run();
        });
        return task;
    }

    /**
     * As {@link #run(Window, String, Job, Consumer)}, for work the window's closing must not drop: the
     * crash copies of what the rep discarded on quitting, which the next start would offer otherwise.
     * Still waiting when the window closes, it is done on a thread of its own once the worker has
     * stopped; {@link #awaitLastWork} waits for it before the desk is closed.
     */
    public <T> Task<T> runBeforeClosing(Window owner, String failureHeader, Job<T> job, Consumer<T> done) {
        Task<T> task = failuresShown(owner, failureHeader, job, done, () -> { });
        toWorker(task, true);
        return task;
    }

    /** Work the window's closing does not drop ({@link #runBeforeClosing}), as the worker holds it. */
    private record BeforeClosing(Runnable work) implements Runnable {
        @Override
        public void run() {
            work.run();
        }
    }

    /** {@link #runBeforeClosing}'s work from its hand-over until it has ended (waiting, or in hand). */
    private final AtomicInteger beforeClosingUnfinished = new AtomicInteger();

    /** What {@link #shutdown} found still to do of {@link #runBeforeClosing}'s work, being done; null when none. */
    private volatile Thread lastWork;

    /**
     * Waits (at most {@code millis}) for the work the window's closing kept ({@link #runBeforeClosing}):
     * the app calls it before it closes the desk, whose connection that work needs.
     */
    public void awaitLastWork(long millis) {
        Thread last = lastWork;
        if (last == null) {
            return;
        }
        try {
            last.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes a desk this worker served once the work its closing kept is done (at most {@code millis}
     * waited; the worker stopped first if it is not yet): the app's quitting and a switch to another desk
     * both close the desk left this way.
     */
    public void closeAfterLastWork(long millis, Runnable closeDesk) {
        shutdown(); // if the window's hiding has not already
        awaitLastWork(millis);
        closeDesk.run();
    }

    /**
     * Runs {@code job}; on the FX thread {@code done} gets its result, or {@code failed} its failure
     * (which it says where it belongs, e.g. beside a form, rather than in an alert).
     */
    public <T> Task<T> attempt(Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = task(job);
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        toWorker(task);
        return task;
    }

    /**
     * Hands the task to its thread; once the window has closed (and this executor with it), work
     * still asked for on the way out (a list read again after the last save) is dropped, not an error.
     */
    private static void submit(ExecutorService executor, Task<?> task) {
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(Level.FINE, "work asked for after the window closed", e);
        }
    }

    /** Hands {@code work} to the store worker, counted in {@link #working} until it is done. */
    private void toWorker(Runnable work) {
        toWorker(work, false);
    }

    /** As {@link #toWorker(Runnable)}; {@code beforeClosing}: kept by {@link #shutdown} when not yet begun. */
    private void toWorker(Runnable work, boolean beforeClosing) {
        working.incrementAndGet();
        if (beforeClosing) {
            beforeClosingUnfinished.incrementAndGet();
        }
        Runnable each = () -> {
            try {
                work.run();
            } finally {
                working.decrementAndGet();
                if (beforeClosing) {
                    beforeClosingUnfinished.decrementAndGet();
                }
                afterEachJob.forEach(Runnable::run);
            }
        };
        Runnable counted = beforeClosing ? new BeforeClosing(each) : each;
        while (true) {
            ExecutorService to = worker;
            try {
                to.execute(counted);
                return;
            } catch (java.util.concurrent.RejectedExecutionException e) {
                if (to == worker) {
                    working.decrementAndGet();
                    if (beforeClosing) {
                        beforeClosingUnfinished.decrementAndGet();
                    }
                    LOG.log(Level.FINE, "work asked for after the window closed", e);
                    return;
                }
                // asked of the lowered worker as it was replaced: the new one takes it
            }
        }
    }

    /**
     * True while the store worker has work asked for and not yet done: a list or a screen's figures
     * being read for the rep, which background work of the app's own (the day's check) gives way to.
     */
    public boolean working() {
        return working.get() > 0;
    }

    /** Runs {@code told} (quick, thread-safe) on the store worker as each piece of its work ends. */
    public void afterEachJob(Runnable told) {
        afterEachJob.add(told);
    }

    /**
     * Holds the store worker until the returned action runs: work asked for meanwhile waits, in
     * order. At start-up the worker's first job (what falls due soon, whose first reading loads the
     * bank-holiday calendar: ~0.4 s of a core, issue 21) competed with the first frame for the two cores.
     */
    public Runnable holdWorker() {
        return holdWorker(false);
    }

    /**
     * As {@link #holdWorker()}; {@code thenGiveWay}: once let go, the worker's thread lowers its priority
     * (nice {@value #FIRST_READ_NICE}) for the lists' first read, so on two cores the FX thread gets a core
     * first while it draws the window's first frames beside it (issue 21: its longest waits there were for
     * a core, behind this reading); {@link #workerAtNormalPriority} ends that.
     */
    public Runnable holdWorker(boolean thenGiveWay) {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        givingWay |= thenGiveWay;
        toWorker(() -> {
            try {
                held.await();
                if (thenGiveWay) {
                    org.repdesk.LowPriority.forThisThread(FIRST_READ_NICE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // shut down while held
            }
        });
        return held::countDown;
    }

    /**
     * From now on the store worker's work runs on a new thread at normal priority (once what was asked of
     * the old one is done, so the order holds): a thread lowered by {@link #holdWorker(boolean)} cannot be
     * raised again without root. Called on the FX thread (a new thread starts at its maker's priority);
     * does nothing more when called again.
     */
    public void workerAtNormalPriority() {
        if (!givingWay) {
            return;
        }
        givingWay = false;
        ExecutorService lowered = worker;
        earlier = lowered;
        ExecutorService normal = newWorker();
        normal.execute(() -> {
            try {
                lowered.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // shut down meanwhile
            }
        });
        worker = normal;
        lowered.shutdown(); // what it holds still runs, then its thread ends
    }

    /** True from {@link #holdWorker(boolean) holdWorker(true)} until {@link #workerAtNormalPriority}. */
    private volatile boolean givingWay;
    /** The worker replaced by {@link #workerAtNormalPriority}, stopped too at {@link #shutdown}. */
    private volatile ExecutorService earlier;

    /**
     * Stops the worker, the work it was asked and has not begun dropped, except what must be done before
     * the desk closes ({@link #runBeforeClosing}): that is done in order on a thread of its own once the
     * job in hand has ended, and {@link #awaitLastWork} waits for it, and for such work already in hand.
     */
    public void shutdown() {
        ExecutorService before = earlier;
        ExecutorService now = worker;
        List<Runnable> kept = new ArrayList<>();
        if (before != null) {
            before.shutdownNow().stream().filter(BeforeClosing.class::isInstance).forEach(kept::add);
        }
        now.shutdownNow().stream().filter(BeforeClosing.class::isInstance).forEach(kept::add);
        searcher.shutdownNow();
        aside.shutdownNow();
        // Also when such work is already in hand (begun at once on an idle worker): a store write goes on
        // after the worker's interrupt, and the desk must not be closed under it.
        if ((kept.isEmpty() && beforeClosingUnfinished.get() == 0) || lastWork != null) {
            return;
        }
        Thread last = new Thread(() -> {
            try {
                for (ExecutorService stopped : before == null ? List.of(now) : List.of(before, now)) {
                    stopped.awaitTermination(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kept.forEach(Runnable::run);
        }, "repdesk-last-work");
        last.setDaemon(true);
        lastWork = last;
        last.start();
    }
}
