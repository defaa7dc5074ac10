package org.repdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a separate JVM per run: the real app on a data file, or a bare JavaFX window (the floor),
 * through org.repdesk.bench.gui.StartupProbe, each under its own xvfb-run when there is no display. The
 * probe prints the milliseconds from its JVM's start to the first frame and its peak RSS, so
 * Xvfb's own start-up is not counted.
 */
final class StartupRuns {

    /**
     * The JVM options the app's launchers use (pom.xml's javafx:run, packaging/app-image.args; a test
     * keeps the three in step). On two cores, the C2 compiler's threads and G1's concurrent threads
     * competed with the FX thread while the window was built and first used; the app's heavy work is
     * SQLite's, in native code. Measured with the start-up probe at 100k cases: first usable frame
     * ~2.9 -> ~2.0 s, bare window ~1.15 -> ~0.93 s, first opening of the cases list ~850 -> ~500 ms.
     * The parallel collector rather than the serial one: both stop the app only while they collect
     * (no concurrent threads), but on two cores its pauses while 100,000 cases were read were
     * 31-40 ms rather than 85-108 ms (each one a stall of the FX thread), at the same start-up time.
     *
     * <p>MetaspaceSize: the JVM collects when class metadata first passes ~21 MB, which a start passes
     * before its first frame (the whole probe journey uses 31 MB): a young and a full collection
     * stopped the FX thread there, 195 + 402 ms at a load of 20 (-Xlog:gc, 5 Dec 2026); with the
     * threshold at 64 MB neither happens. It is the collection's threshold, not memory taken.
     *
     * <p>MaxNewSize: the parallel collector grows its young generation until collecting takes 1% of the
     * time, so a command that holds ~11 MB but allocates fast (writing 200,000 calendar events, 300,000
     * spreadsheet rows) peaked at 0.9-1.6 GB at 100-300k cases; with the young generation held at
     * 128 MB (what a 24 GB machine starts with, so a start is as before) the same runs peaked at
     * 228-264 MiB at 100k, in less CPU time. Only the young generation is bounded: what the app keeps
     * (the old generation) may still grow to the JVM's default maximum. Held at 48 MB since the fourteenth
     * session: each young collection then copies less at once, so the longest UI-thread wait of a start
     * fell (5 interleaved probe runs, 100k cases: 103-163 ms against 133-184), and the brief, the
     * caseload report and the cases CSV took the same or less time in ~40 MB less memory.
     *
     * <p>Tried in the sixteenth session and not added (100k cases, 5-6 interleaved pairs each, load 7-18):
     * CompileThresholdScaling=2 has C1 compile 15-21% fewer methods in a command, but the FX thread's CPU to the first
     * frame rose (+39 ms median, 6 of 6 pairs) and so did the whole probe journey's (+0.27 s) and the caseload
     * report's (+0.07 s), for -0.1 s in the brief; =4 and =0.5 cost more; -UsePerfData, the serial collector
     * for commands, CICompilerCount=1 and a 16 MB code cache with -Xss512k changed nothing outside the noise.
     */
    public static final List<String> APP_JVM_OPTIONS = org.repdesk.Relaunch.JVM_OPTIONS; // written once, there

    static final String PROBE = "org.repdesk.bench.gui.StartupProbe";
    /** Longer than any run seen on a busy machine (the whole journey: ~1 min at a load of 20). */
    private static final long RUN_LIMIT_SECONDS = 300;
    private static final Pattern FRAME = Pattern.compile(
            "FIRST-FRAME ms=(\\d+) hwm_mib=([0-9.]+) rss_mib=([0-9.]+)(?: heap_mib=([0-9.]+))?");

    /** The FX thread's and the whole process's CPU time (ms) to the first frame, on the same line (-1: not told). */
    private static final Pattern FRAME_CPU = Pattern.compile(" fx_cpu_ms=(-?\\d+) cpu_ms=(-?\\d+)");
    /** When JavaFX's toolkit had started (its FX thread running), from the JVM's start. */
    private static final Pattern TOOLKIT = Pattern.compile("TOOLKIT started_ms=(\\d+)");
    /** The wall clock of a TOOLKIT or FIRST-FRAME line (probes since the twelfth session), to time a run from its process's start. */
    private static final Pattern EPOCH = Pattern.compile(" epoch_ms=(\\d+)");
    private static final Pattern LIST = Pattern.compile("LIST-LOADED ms=(\\d+)");
    private static final Pattern STALLS = Pattern.compile(
            "STALLS before_first_frame_ms=(\\d+) until_list_loaded_ms=(\\d+) typing_ms=(\\d+).* case_form_ms=(\\d+)");
    private static final Pattern TYPED = Pattern.compile("TYPED text=\\S+ last_key_to_results_ms=(-?\\d+)");
    /** The probe's stall on opening each other screen the first time (dashboard: returning to it). */
    static final List<String> SCREENS = List.of("members", "workload", "demands", "briefs", "dashboard");
    private static final Pattern SCREEN_STALL = Pattern.compile(" (members|workload|demands|briefs|dashboard)_ms=(\\d+)");
    /** The probe's FX-CPU line: name_ms=value pairs, the FX thread's own CPU time in each stall row's longest wait. */
    private static final Pattern FX_CPU = Pattern.compile("^FX-CPU (.*)$");
    private static final Pattern PAIR = Pattern.compile("(\\w+)_ms=(-?\\d+)");
    /** PlainJarProbe's own peak RSS, the first of the two JVMs of a plain jar's start. */
    private static final Pattern LAUNCHER = Pattern.compile("LAUNCHER hwm_mib=([0-9.]+)");
    private static final Pattern SHOWN = Pattern.compile("CASES-SHOWN after_click_ms=(-?\\d+)");

