package org.repdesk.bench.gui;

import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.repdesk.bench.ProcessMemory;

/**
 * For the benchmark (org.repdesk.bench), kept with it rather than in the app's ui package: starts the real app on {@code --db FILE}, or with
 * {@code --bare} a bare JavaFX window of the same size (the floor; {@code --bare --styled}: under
 * the app's theme), and prints one line when the
 * first usable frame is laid out. For the app that is the main window showing the file's real
 * counts in the status bar and its first screen ready: the dashboard's tiles filled in (or, on a
 * new file, the cases list). The cases list may still be being read then (the status bar says so);
 * a second line gives the time it was loaded. Time is from this JVM's start; peak RSS from /proc.
 *
 * <p>Throughout, a watchdog posts a ping to the FX thread every 10 ms and records how late each
 * one runs: the longest wait is the longest time the UI thread was blocked (issue 6: never over
 * 100 ms), and how much of that wait was the FX thread's own CPU time (the rest, on a busy machine,
 * is waiting for a core). With {@code --type TEXT} it then opens the cases list, picks type
 * Capability and status
 * Open, types TEXT one key every 150 ms, and reports how long after the last key the list showed
 * its results; then selects the first case (the case form is built the first time), then opens
 * each other screen in turn, and reports the longest stall of each step. With --frames it also prints
 * each stall and each frame's styling and layout over 25 ms, with its step. A DAY-CPU line says whether the app's
 * day's check and snapshot ran in each step's longest wait (see --idle-before-screens). With --exit it ends through
 * System.exit rather than halting, so a JVM started with -XX:ArchiveClassesAtExit writes its class-data
 * archive (a training run: every class the journey loaded). Nothing in the app calls this; it drives and watches the windows from outside, through
 * {@link ProbedWindow}, which alone knows the app's node ids.
 */
public final class StartupProbe {

    private static final long PING_MS = 10;
    private static final long KEY_GAP_MS = 150;
    /** How long the list must stay unchanged after the last key before its result counts as final. */
    private static final long SETTLE_MS = 1500;
    private static volatile boolean reported;
    private static volatile boolean listLoaded;
    private static volatile long firstFrameAt;
    private static volatile ProbedWindow main;
    private static volatile long listLoadedAt;
    /** Longest ping delay (ms): [0] until the first frame, [1] from it until the list is loaded, [2] while typing. */
    private static final long[] longestStall = new long[3];
    private static volatile int phase;
    /** The other screens opened after the cases list, by their navigation buttons' ids. */
    private static final List<String> SCREENS = List.of("members", "workload", "demands", "briefs", "dashboard");
    /**
     * In the typing phase: 0 opening the cases list, 1 picking two filters, 2 typing, 3 selecting the
     * first case, 4 on opening each of {@link #SCREENS} in turn.
     */
    private static volatile int step;
    /** Longest ping delay (ms) in each step of the typing phase. */
    private static final long[] stepStall = new long[4 + SCREENS.size()];
    /**
     * The FX thread's own CPU time (ms) during a ping's wait, the most in any one wait, by phase and by
     * step: what the thread itself did while the ping waited, apart from waiting for a core on a busy
     * machine (-1 where the runtime cannot tell). The load-independent part of the stalls above.
     */
    private static final long[] longestBusy = {-1, -1, -1};
    private static final long[] stepBusy = new long[4 + SCREENS.size()];
    private static volatile long fxThread = -1;
    /**
     * The app's day's check and snapshot ({@code repdesk-start-of-day}, App.startOfDayInBackground): its
     * thread once seen, and its CPU time (ms) in each step's longest wait (-1: it was not running then).
     * Tells whether a step was measured with the day's work running beside it or without (issue 21).
     */
    private static volatile long dayThread = -1;
    private static volatile long dayBeganAt = -1;
    private static volatile long dayEndedAt = -1;
    private static final long[] longestDay = {-1, -1, -1};
    private static final long[] stepDay = new long[4 + SCREENS.size()];
    static {
        Arrays.fill(stepDay, -1);
    }
    /**
     * When the probe's own collections for the heap figure began and ended (nanoTime): two full
     * collections at the first frame, 0.2-0.4 s on a busy machine, that the app did not cause. They
     * were counted in the stall before the first frame; a wait that spans them is counted without them.
     */
    private static volatile long probeGcFrom;
    private static volatile long probeGcTo;
    private static final long STEP_PAUSE_MS = 300;
    /** With --frames: each frame whose styling and layout took longer than this is printed, with its step. */
    private static final long SLOW_FRAME_MS = 25;
    private static volatile boolean logFrames;
    /** With --exit: end through System.exit, which writes a -XX:ArchiveClassesAtExit archive (halt would not). */
    private static volatile boolean orderlyExit;

