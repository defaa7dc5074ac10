package org.repdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseMatches;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.report.Brief;
import org.repdesk.report.BriefBuilder;
import org.repdesk.report.BriefHtml;
import org.repdesk.report.BriefScope;
import org.repdesk.report.Pdf;
import org.repdesk.service.DemoData;
import org.repdesk.service.Exporter;
import org.repdesk.service.Folders;
import org.repdesk.service.MemberImport;
import org.repdesk.service.RepDesk;
import org.repdesk.store.BriefQueries;

/**
 * The performance benchmark of issue 6: builds (or reuses) demo data files of the given case
 * counts, times each operation a rep waits for as a median after warm-up, and prints one table.
 * Plain Java: the app's start-up is timed in separate JVMs through org.repdesk.bench.gui.StartupProbe.
 */
public final class Bench {

    /** What to run. */
    public record Options(List<Integer> sizes, int runs, int warmup, int startRuns, Path folder, boolean startup) {
    }

    /** The free text a rep types: a surname (cases), and a word found only in notes. */
    static final String KEYSTROKE_TEXT = "patel";
    static final String TWO_LETTERS = "pa";
    static final String NOTE_TEXT = "phased return";
    static final int IMPORT_MEMBERS = 20_000;

    private final Options options;
    private final PrintStream out;
    private final Map<String, Map<Integer, String>> table = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public Bench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs everything and prints the table; returns it as Markdown too. */
    public String run() throws Exception {
        Files.createDirectories(options.folder());
        Path scratch = Files.createTempDirectory(options.folder(), "run-");
        try {
            for (int size : options.sizes()) {
                Path db = dataset(size);
                out.printf("… %,d cases (%s)%n", size, db);
                measureSize(size, db, scratch);
            }
            measureImport(scratch);
            int largest = options.sizes().stream().max(Integer::compare).orElseThrow();
            if (options.startup()) {
                measureStartup(largest, dataset(largest));
            } else {
                notes.add("start-up not measured (--no-startup)");
            }
        } finally {
            Folders.deleteTree(scratch);
        }
        List<String> jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xm")).toList();
        String md = "JVM options of the in-process measurements: " + (jvm.isEmpty() ? "none" : String.join(" ", jvm))
                + "; cold starts (app and bare window): " + String.join(" ", StartupRuns.APP_JVM_OPTIONS)
                + ", as the app's launchers.\n\n" + markdown();
        out.println();
        out.print(md);
        return md;
    }

    /**
     * Only the start-up rows, on the largest size's file (the app and the bare window, each with and
     * without an AppCDS archive): the in-process rows take minutes at 100k and do not change with it.
     */
    public String runStartOnly() throws Exception {
        return runStartOnly(null);
    }

    /**
     * As {@link #runStartOnly()}, and with {@code installedImage} (an installed app image, e.g. /opt/repdesk)
     * the real installed app as well, started by its own launcher, beside the rest in the same rounds; every
     * row is then also timed from its process's start (see {@link #installedRows}).
     */
    public String runStartOnly(Path installedImage) throws Exception {
        Files.createDirectories(options.folder());
        int largest = options.sizes().stream().max(Integer::compare).orElseThrow();
        installed = installedImage == null ? null : StartupRuns.probeLauncher(installedImage, options.folder());
        measureStartup(largest, dataset(largest));
        String md = "Cold starts (app and bare window): " + String.join(" ", StartupRuns.APP_JVM_OPTIONS)
                + ", as the app's launchers.\n\n" + markdown();
        out.println();
        out.print(md);
        return md;
    }

    /** The cached demo file with {@code cases} cases (one member per five cases), made once. */
    Path dataset(int cases) {
        return dataset("cases-" + cases + ".db", Math.max(50, cases / 5), cases);
    }