    /**
     * One start: time to first usable frame, peak RSS then, and heap after GC (app only); for the
     * app also when the cases list was loaded, the longest UI-thread stalls (before the first frame,
     * from it until the list was loaded, while opening the list and typing, selecting the first case), the time from the click on
     * Cases to the list shown, and the last keystroke to results (NaN when not run).
     */
    record Start(double ms, double hwmMib, double rssMib, double heapMib, double listMs, double stallBeforeMs,
            double stallLoadingMs, double stallTypingMs, double stallCaseFormMs, double shownMs, double typedMs,
            Map<String, Double> screenStallMs, Map<String, Double> fxCpuMs, double toolkitMs, double fxCpuToFrameMs,
            double cpuToFrameMs, double execFrameMs, double execToolkitMs, double launcherHwmMib) {

        /** The FX thread's own CPU time in the longest wait of {@code stall} (a STALLS name: case_form, members…); NaN when not told. */
        double fxCpu(String stall) {
            return fxCpuMs.getOrDefault(stall, Double.NaN);
        }
    }

    private StartupRuns() {
    }

    static boolean canRun() {
        return System.getenv("DISPLAY") != null || onPath("xvfb-run");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Path.of(dir, tool).toFile().canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** {@code db} null starts the bare window. */
    static Start once(Path db) throws IOException, InterruptedException {
        return once(db, null);
    }

    /** As above; with {@code typed}, the app's run then types it into the cases list's search. */
    static Start once(Path db, String typed) throws IOException, InterruptedException {
        return once(db, typed, null);
    }

    /** As above, with the class-data archive {@code archive} (null: none, as {@code java -jar} starts). */
    static Start once(Path db, String typed, Path archive) throws IOException, InterruptedException {
        List<String> options = archive == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archive);
        return run(command(db, typed, options, false));
    }