    /**
     * With --idle-before-screens MS: the rep pauses this long after selecting the first case, then opens
     * the other screens. Over the app's 5 s pause, the day's check and snapshot begin meanwhile, and the
     * screens open while they run (a rep who pauses, then clicks). Without it the screens open 1.5 s
     * apart; each opening (a button's action, not a click) counts as the rep's use of the window, so
     * the day's work waits for the journey's end and the screens are measured without it (the DAY-CPU line says which).
     */
    private static volatile long idleBeforeScreensMs;

    /** With --threads: each of the process's threads' CPU to the first frame (the JIT's and the collector's too), from /proc. */
    private static volatile boolean logThreads;

    private StartupProbe() {
    }

    /** Each thread's CPU (ms) by its id, the most seen: sampled while the app starts, so threads that end before the first frame count. */
    private static final java.util.Map<String, Long> threadCpu = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> threadName = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Each thread's time runnable but waiting for a core (ms, /proc's schedstat), the most seen: on two cores
     * the app's own threads compete with the FX thread, and this says how long each was kept waiting (issue 21).
     */
    private static final java.util.Map<String, Long> threadWait = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads /proc/self/task (Linux; nothing elsewhere): each thread's user + system CPU. */
    private static void sampleThreads() {
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return;
        }
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ms = (Long.parseLong(rest[11]) + Long.parseLong(rest[12])) * 10; // USER_HZ 100
                threadCpu.merge(task.getName(), ms, Math::max);
                threadName.put(task.getName(), name.replaceAll("\\d+$", "#"));
                String[] sched = java.nio.file.Files.readString(task.toPath().resolve("schedstat")).strip().split(" ");
                threadWait.merge(task.getName(), Long.parseLong(sched[1]) / 1_000_000, Math::max);
            } catch (java.io.IOException | RuntimeException e) {
                // the thread ended meanwhile
            }
        }
    }

    /** One THREAD-CPU line per thread name (numbered ones together) that used 10 ms or more to the first frame. */
    private static void threadsCpu() {
        sampleThreads();
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        java.util.Map<String, Long> waitByName = new java.util.TreeMap<>();
        threadCpu.forEach((id, ms) -> byName.merge(threadName.get(id), ms, Long::sum));
        threadWait.forEach((id, ms) -> waitByName.merge(threadName.get(id), ms, Long::sum));
        byName.forEach((name, ms) -> {
            if (ms >= 10) {
                System.out.printf(java.util.Locale.ROOT, "THREAD-CPU %s ms=%d waited_for_a_core_ms=%d%n", name, ms,
                        waitByName.getOrDefault(name, -1L));
            }
        });
    }

    public static void main(String[] args) {
        List<String> list = Arrays.asList(args);
        boolean bare = list.contains("--bare");
        int typeAt = list.indexOf("--type");
        String typed = typeAt >= 0 && typeAt + 1 < list.size() ? list.get(typeAt + 1) : null;
        logFrames = list.contains("--frames");
        orderlyExit = list.contains("--exit");
        logThreads = list.contains("--threads");
        int idle = list.indexOf("--idle-before-screens");
        idleBeforeScreensMs = idle >= 0 && idle + 1 < list.size() ? Long.parseLong(list.get(idle + 1)) : 0;
        if (logThreads) {
            Thread sampler = new Thread(() -> {
                while (!reported) {
                    sampleThreads();
                    try {
                        Thread.sleep(100); // the sampling costs CPU of its own: ~0.1 s a start at this rate
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "startup-probe-threads");
            sampler.setDaemon(true);
            sampler.start();
        }
        Thread watcher = new Thread(() -> watch(bare, typed), "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        if (bare) {
            styledBare = list.contains("--styled");
            Application.launch(BareWindow.class, args);
        } else {
            // Through the jar's entry point, as a rep's start goes: its check for a command included.
            int db = list.indexOf("--db");
            org.repdesk.Main.main(db >= 0 && db + 1 < list.size() ? new String[] {"--db", list.get(db + 1)} : new String[0]);
        }
    }

    /** With --bare --styled: the bare window under the app's theme (AtlantaFX Primer Light), to see what the theme alone costs. */
    private static volatile boolean styledBare;

    /** The floor: a window of the app's size with one label, started the same way. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            if (styledBare) {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            }
            stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1280, 780));
            stage.setTitle("Bare");
            stage.show();
        }
    }

    private static long now() {
        return ProcessMemory.sinceJvmStartMs();
    }

    /** Pings the FX thread every 10 ms (one at a time) once the toolkit runs, and checks each window there. */
    private static void watch(boolean bare, String typed) {
        while (true) {
            try {
                Thread.sleep(PING_MS);
                if (!toolkitStarted) {
                    awaitToolkit();
                    continue;
                }
                long posted = System.nanoTime();
                long fxCpuAtPost = ProcessMemory.threadCpuNanos(fxThread);
                findDayThread();
                long dayCpuAtPost = dayCpu();
                int p = phase; // a wait counts in the phase it began in
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    long ranAt = System.nanoTime();
                    long probes = Math.max(0, Math.min(ranAt, probeGcTo) - Math.max(posted, probeGcFrom));
                    long late = (ranAt - posted - probes) / 1_000_000;
                    if (fxThread < 0) {
                        fxThread = Thread.currentThread().getId();
                    }
                    long busy = fxCpuAtPost < 0 ? -1 : (ProcessMemory.threadCpuNanos(fxThread) - fxCpuAtPost) / 1_000_000;
                    long dayNow = dayCpu();
                    long day = dayCpuAtPost < 0 || dayNow < 0 ? -1 : (dayNow - dayCpuAtPost) / 1_000_000;
                    if (late >= longestStall[p]) {
                        longestDay[p] = day;
                    }
                    longestStall[p] = Math.max(longestStall[p], late);
                    longestBusy[p] = Math.max(longestBusy[p], busy);
                    if (p == 2) {
                        if (late >= stepStall[step]) {
                            stepDay[step] = day;
                        }
                        stepStall[step] = Math.max(stepStall[step], late);
                        stepBusy[step] = Math.max(stepBusy[step], busy);
                    }
                    if (logFrames && late > SLOW_FRAME_MS) {
                        System.out.printf(java.util.Locale.ROOT, "STALL at_ms=%d step=%d ms=%d fx_cpu_ms=%d day_cpu_ms=%d%n",
                                now(), step, late, busy, day);
                    }
                    try {
                        check(bare, typed);
                    } catch (RuntimeException e) {
                        System.out.println("PROBE-FAILED " + e);
                        e.printStackTrace(System.out);
                        Runtime.getRuntime().halt(2);
                    } finally {
                        ran.countDown();
                    }
                });
                ran.await();
            } catch (IllegalStateException notYet) {
                // the toolkit is not started yet
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Looks for the day's check and snapshot thread by its name (on the watcher, every tenth ping until seen). */
    private static void findDayThread() {
        if (dayThread < 0 && dayEndedAt < 0 && ++pings % 10 == 0) {
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            Thread[] all = new Thread[root.activeCount() + 16];
            int n = root.enumerate(all, true);
            for (int i = 0; i < n; i++) {
                if ("repdesk-start-of-day".equals(all[i].getName())) {
                    dayThread = all[i].getId();
                    dayBeganAt = now();
                }
            }
        }
    }

    private static int pings;

    /** The day's check and snapshot thread's CPU time (ns) so far, or -1 when it is not running (its end noted). */
    private static long dayCpu() {
        if (dayThread < 0) {
            return -1;
        }
        long cpu = ProcessMemory.threadCpuNanos(dayThread);
        if (cpu < 0 && dayEndedAt < 0) {
            dayEndedAt = now();
            dayThread = -1;
        }
        return cpu;
    }

    /**
     * Waits for JavaFX's toolkit to start, and says when it did. Platform.runLater, once the toolkit
     * is initialised, holds its caller until the toolkit has started (PlatformImpl.waitForStart):
     * Prism's pipeline chosen (on Xvfb, OpenGL tried and refused before the software one), GTK
     * opened, the FX thread made. Timed as a ping, that wait was the longest "stall before the first
     * frame" in every run, the bare window's as well as the app's (sixth session, JFR), though there
     * was no FX thread yet to be blocked; so pings begin once it has started, and the wait is its own line.
     */
    private static void awaitToolkit() {
        long from = System.nanoTime();
        Platform.runLater(() -> { }); // throws until the toolkit is initialised; returns once it has started
        toolkitStarted = true;
        System.out.printf(java.util.Locale.ROOT, "TOOLKIT started_ms=%d waited_ms=%d epoch_ms=%d%n", now(),
                (System.nanoTime() - from) / 1_000_000, System.currentTimeMillis());
    }

    private static volatile boolean toolkitStarted;

    private static void check(boolean bare, String typed) {
        if (!reported) {
            for (Window w : List.copyOf(Window.getWindows())) {
                Scene scene = w.getScene();
                if (w.isShowing() && scene != null && (bare || new ProbedWindow(scene).ready())) {
                    reported = true;
                    // Runs after this pulse's CSS and layout, just before the frame is drawn.
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        firstFrame(bare, typed, scene);
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                    Platform.requestNextPulse();
                    return;
                }
            }
        } else if (main != null && !listLoaded && main.listLoaded()) {
            listLoaded = true;
            listLoadedAt = now();
            System.out.printf(java.util.Locale.ROOT, "LIST-LOADED ms=%d epoch_ms=%d%n", listLoadedAt, System.currentTimeMillis());
            if (typed == null) {
                finish();
            } else {
                phase = 2;
                // Its own event, not inside this ping: the watchdog measures how long the FX thread
                // is busy by the next ping's wait, and opening the cases list is what it must see.
                ProbedWindow window = main;
                Platform.runLater(() -> typeInto(window, typed));
            }
        }
    }

    private static void firstFrame(boolean bare, String typed, Scene scene) {
        firstFrameAt = now();
        long epoch = System.currentTimeMillis();
        double hwm = ProcessMemory.procStatusMiB("VmHWM");
        double rss = ProcessMemory.procStatusMiB("VmRSS");
        // The CPU the start took, by the FX thread and by the whole process (every thread, the JIT's
        // and the collector's included): on two cores a start cannot end sooner than about half the latter.
        // Read before the probe's own collections below, which the app did not cause.
        long fxCpu = ProcessMemory.threadCpuNanos(fxThread);
        if (fxCpu < 0) {
            fxCpu = ProcessMemory.currentThreadCpuNanosFromProc(); // this is the FX thread
        }
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        if (logThreads) {
            threadsCpu();
        }
        String heap = "";
        if (!bare) {
            probeGcFrom = System.nanoTime();
            heap = String.format(java.util.Locale.ROOT, " heap_mib=%.1f", ProcessMemory.heapAfterGcMiB());
            probeGcTo = System.nanoTime();
        }
        // epoch_ms: the wall clock, so the benchmark can time the run from its own start of the process,
        // the same way for every launcher (this JVM's start time is when it finished initialising, or, in
        // the installers' runtime without java.management, a /proc figure off by up to a second).
        System.out.printf(java.util.Locale.ROOT, "FIRST-FRAME ms=%d hwm_mib=%.1f rss_mib=%.1f%s fx_cpu_ms=%d cpu_ms=%d epoch_ms=%d%n",
                firstFrameAt, hwm, rss, heap, fxCpu < 0 ? -1 : fxCpu / 1_000_000, cpu, epoch);
        System.out.flush();
        if (bare) {
            finish();
            return;
        }
        main = new ProbedWindow(scene);
        phase = 1;
        if (logFrames) {
            long[] began = new long[1];
            scene.addPreLayoutPulseListener(() -> began[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                long ms = (System.nanoTime() - began[0]) / 1_000_000;
                if (ms > SLOW_FRAME_MS) {
                    System.out.printf(java.util.Locale.ROOT, "FRAME at_ms=%d step=%d css_layout_ms=%d%n", now(), step, ms);
                }
            });
        }
    }

    /**
     * Opens the cases list, filters it as the benchmark's keystroke does, then types {@code text}:
     * each step its own event, after the one before has been drawn and a short pause, as a rep's
     * clicks are (one event for all of them would add up steps no rep can take at once).
     */
    private static void typeInto(ProbedWindow window, String text) {
        step = 0;
        long clicked = System.nanoTime();
        Scene scene = window.scene();
        window.open("cases");
        whenShown(window, ProbedWindow.CASE_LIST, () -> afterDrawn(scene, () -> {
            System.out.printf(java.util.Locale.ROOT, "CASES-SHOWN after_click_ms=%d%n",
                    (System.nanoTime() - clicked) / 1_000_000 - STEP_PAUSE_MS);
            step = 1;
            window.pickType(org.repdesk.model.CaseType.CAPABILITY);
            afterDrawn(scene, () -> {
                window.pickStatus(org.repdesk.model.CaseStatus.OPEN);
                afterDrawn(scene, () -> {
                    step = 2;
                    type(window, text);
                });
            });
        }));
    }

    /**
     * Then each other screen in turn, the first time it is opened: its own step, after the one before
     * has been drawn and a pause, so each screen's longest stall is known.
     */
    private static void openScreens(ProbedWindow window, int index) {
        if (index == SCREENS.size()) {
            finish();
            return;
        }
        step = 4 + index;
        window.open(SCREENS.get(index));
        afterDrawn(window.scene(), () -> {
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(SETTLE_MS));
            settle.setOnFinished(e -> openScreens(window, index + 1));
            settle.play();
        });
    }

    /** Runs {@code next} once the node {@code id} is in the scene and shown (the app may put a screen together over several frames). */
    private static void whenShown(ProbedWindow window, String id, Runnable next) {
        if (window.shown(id)) {
            next.run();
        } else {
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(5));
            wait.setOnFinished(e -> whenShown(window, id, next));
            wait.play();
        }
    }

    /** Runs {@code next} as its own event once a frame has been laid out after now, and a pause. */
    private static void afterDrawn(Scene scene, Runnable next) {
        ProbedWindow.afterNextFrame(scene, () -> {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(STEP_PAUSE_MS));
            pause.setOnFinished(e -> next.run());
            pause.play();
        });
    }

    private static void type(ProbedWindow window, String text) {
        javafx.scene.control.TextField search = window.caseSearch();
        Label count = window.caseCount();
        search.requestFocus();
        long[] lastKey = new long[1];
        long[] lastChange = new long[1];
        count.textProperty().addListener((o, a, b) -> lastChange[0] = System.nanoTime());
        // The count can stay the same ("pate" and "patel" may find the same cases), so the list's
        // filter being applied also counts as the results arriving.
        var items = window.caseList().getItems();
        if (items instanceof javafx.collections.transformation.SortedList<?> sorted
                && sorted.getSource() instanceof javafx.collections.transformation.FilteredList<?> filtered) {
            filtered.predicateProperty().addListener((o, a, b) -> lastChange[0] = System.nanoTime());
        }
        javafx.animation.Timeline keys = new javafx.animation.Timeline();
        for (int i = 0; i < text.length(); i++) {
            String ch = text.substring(i, i + 1);
            keys.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(KEY_GAP_MS * (i + 1)), e -> {
                lastKey[0] = System.nanoTime();
                search.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED, ch, ch,
                        javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
            }));
        }
        keys.setOnFinished(e -> {
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(SETTLE_MS));
            settle.setOnFinished(x -> {
                long ms = lastChange[0] > lastKey[0] ? (lastChange[0] - lastKey[0]) / 1_000_000 : -1;
                System.out.printf(java.util.Locale.ROOT, "TYPED text=%s last_key_to_results_ms=%d shown=\"%s\"%n",
                        search.getText(), ms, count.getText());
                // Then the first case, which builds the case form the first time.
                step = 3;
                window.caseList().getSelectionModel().select(0);
                javafx.animation.PauseTransition shown = new javafx.animation.PauseTransition(
                        javafx.util.Duration.millis(idleBeforeScreensMs > 0 ? idleBeforeScreensMs : SETTLE_MS));
                shown.setOnFinished(y -> openScreens(window, 0));
                shown.play();
            });
            settle.play();
        });
        keys.play();
    }

    private static String screenStalls() {
        return screens(stepStall);
    }

    private static String screens(long[] bySteps) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < SCREENS.size(); i++) {
            b.append(' ').append(SCREENS.get(i)).append("_ms=").append(bySteps[4 + i]);
        }
        return b.toString();
    }

    private static void finish() {
        System.out.printf(java.util.Locale.ROOT,
                "STALLS before_first_frame_ms=%d until_list_loaded_ms=%d typing_ms=%d opening_ms=%d filters_ms=%d keys_ms=%d"
                        + " case_form_ms=%d%s%n",
                longestStall[0], longestStall[1], Math.max(stepStall[0], Math.max(stepStall[1], stepStall[2])),
                stepStall[0], stepStall[1], stepStall[2], stepStall[3], screenStalls());
        System.out.printf(java.util.Locale.ROOT,
                "FX-CPU before_first_frame_ms=%d until_list_loaded_ms=%d typing_ms=%d case_form_ms=%d%s%n",
                longestBusy[0], longestBusy[1], Math.max(stepBusy[0], Math.max(stepBusy[1], stepBusy[2])), stepBusy[3],
                screens(stepBusy));
        // Whether the day's check and snapshot ran in each step's longest wait (its CPU there; -1: not running).
        System.out.printf(java.util.Locale.ROOT,
                "DAY-CPU began_ms=%d ended_ms=%d until_list_loaded_ms=%d typing_ms=%d case_form_ms=%d%s%n",
                dayBeganAt, dayEndedAt, longestDay[1], Math.max(stepDay[0], Math.max(stepDay[1], stepDay[2])), stepDay[3],
                screens(stepDay));
        System.out.flush();
        if (orderlyExit) {
            // Off the FX thread: the JVM writes the archive while the exit hooks run, and JavaFX's
            // own hook waits for this thread.
            Thread exit = new Thread(() -> System.exit(0), "startup-probe-exit");
            exit.start();
            return;
        }
        // halt, not exit: a measuring run needs no orderly shutdown, and the renderer must not race it.
        Runtime.getRuntime().halt(0);
    }
}