    Path dataset(String name, int members, int cases) {
        Path file = options.folder().resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        Path temp = options.folder().resolve(name + ".part");
        deleteQuietly(temp);
        out.printf("Generating %,d cases and %,d members in %s (once; later runs reuse it)…%n", cases, members, file);
        long t0 = System.nanoTime();
        DemoData.Result r;
        try (RepDesk desk = RepDesk.open(temp)) {
            r = new DemoData(desk).generate(members, cases, DemoData.DEFAULT_SEED);
        }
        out.printf("  %s (%.1f s)%n", r.summary(), (System.nanoTime() - t0) / 1e9);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    private void measureSize(int size, Path db, Path scratch) throws Exception {
        int w = options.warmup();
        int n = options.runs();
        put("Open data file (existing, migrations checked)", size, ms(Measure.median(w, n, () -> RepDesk.open(db).close())));
        Path fresh = scratch.resolve("fresh.db");
        put("Open new file (schema + all migrations)", size, ms(Measure.median(w, n,
                () -> deleteDb(fresh), () -> RepDesk.open(fresh).close())));
        try (RepDesk desk = RepDesk.open(db)) {
            put("Load cases list (listRows)", size, ms(Measure.median(w, n, () -> desk.cases().listRows())));
            List<CaseListRow> rows = desk.cases().listRows();
            put("Filter keystroke: type+status+\"" + KEYSTROKE_TEXT + "\" (FTS + predicate)", size,
                    ms(Measure.median(w, n, () -> keystroke(desk, rows, KEYSTROKE_TEXT))));
            put("Filter keystroke, worst case: two letters \"" + TWO_LETTERS + "\" (the list searches from two)", size,
                    ms(Measure.median(w, n, () -> keystroke(desk, rows, TWO_LETTERS))));
            put("Full-text search over notes (\"" + NOTE_TEXT + "\")", size,
                    ms(Measure.median(w, n, () -> desk.cases().match(NOTE_TEXT))));
            put("  matching cases", size, String.format(Locale.ROOT, "%,d", desk.cases().match(NOTE_TEXT).size()));

            LocalDate today = desk.cases().today();
            List<UUID> demands = desk.demands().all().stream().map(Demand::id).toList();
            BriefScope scope = BriefScope.of(today.minusYears(1), today).withDemands(demands);
            put("Brief figures (BriefBuilder.build, " + demands.size() + " demands)", size,
                    ms(Measure.median(w, n, () -> new BriefBuilder(desk).build(scope, "Bench"))));
            BriefQueries.Filter filter = new BriefQueries.Filter(scope.from(), scope.to(), null, null, null, null);
            List<String> sql = BriefQueries.literalStatements(org.repdesk.store.Dialect.SQLITE, filter, desk.settings().wmt(),
                    demands);
            BriefQueries q = desk.briefQueries();
            put("  same aggregate queries through JDBC", size, ms(Measure.median(w, n, () -> {
                q.totals(filter);
                q.evidenceCube(filter);
                q.openedByMonth(filter);
                q.workloadFigures(filter, desk.settings().wmt());
                for (UUID d : demands) {
                    q.linkedCasesInScope(d, filter);
                }
                q.sicknessCaseCount(filter);
            })));
            if (SqliteFloor.version().isPresent()) {
                List<Double> floor = new ArrayList<>();
                for (int i = 0; i < w + n; i++) {
                    double t = SqliteFloor.runMs(db, sql, scratch);
                    if (i >= w) {
                        floor.add(t);
                    }
                }
                put("  floor: same queries in sqlite3 " + SqliteFloor.version().get() + " CLI", size,
                        ms(Measure.median(floor)));
            } else {
                put("  floor: same queries in sqlite3 CLI", size, "not measured (no sqlite3)");
            }
            Brief brief = new BriefBuilder(desk).build(scope, "Bench");
            put("Brief PDF render (BriefHtml + Pdf)", size, ms(Measure.median(1, Math.min(n, 3),
                    () -> Pdf.bytes(BriefHtml.forPdf(brief, org.repdesk.i18n.DocumentLanguage.ofApp())))));

            Exporter exporter = desk.exporter();
            Path csv = scratch.resolve("cases.csv");
            Path json = scratch.resolve("cases.json");
            put("Export all cases to CSV", size, ms(Measure.median(w, n,
                    () -> exporter.exportCases(Exporter.Format.CSV, csv))));
            put("Export all cases to JSON", size, ms(Measure.median(w, n,
                    () -> exporter.exportCases(Exporter.Format.JSON, json))));
        }
        Process probe = new ProcessBuilder(javaCommand(), "-cp", classPath(), HeapProbe.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        String line = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        probe.waitFor();
        var m = java.util.regex.Pattern.compile("heap_mib=([0-9.]+) rss_mib=([0-9.]+) hwm_mib=([0-9.]+)")
                .matcher(line);
        if (m.find()) {
            put("Heap after GC, file open + cases list loaded (own JVM)", size, m.group(1) + " MiB");
            put("RSS / peak RSS, same JVM", size, m.group(2) + " / " + m.group(3) + " MiB");
        } else {
            put("Heap after GC, file open + cases list loaded (own JVM)", size, "not measured: " + line.strip());
        }
    }

    /** What one keystroke costs: the search (as the cases list runs it), then the list's predicate. */
    private static int keystroke(RepDesk desk, List<CaseListRow> rows, String text) {
        CaseMatches matches = desk.cases().match(text);
        int shown = 0;
        for (CaseListRow row : rows) {
            if (row.type() == CaseType.CAPABILITY && row.status() == CaseStatus.OPEN
                    && matches.contains(row)) {
                shown++;
            }
        }
        return shown;
    }

    private void measureImport(Path scratch) throws Exception {
        Path source = dataset("members-" + IMPORT_MEMBERS + ".db", IMPORT_MEMBERS, 0);
        Path csv = scratch.resolve("members.csv");
        try (RepDesk desk = RepDesk.open(source)) {
            desk.exporter().exportMembers(Exporter.Format.CSV, csv);
        }
        Path target = scratch.resolve("import.db");
        double ms = Measure.median(options.warmup(), options.runs(), () -> deleteDb(target), () -> {
            try (RepDesk desk = RepDesk.open(target)) {
                MemberImport.Result r = desk.memberImport().importFile(csv);
                if (!r.succeeded() || r.imported() != IMPORT_MEMBERS) {
                    throw new IllegalStateException("import did not take all members: " + r);
                }
            }
        });
        put("Import 20,000 members from CSV (into an empty file)", 0, ms(ms));
    }

    /** The installed app's launcher made to run the probe (StartupRuns.probeLauncher), or null: not timed. */
    private Path installed;

    private void measureStartup(int size, Path db) throws Exception {
        if (!StartupRuns.canRun()) {
            notes.add("start-up not measured: no DISPLAY and no xvfb-run");
            return;
        }
        // Each side also with an AppCDS archive of its own, made by one training run of the same journey
        // (what a packaged app or a README's -XX:SharedArchiveFile line gives; issue 21).
        Path appArchive = options.folder().resolve("app-" + size + ".jsa");
        Path bareArchive = options.folder().resolve("bare.jsa");
        StartupRuns.train(null, null, bareArchive);
        StartupRuns.train(db, KEYSTROKE_TEXT, appArchive);
        // A plain `java -jar`'s second start on: the user's window archive made as the first start makes it.
        Path plainCache = options.folder().resolve("plain-jar-cache");
        deleteTreeIfThere(plainCache);
        StartupRuns.makeArchive(plainCache);
        StartupRuns.once(null); // warm the OS file cache for the jar and JavaFX natives
        StartupRuns.once(db);
        if (installed != null) {
            StartupRuns.installed(installed, null, null); // and the installed app's files
            StartupRuns.installed(installed, db, null);
        }
        List<StartupRuns.Start> bare = new ArrayList<>();
        List<StartupRuns.Start> bareCds = new ArrayList<>();
        List<StartupRuns.Start> app = new ArrayList<>();
        List<StartupRuns.Start> appCds = new ArrayList<>();
        List<StartupRuns.Start> bareInstalled = new ArrayList<>();
        List<StartupRuns.Start> appInstalled = new ArrayList<>();
        List<StartupRuns.Start> plainHere = new ArrayList<>();
        List<StartupRuns.Start> plainAgain = new ArrayList<>();
        for (int i = 0; i < options.startRuns(); i++) {
            // Interleaved, so a noisy neighbour hurts every side alike.
            bare.add(StartupRuns.once(null));
            bareCds.add(StartupRuns.once(null, null, bareArchive));
            app.add(StartupRuns.once(db, KEYSTROKE_TEXT));
            appCds.add(StartupRuns.once(db, KEYSTROKE_TEXT, appArchive));
            plainHere.add(StartupRuns.plain(db, KEYSTROKE_TEXT, false, plainCache));
            plainAgain.add(StartupRuns.plain(db, KEYSTROKE_TEXT, true, plainCache));
            if (installed != null) {
                bareInstalled.add(StartupRuns.installed(installed, null, null));
                appInstalled.add(StartupRuns.installed(installed, db, KEYSTROKE_TEXT));
            }
        }
        if (installed != null) {
            installedRows(size, bare, app, appCds, bareInstalled, appInstalled);
        }
        plainJarRows(size, bare, app, appCds, plainHere, plainAgain);
        double bareMs = Measure.median(values(bare, StartupRuns.Start::ms));
        double bareCdsMs = Measure.median(values(bareCds, StartupRuns.Start::ms));
        double appMs = Measure.median(values(app, StartupRuns.Start::ms));
        double appCdsMs = Measure.median(values(appCds, StartupRuns.Start::ms));
        put("Cold start to first frame: bare JavaFX window (floor)", -1, spread(values(bare, StartupRuns.Start::ms))
                + ", peak RSS " + mib(Measure.median(values(bare, StartupRuns.Start::hwmMib))));
        put("  the bare window with its own AppCDS archive", -1, spread(values(bareCds, StartupRuns.Start::ms)));
        cpuRows(bare, "bare window", "");
        cpuRows(bareCds, "bare window", " [with its own AppCDS archive]");
        for (boolean cds : new boolean[] {false, true}) {
            List<StartupRuns.Start> runs = cds ? appCds : app;
            String with = cds ? " [with an AppCDS archive]" : "";
            put(String.format(Locale.ROOT, "Cold start to first usable frame: app, %,d cases (counts + dashboard)%s", size,
                    with), -1, spread(values(runs, StartupRuns.Start::ms)) + ", peak RSS "
                            + mib(Measure.median(values(runs, StartupRuns.Start::hwmMib))) + ", heap after GC "
                            + mib(Measure.median(values(runs, StartupRuns.Start::heapMib))));
            double ms = cds ? appCdsMs : appMs;
            put("  ratio app / bare (medians)" + with, -1, String.format(Locale.ROOT, "%.2f× the bare window%s", ms / bareMs,
                    cds ? String.format(Locale.ROOT, "; %.2f× the bare window with its own archive", ms / bareCdsMs) : ""));
            put("  cases list loaded (from JVM start)" + with, -1, ms(Measure.median(values(runs, StartupRuns.Start::listMs))));
            cpuRows(runs, "app", with);
            // A target no single run may miss: the largest and the 95th percentile over runs, then the median.
            put("Longest UI-thread stall: start-up, before the first frame" + with, -1,
                    spread(values(runs, StartupRuns.Start::stallBeforeMs)));
            fxCpuRow(runs, "before_first_frame", with);
            put("Longest UI-thread stall: first frame until the list is loaded" + with, -1,
                    spread(values(runs, StartupRuns.Start::stallLoadingMs)));
            put("Longest UI-thread stall: opening the cases list, two filters, typing \"" + KEYSTROKE_TEXT + "\"" + with, -1,
                    spread(values(runs, StartupRuns.Start::stallTypingMs)));
            put("  click on Cases to the list shown (first time; put together a part a frame)" + with, -1,
                    ms(Measure.median(values(runs, StartupRuns.Start::shownMs))));
            put("Longest UI-thread stall: selecting the first case (the case form built)" + with, -1,
                    spread(values(runs, StartupRuns.Start::stallCaseFormMs)));
            fxCpuRow(runs, "case_form", with);
            for (String screen : StartupRuns.SCREENS) {
                put("Longest UI-thread stall: opening " + screen + (screen.equals("dashboard") ? " again" : " the first time")
                        + with, -1, spread(values(runs, r -> r.screenStallMs().getOrDefault(screen, Double.NaN))));
                fxCpuRow(runs, screen, with);
            }
            put("In the app: last key of \"" + KEYSTROKE_TEXT + "\" to the list's updated count (type+status set)" + with, -1,
                    ms(Measure.median(values(runs, StartupRuns.Start::typedMs))));
        }
    }

    /**
     * The real installed app beside the bare window and the bench's other rows, all timed from the moment
     * the benchmark started each process to its first (usable) frame, by the wall clock: the launcher's own
     * start, the JVM's creation and its class-data archives are inside every figure alike. (The rows above
     * count from the JVM's start as java.management gives it, which is when the JVM had finished creating
     * itself; the installed runtime has no java.management, and the /proc start it used instead read up to
     * a second late on this machine, so those two clocks cannot be compared.)
     */
    private void installedRows(int size, List<StartupRuns.Start> bare, List<StartupRuns.Start> app,
            List<StartupRuns.Start> appCds, List<StartupRuns.Start> bareInstalled, List<StartupRuns.Start> appInstalled) {
        double floor = Measure.median(values(bare, StartupRuns.Start::execFrameMs));
        record Row(String what, List<StartupRuns.Start> runs, boolean app) {
        }
        for (Row row : List.of(new Row("bare JavaFX window, java -cp the jar (floor)", bare, false),
                new Row("bare JavaFX window, installed launcher", bareInstalled, false),
                new Row(String.format(Locale.ROOT, "app, %,d cases, java -jar (the jar row)", size), app, true),
                new Row(String.format(Locale.ROOT, "app, %,d cases, JDK + training archive (the bench's \"installed\" row)", size),
                        appCds, true),
                new Row(String.format(Locale.ROOT, "app, %,d cases, the installed launcher (the real installed app)", size),
                        appInstalled, true))) {
            double ms = Measure.median(values(row.runs(), StartupRuns.Start::execFrameMs));
            put("From the process's start: " + row.what(), -1, spread(values(row.runs(), StartupRuns.Start::execFrameMs))
                    + (row.app() || row.runs() != bare ? String.format(Locale.ROOT, " = %.2f× the floor", ms / floor) : "")
                    // The installed runtime's own archive holds JavaFX's classes, so its bare window is quicker than the floor.
                    + (row.runs() == appInstalled ? String.format(Locale.ROOT, ", %.2f× the installed launcher's bare window",
                            ms / Measure.median(values(bareInstalled, StartupRuns.Start::execFrameMs))) : ""));
            put("  toolkit started / CPU to the first frame, FX thread / whole process: " + row.what(), -1,
                    ms(Measure.median(values(row.runs(), StartupRuns.Start::execToolkitMs))) + " / "
                            + ms(Measure.median(values(row.runs(), StartupRuns.Start::fxCpuToFrameMs))) + " / "
                            + ms(Measure.median(values(row.runs(), StartupRuns.Start::cpuToFrameMs))) + " (medians)");
        }
    }

    /**
     * The app as a rep's plain {@code java -jar repdesk.jar} starts it (no JVM option), before and after the
     * twenty-third session: run in that JVM (Java's defaults: G1, C2, a heap from the machine's memory, no archive),
     * or started again as Main now does (org.repdesk.Relaunch: the launcher's options and the user's window archive).
     * Timed from the moment the benchmark started the first JVM, beside the floor and the jar rows timed alike; the
     * peak RSS of a start again is both JVMs' (the second's at its first frame plus the first's whole peak).
     */
    private void plainJarRows(int size, List<StartupRuns.Start> bare, List<StartupRuns.Start> app, List<StartupRuns.Start> appCds,
            List<StartupRuns.Start> plainHere, List<StartupRuns.Start> plainAgain) {
        double floor = Measure.median(values(bare, StartupRuns.Start::execFrameMs));
        record Row(String what, List<StartupRuns.Start> runs) {
        }
        for (Row row : List.of(new Row("bare JavaFX window, launcher's options (floor)", bare),
                new Row(String.format(Locale.ROOT, "app, %,d cases, launcher's options, no archive (the jar row)", size), app),
                new Row(String.format(Locale.ROOT, "app, %,d cases, launcher's options + training archive", size), appCds),
                new Row(String.format(Locale.ROOT, "app, %,d cases, plain java -jar, run in its own JVM (before)", size), plainHere),
                new Row(String.format(Locale.ROOT, "app, %,d cases, plain java -jar, started again with the options and "
                        + "the user's archive (after)", size), plainAgain))) {
            double ms = Measure.median(values(row.runs(), StartupRuns.Start::execFrameMs));
            double launcher = Measure.median(values(row.runs(), StartupRuns.Start::launcherHwmMib).stream()
                    .filter(v -> !v.isNaN()).toList());
            double hwm = Measure.median(values(row.runs(), StartupRuns.Start::hwmMib));
            put("Plain jar: from the process's start: " + row.what(), -1, spread(values(row.runs(), StartupRuns.Start::execFrameMs))
                    + String.format(Locale.ROOT, " = %.2f× the floor", ms / floor) + ", peak RSS at the first frame "
                    + (Double.isNaN(launcher) ? mib(hwm) : mib(hwm) + " + the first JVM's " + mib(launcher) + " = "
                            + mib(hwm + launcher)));
            put("  CPU to the first frame, FX thread / whole process: " + row.what(), -1,
                    ms(Measure.median(values(row.runs(), StartupRuns.Start::fxCpuToFrameMs))) + " / "
                            + ms(Measure.median(values(row.runs(), StartupRuns.Start::cpuToFrameMs))) + " (medians)");
        }
    }

    private static void deleteTreeIfThere(Path dir) throws IOException {
        if (Files.exists(dir)) {
            Folders.deleteTree(dir);
        }
    }

    /**
     * When JavaFX's toolkit had started (Prism, GTK, the FX thread: before it there is no UI thread to
     * block), and the CPU the start took to the first frame, the FX thread's and the process's.
     */
    private void cpuRows(List<StartupRuns.Start> runs, String who, String with) {
        put("  " + who + ": JavaFX's toolkit started (from JVM start)" + with, -1,
                spread(values(runs, StartupRuns.Start::toolkitMs)));
        put("  " + who + ": CPU to the first frame, FX thread / whole process" + with, -1,
                ms(Measure.median(values(runs, StartupRuns.Start::fxCpuToFrameMs))) + " / "
                        + ms(Measure.median(values(runs, StartupRuns.Start::cpuToFrameMs))) + " (medians)");
    }

    /**
     * Under a stall row: the FX thread's own CPU time in the longest wait, the part a busy machine does
     * not add (on a loaded machine a stall is mostly waiting for a core; issue 21).
     */
    private void fxCpuRow(List<StartupRuns.Start> runs, String stall, String with) {
        put("  of which the FX thread's own CPU time" + with + " [" + stall + "]", -1, spread(values(runs, r -> r.fxCpu(stall))));
    }

    private static List<Double> values(List<StartupRuns.Start> runs, java.util.function.ToDoubleFunction<StartupRuns.Start> f) {
        return runs.stream().map(r -> f.applyAsDouble(r)).toList();
    }

    /** The largest, the 95th percentile and the median over runs: "max 137, p95 137, median 86 (9 runs)". */
    private static String spread(List<Double> values) {
        return String.format(Locale.ROOT, "max %s, p95 %s, median %s (%d runs)", ms(Measure.percentile(values, 100)),
                ms(Measure.percentile(values, 95)),
                ms(Measure.median(values.stream().filter(v -> !v.isNaN()).toList())), values.size());
    }

    private void put(String what, int size, String value) {
        table.computeIfAbsent(what, k -> new LinkedHashMap<>()).put(size, value);
        out.printf("  %-70s %s%n", what + (size > 0 ? " [" + size + "]" : ""), value);
    }

    private String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("| measurement (ms; median unless stated) |");
        for (int size : options.sizes()) {
            s.append(String.format(Locale.ROOT, " %,d cases |", size));
        }
        s.append("\n|---|");
        options.sizes().forEach(x -> s.append("---:|"));
        s.append('\n');
        List<String> single = new ArrayList<>();
        table.forEach((what, bySize) -> {
            if (bySize.keySet().stream().allMatch(k -> k <= 0)) {
                single.add("| " + what + " | " + bySize.values().iterator().next() + " |");
                return;
            }
            s.append("| ").append(what).append(" |");
            for (int size : options.sizes()) {
                s.append(' ').append(bySize.getOrDefault(size, "–")).append(" |");
            }
            s.append('\n');
        });
        if (!single.isEmpty()) {
            s.append("\n| measurement (ms) | value |\n|---|---|\n");
            single.forEach(l -> s.append(l).append('\n'));
        }
        notes.forEach(note -> s.append("\nNot measured: ").append(note).append('\n'));
        return s.toString();
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String mib(double v) {
        return String.format(Locale.ROOT, "%.0f MiB", v);
    }

    /** The java launcher running this benchmark, for the child JVMs. */
    static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** This JVM's class path (the shaded jar under java -jar), so the child JVMs run the same code. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }

    private static void deleteDb(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            deleteDb(file);
        } catch (IOException e) {
            // generation will fail with its own message if the file is really in the way
        }
    }
}