    /**
     * One start as a rep's plain {@code java -jar repdesk.jar} makes it: no JVM option at all. With {@code again}
     * through PlainJarProbe, which starts the probe again as Main starts the app (org.repdesk.Relaunch), with the
     * user's window archive from {@code cacheHome} (XDG_CACHE_HOME: see {@link #makeArchive}); without, the probe runs
     * in that first JVM, as every plain start did before the twenty-third session.
     */
    static Start plain(Path db, String typed, boolean again, Path cacheHome) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        cmd.addAll(List.of(Bench.javaCommand(), "-cp", Bench.classPath(), again ? PlainJarProbe.class.getName() : PROBE));
        cmd.addAll(probeArgs(db, typed, false));
        return run(cmd, Map.of("XDG_CACHE_HOME", cacheHome.toString()));
    }

    /** The user's window archive for this jar in {@code cacheHome}, made as a plain start makes it, in the background. */
    static void makeArchive(Path cacheHome) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Bench.javaCommand(), "-D" + org.repdesk.ClassDataArchive.MAKE + "=window",
                "-Drepdesk.relaunch=false", "-cp", Bench.classPath(), "org.repdesk.Main").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        if (pb.start().waitFor() != 0) {
            throw new IOException("no window archive was made in " + cacheHome);
        }
    }

    /**
     * A training run: the same journey (the app's, typing {@code typed}, or the bare window's), ending
     * through System.exit so the JVM writes the classes it loaded to {@code archive} (a dynamic AppCDS
     * archive over the JDK's own). Its figures are not kept: writing the archive slows the run.
     */
    static void train(Path db, String typed, Path archive) throws IOException, InterruptedException {
        java.nio.file.Files.deleteIfExists(archive);
        run(command(db, typed, List.of("-XX:ArchiveClassesAtExit=" + archive), true));
        if (!java.nio.file.Files.isRegularFile(archive)) {
            throw new IOException("the training run wrote no class-data archive " + archive);
        }
    }

    /**
     * One start of the real installed app (a jpackage app image such as /opt/repdesk), through
     * {@code probeLauncher}, a copy of its own launcher that runs the probe (see {@link #probeLauncher}).
     * Nothing is added to its JVM options: the runtime, the class path, the options and the class-data
     * archives are the installed launcher's.
     */
    static Start installed(Path probeLauncher, Path db, String typed) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        cmd.add(probeLauncher.toString());
        cmd.addAll(probeArgs(db, typed, false));
        return run(cmd);
    }

    /**
     * The installed app's launcher, made to run the start-up probe rather than the app's main class, in
     * {@code folder} (the installed files are not touched and no root is needed). Since the twelfth session
     * the .deb's launcher (bin/NAME) is a script (packaging/linux/make-launcher.sh): the copy is that script
     * with the installed launcher's path in place of its own and the probe as the main class. An older image's
     * jpackage launcher (a binary that reads lib/app/ITS-OWN-NAME.cfg beside it) is copied with
     * lib/libapplauncher.so and a configuration that is the installed one with the probe as the main class
     * and every path absolute into {@code image}. Either way the runtime, the class path, the JVM options
     * and the class-data archives are the installed launcher's; the probe then starts the app through
     * org.repdesk.Main.main, as the launcher does. (The binary's copy, owned by no package, runs
     * {@code dpkg -S} twice as the installed one does, but not its {@code dpkg -L}: a little quicker than
     * the real one.) Returns the copy's path.
     */
    static Path probeLauncher(Path image, Path folder) throws IOException {
        Path bin;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(image.resolve("bin"))) {
            bin = files.filter(java.nio.file.Files::isExecutable).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no launcher in " + image.resolve("bin")));
        }
        String name = bin.getFileName().toString();
        Path cfg = image.resolve("lib/app/" + name + ".cfg");
        if (!java.nio.file.Files.isRegularFile(cfg)) {
            throw new IOException("not a jpackage app image (no " + cfg + ")");
        }
        String main = java.nio.file.Files.readAllLines(cfg).stream().filter(l -> l.startsWith("app.mainclass="))
                .map(l -> l.substring("app.mainclass=".length()).strip()).findFirst()
                .orElseThrow(() -> new IOException("no main class in " + cfg));
        Path root = image.toAbsolutePath().normalize();
        Path home = folder.toAbsolutePath().resolve("installed-probe");
        java.nio.file.Files.createDirectories(home.resolve("bin"));
        java.nio.file.Files.createDirectories(home.resolve("lib/app"));
        Path launcher = home.resolve("bin/" + name + "Probe");
        byte[] head = new byte[2];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(bin)) {
            in.readNBytes(head, 0, 2);
        }
        if (head[0] == '#' && head[1] == '!') {
            String script = java.nio.file.Files.readString(bin);
            // The script finds the app from its own path: the copy is told the installed one instead.
            // The window's class-data archive, as the app's start maps it: the probe's own words (--type patel)
            // would otherwise look like a command's and map the commands' archive.
            String ours = script.replace("$(readlink -f \"$0\")", "'" + root.resolve("bin").resolve(name) + "'")
                    .replace(" " + main + " \"$@\"", " " + PROBE + " \"$@\"")
                    .replace("top=\"${top%.jsa}-commands.jsa\"", ":");
            if (!ours.contains(" " + PROBE + " \"$@\"") || ours.contains("readlink -f") || ours.contains("-commands.jsa")) {
                throw new IOException(bin + " is not a launcher script as packaging/linux/make-launcher.sh writes them");
            }
            java.nio.file.Files.writeString(launcher, ours);
            if (!launcher.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + launcher + " executable");
            }
            return launcher;
        }
        java.nio.file.Files.copy(bin, launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        java.nio.file.Files.copy(image.resolve("lib/libapplauncher.so"), home.resolve("lib/libapplauncher.so"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> lines = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(cfg)) {
            line = line.replace("$APPDIR", root.resolve("lib/app").toString())
                    .replace("$ROOTDIR", root.toString())
                    .replace("$BINDIR", root.resolve("bin").toString());
            if (line.startsWith("app.mainclass=")) {
                line = "app.mainclass=" + PROBE;
            }
            lines.add(line);
            if (line.strip().equals("[Application]")) {
                lines.add("app.runtime=" + root.resolve("lib/runtime"));
            }
        }
        java.nio.file.Files.write(home.resolve("lib/app/" + name + "Probe.cfg"), lines);
        return launcher;
    }

    private static List<String> probeArgs(Path db, String typed, boolean exit) {
        List<String> cmd = new ArrayList<>();
        if (db == null) {
            cmd.add("--bare");
        } else {
            cmd.addAll(List.of("--db", db.toString()));
            if (typed != null) {
                cmd.addAll(List.of("--type", typed));
            }
        }
        if (exit) {
            cmd.add("--exit");
        }
        return cmd;
    }

    private static List<String> command(Path db, String typed, List<String> jvmOptions, boolean exit) {
        List<String> cmd = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        cmd.add(Bench.javaCommand());
        cmd.addAll(APP_JVM_OPTIONS); // the app as its launchers start it, and the floor alike
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", Bench.classPath(), PROBE));
        cmd.addAll(probeArgs(db, typed, exit));
        return cmd;
    }

    private static Start run(List<String> cmd) throws IOException, InterruptedException {
        return run(cmd, Map.of());
    }

    private static Start run(List<String> cmd, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(Map.of("GDK_BACKEND", "x11"));
        pb.environment().putAll(environment);
        long spawned = System.currentTimeMillis();
        Process p = pb.start();
        // A run that never finishes (a dialog the probe cannot answer: the data file held by another
        // process, say) is ended, and said, rather than holding the benchmark for ever.
        Thread limit = new Thread(() -> {
            try {
                if (!p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }, "startup-run-limit");
        limit.setDaemon(true);
        limit.start();
        double[] frame = null;
        double[] frameCpu = {Double.NaN, Double.NaN};
        double toolkit = Double.NaN;
        double execFrame = Double.NaN;
        double execToolkit = Double.NaN;
        double list = Double.NaN;
        double[] stalls = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        double typedMs = Double.NaN;
        double shownMs = Double.NaN;
        double launcher = Double.NaN;
        Map<String, Double> screens = new java.util.HashMap<>();
        Map<String, Double> fxCpu = new java.util.HashMap<>();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = FRAME.matcher(line);
                Matcher l = LIST.matcher(line);
                Matcher st = STALLS.matcher(line);
                Matcher ty = TYPED.matcher(line);
                Matcher sh = SHOWN.matcher(line);
                Matcher cpu = FX_CPU.matcher(line);
                if (cpu.find()) {
                    Matcher pair = PAIR.matcher(cpu.group(1));
                    while (pair.find()) {
                        double v = Double.parseDouble(pair.group(2));
                        fxCpu.put(pair.group(1), v < 0 ? Double.NaN : v);
                    }
                } else if (m.find()) {
                    frame = new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), m.group(4) == null ? Double.NaN : Double.parseDouble(m.group(4))};
                    execFrame = sinceSpawn(line, spawned);
                    Matcher c = FRAME_CPU.matcher(line);
                    if (c.find()) {
                        for (int i = 0; i < frameCpu.length; i++) {
                            double v = Double.parseDouble(c.group(i + 1));
                            frameCpu[i] = v < 0 ? Double.NaN : v;
                        }
                    }
                } else if (TOOLKIT.matcher(line).find()) {
                    Matcher t = TOOLKIT.matcher(line);
                    t.find();
                    toolkit = Double.parseDouble(t.group(1));
                    execToolkit = sinceSpawn(line, spawned);
                } else if (l.find()) {
                    list = Double.parseDouble(l.group(1));
                } else if (st.find()) {
                    for (int i = 0; i < stalls.length; i++) {
                        stalls[i] = Double.parseDouble(st.group(i + 1));
                    }
                    Matcher sc = SCREEN_STALL.matcher(line);
                    while (sc.find()) {
                        screens.put(sc.group(1), Double.parseDouble(sc.group(2)));
                    }
                } else if (ty.find()) {
                    typedMs = Double.parseDouble(ty.group(1));
                } else if (sh.find()) {
                    shownMs = Double.parseDouble(sh.group(1));
                } else if (LAUNCHER.matcher(line).find()) {
                    Matcher h = LAUNCHER.matcher(line);
                    h.find();
                    launcher = Double.parseDouble(h.group(1));
                } else if (seen.length() < 2000) {
                    seen.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (frame == null) {
            throw new IOException("the start-up probe printed no frame time (ended after " + RUN_LIMIT_SECONDS
                    + " s if it ran so long; is the data file open elsewhere?):\n" + seen);
        }
        return new Start(frame[0], frame[1], frame[2], frame[3], list, stalls[0], stalls[1], stalls[2], stalls[3], shownMs, typedMs,
                screens, fxCpu, toolkit, frameCpu[0], frameCpu[1], execFrame, execToolkit, launcher);
    }

    /** A line's epoch_ms less the moment its process was started (ms), NaN from a probe that does not say. */
    private static double sinceSpawn(String line, long spawned) {
        Matcher e = EPOCH.matcher(line);
        return e.find() ? Long.parseLong(e.group(1)) - spawned : Double.NaN;
    }
}
