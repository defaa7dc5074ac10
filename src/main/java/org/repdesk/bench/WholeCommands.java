package org.repdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.repdesk.model.CasebookAddress;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;

/**
 * Commands timed as a rep or a script waits for them (issue 21): each one a new {@code java -jar}
 * process, JVM start included, with its wall time and peak resident memory, the median of several
 * runs; beside it, where one exists, the floor (sqlite3 doing the same work on the same file; for a
 * CSV export the same query's rows written by {@code sqlite3 -csv -header}),
 * measured in the same rounds, interleaved, so a noisy neighbour hurts both alike.
 */
public final class WholeCommands {

    /** The floor of the cases export, kept beside the export's own query in the store. */
    static final String EXPORT_FLOOR = org.repdesk.store.CaseStore.EXPORT_FLOOR;

    /** One command: its arguments after {@code --db FILE}, and the floor's command line (or none). */
    record Command(String label, Function<Path, List<String>> args, Function<Path, List<String>> floor) {
    }

    /**
     * Wall milliseconds, CPU milliseconds (user and system: on a shared machine the steadier of the
     * two) and peak RSS (MiB) of one run.
     */
    record Run(double ms, double cpuMs, double peakMib) {
    }

    private final Bench.Options options;
    private final PrintStream out;
    private final Path time = Path.of("/usr/bin/time");
    private final Map<String, Map<Integer, String>> table = new LinkedHashMap<>();

    public WholeCommands(Bench.Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /**
     * The same commands against a branch casebook on PostgreSQL, as {@code address}'s login (its password
     * from PGPASSWORD, which the commands and psql inherit), beside psql as that login doing the same
     * work in the same rounds: for each CSV export the same query written as CSV by {@code \copy};
     * for {@code brief} its figures' statements (totals, evidence cube, months, capacities, each demand's linked cases,
     * the sickness-absence count) under the settings its connections read them with.
     * One column, the casebook's size as counted by the server.
     */
    public String runOnCasebook(CasebookAddress address) throws Exception {
        if (!Files.isExecutable(time)) {
            throw new IOException("whole-command timings need GNU time at /usr/bin/time (apt-get install time)");
        }
        Files.createDirectories(options.folder());
        Path scratch = Files.createTempDirectory(options.folder(), "whole-pg-");
        try {
            // One psql: the casebook's size, then every demand's id (the brief's floor names each).
            String[] values = casebookSizeAndDemands(address);
            int size = Integer.parseInt(values[0].strip());
            Path briefSql = scratch.resolve("brief.sql");
            java.time.LocalDate today = java.time.LocalDate.now();
            List<java.util.UUID> demands = java.util.Arrays.stream(values[1].split("\\s+")).filter(x -> !x.isBlank())
                    .map(java.util.UUID::fromString).toList();
            org.repdesk.store.BriefQueries.Filter filter = new org.repdesk.store.BriefQueries.Filter(today.minusYears(1), today,
                    null, null, null, null);
            Files.writeString(briefSql, String.join(";\n", org.repdesk.store.BriefQueries.literalStatements(
                    org.repdesk.store.Dialect.POSTGRESQL, filter, org.repdesk.model.WmtSettings.DEFAULTS, demands))
                    + ";\n", StandardCharsets.UTF_8);
            List<Command> commands = commands(scratch, null, 0, address, briefSql);
            out.printf("… %s, %,d cases%n", address.describe(), size);
            for (Command c : commands) {
                measure(c, size, null, scratch);
            }
        } finally {
            org.repdesk.service.Folders.deleteTree(scratch);
        }
        String md = markdown(List.of(table.values().stream().flatMap(m -> m.keySet().stream()).findFirst().orElse(0)));
        out.println();
        out.print(md);
        return md;
    }

    /**
     * The cases the login sees and every demand's id. A reader may read no table of cases (only the brief's
     * views, which count the same cases for the others): her size is counted there, and the commands she may
     * not run are said to have failed in the table, the brief and the report still timed.
     */
    private static String[] casebookSizeAndDemands(CasebookAddress address) throws IOException, InterruptedException {
        String demands = " (SELECT string_agg(id::text, ' ') FROM demand)";
        String value;
        try {
            value = psqlValue(address, "SELECT (SELECT count(*) FROM case_file)," + demands);
        } catch (IOException refused) {
            value = psqlValue(address, "SELECT (SELECT count(*) FROM brief_case)," + demands);
        }
        return value.split("\\|", -1);
    }

    private static List<String> psql(CasebookAddress address, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", address.host(), "-p",
                Integer.toString(address.port()), "-U", address.user(), "-d", address.database()));
        cmd.addAll(args);
        return cmd;
    }

    private static String psqlValue(CasebookAddress address, String sql) throws IOException, InterruptedException {
        List<String> cmd = psql(address, List.of("-At", "-c", sql));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String value = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("psql as " + address.user() + " failed: " + value);
        }
        return value;
    }

    /** Times every command at every size; returns the Markdown table. */
    public String run() throws Exception {
        if (!Files.isExecutable(time)) {
            throw new IOException("whole-command timings need GNU time at /usr/bin/time (apt-get install time)");
        }
        Files.createDirectories(options.folder());
        Path scratch = Files.createTempDirectory(options.folder(), "whole-");
        Bench bench = new Bench(options, out);
        try {
            Path members;
            int rows;
            String given = System.getProperty(IMPORT_FILE, "");
            if (!given.isBlank()) {
                members = Path.of(given);
                try (java.util.stream.Stream<String> lines = Files.lines(members, StandardCharsets.UTF_8)) {
                    rows = (int) lines.count() - 1; // the header (the bench's own files have no line breaks in cells)
                }
            } else {
                members = scratch.resolve("members.csv");
                rows = Bench.IMPORT_MEMBERS;
                try (RepDesk desk = RepDesk.open(bench.dataset("members-" + Bench.IMPORT_MEMBERS + ".db", Bench.IMPORT_MEMBERS, 0))) {
                    desk.exporter().exportMembers(Exporter.Format.CSV, members);
                }
            }
            List<Command> commands = commands(scratch, members, rows, null, null);
            for (int size : options.sizes()) {
                Path db = bench.dataset(size);
                out.printf("… %,d cases (%s)%n", size, db);
                for (Command c : commands) {
                    measure(c, size, db, scratch);
                }
            }
        } finally {
            org.repdesk.service.Folders.deleteTree(scratch);
        }
        String md = markdown(options.sizes());
        out.println();
        out.print(md);
        return md;
    }

    /**
     * The commands timed, on a data file ({@code casebook} null: each command's argument is the file)
     * or on a branch casebook (no import nor the JVM alone; psql as the floor where it does the same work).
     */
    private static List<Command> commands(Path scratch, Path members, int memberRows, CasebookAddress casebook,
            Path briefSql) {
        String pdf = scratch.resolve("out.pdf").toString();
        String csv = scratch.resolve("out.csv").toString();
        String ics = scratch.resolve("out.ics").toString();
        Path fresh = scratch.resolve("import.db");
        boolean onFile = casebook == null;
        Function<Path, String> target = db -> onFile ? db.toString() : casebook.toString();
        List<Command> list = new ArrayList<>();
        if (onFile) {
            list.add(new Command("JVM and jar alone (help)", db -> List.of("help"), null));
        }
        list.add(new Command("report caseload --out F.pdf", db -> List.of("--db", target.apply(db), "report", "caseload",
                "--out", pdf, "--force"), null));
        list.add(new Command("brief --out F.pdf (last 12 months, every demand)", db -> List.of("--db", target.apply(db),
                "brief", "--out", pdf, "--force"),
                onFile ? null : db -> psql(casebook, List.of("-o", "/dev/null", "-f", briefSql.toString()))));
        // Each CSV export beside sqlite3 (-csv -header) or psql (\copy … WITH (FORMAT csv, HEADER)) writing the
        // same query's rows to a file, in the same rounds; the queries are kept beside each export's own.
        Function<String, Function<Path, List<String>>> floor = sql -> onFile
                ? db -> List.of("sh", "-c", "sqlite3 -readonly -csv -header \"$0\" \"$1\" > \"$2\"", db.toString(), sql, csv)
                : db -> psql(casebook, List.of("-c", "\\copy (" + sql.substring(0, sql.length() - 1) + ") TO '" + csv
                        + "' WITH (FORMAT csv, HEADER)"));
        list.add(new Command("export cases --format csv", db -> List.of("--db", target.apply(db), "export", "cases",
                "--format", "csv", "--out", csv, "--force"), floor.apply(EXPORT_FLOOR)));
        if (!onFile) {
            // A casebook's cases as JSON and a spreadsheet (read from the same cells as the CSV).
            String json = scratch.resolve("out.json").toString();
            String xlsx = scratch.resolve("out.xlsx").toString();
            list.add(new Command("export cases --format json", db -> List.of("--db", target.apply(db), "export", "cases",
                    "--format", "json", "--out", json, "--force"), null));
            list.add(new Command("export cases --format xlsx", db -> List.of("--db", target.apply(db), "export", "cases",
                    "--format", "xlsx", "--out", xlsx, "--force"), null));
        }
        Map<String, String> otherFloors = new LinkedHashMap<>();
        otherFloors.put("members", org.repdesk.store.MemberStore.exportFloor(onFile ? org.repdesk.store.Dialect.SQLITE
                : org.repdesk.store.Dialect.POSTGRESQL));
        otherFloors.put("deadlines", org.repdesk.store.DeadlineStore.EXPORT_FLOOR);
        otherFloors.put("workload", org.repdesk.store.WorkloadStore.EXPORT_FLOOR);
        otherFloors.forEach((what, sql) -> list.add(new Command("export " + what + " --format csv", db -> List.of("--db",
                target.apply(db), "export", what, "--format", "csv", "--out", csv, "--force"), floor.apply(sql))));
        // Every deadline not done, with names (issue 21's bound: under 512 MiB at 300,000 cases from the jar).
        list.add(new Command("calendar --out F.ics --with-names", db -> List.of("--db", target.apply(db), "calendar",
                "--out", ics, "--with-names", "--force"), null));
        list.add(new Command("check (quick)", db -> List.of("--db", target.apply(db), "check"),
                onFile ? db -> List.of("sqlite3", "-readonly", db.toString(), "PRAGMA quick_check;") : null));
        // On a casebook the full check adds the timeline's rules; the server's own pages are its own to check.
        list.add(new Command("check --full", db -> List.of("--db", target.apply(db), "check", "--full"),
                onFile ? db -> List.of("sqlite3", "-readonly", db.toString(), "PRAGMA integrity_check;") : null));
        if (onFile) {
            list.add(new Command("import members (" + String.format(Locale.ROOT, "%,d", memberRows)
                    + " rows, into an empty file)", db -> {
                        deleteDb(fresh);
                        return List.of("--db", fresh.toString(), "import", "members", members.toString());
                    }, null));
        }
        return list;
    }

    private void measure(Command c, int size, Path db, Path scratch) throws Exception {
        String only = System.getProperty(ONLY, "");
        if (!only.isBlank() && java.util.Arrays.stream(only.split(",")).map(String::strip)
                .noneMatch(w -> !w.isEmpty() && c.label().startsWith(w))) {
            return;
        }
        // The JVM alone and the import do not depend on the file's size: once, at the first size.
        if ((c.label().startsWith("JVM") || c.label().startsWith("import")) && db != null && size != options.sizes().get(0)) {
            return;
        }
        List<Run> runs = new ArrayList<>();
        List<Run> floors = new ArrayList<>();
        for (int i = 0; i < options.warmup() + options.runs(); i++) {
            Run r;
            try {
                r = once(app(c.args().apply(db)), scratch);
            } catch (IOException e) {
                // e.g. an earlier build without the option: said in the table, the other commands still timed
                put(c.label(), size, "failed: " + e.getMessage().lines().findFirst().orElse("").replaceAll("\\s+", " "));
                return;
            }
            Run f = c.floor() == null ? null : once(c.floor().apply(db), scratch);
            if (i >= options.warmup()) {
                runs.add(r);
                if (f != null) {
                    floors.add(f);
                }
            }
        }
        double ms = Measure.median(runs.stream().map(Run::ms).toList());
        double cpu = Measure.median(runs.stream().map(Run::cpuMs).toList());
        double peak = Measure.median(runs.stream().map(Run::peakMib).toList());
        double max = runs.stream().mapToDouble(Run::peakMib).max().orElse(Double.NaN);
        String cell = String.format(Locale.ROOT, "%s (CPU %s), %.0f MiB (max %.0f)", seconds(ms), seconds(cpu), peak,
                max);
        if (!floors.isEmpty()) {
            double floor = Measure.median(floors.stream().map(Run::ms).toList());
            double floorCpu = Measure.median(floors.stream().map(Run::cpuMs).toList());
            cell += String.format(Locale.ROOT, "; floor %s (CPU %s) = %.1f×", seconds(floor), seconds(floorCpu),
                    ms / floor);
        }
        put(c.label(), c.label().startsWith("JVM") || c.label().startsWith("import") ? 0 : size, cell);
    }

    /**
     * {@code -Drepdesk.bench.launched=true}: each command with the JVM options the installed app's
     * launcher gives it (packaging/app-image.args, {@link StartupRuns#APP_JVM_OPTIONS}), as a rep's
     * {@code repdesk brief …} runs, rather than a bare {@code java -jar}.
     */
    static final String AS_LAUNCHED = "repdesk.bench.launched";
    /**
     * {@code -Drepdesk.bench.commands=brief,export}: only the commands whose label starts with one of
     * these words (all when not given), so one command's before and after take minutes, not a quarter hour.
     */
    static final String ONLY = "repdesk.bench.commands";
    /**
     * {@code -Drepdesk.bench.importFile=F.csv}: time importing that member file (issue 21's bound is a
     * 200,000-row file: {@code demo --members 200000 --cases 0}, then {@code export members}) rather
     * than the 20,000 rows exported from the bench's own file.
     */
    static final String IMPORT_FILE = "repdesk.bench.importFile";

    /**
     * {@code -Drepdesk.bench.installed=/opt/repdesk}: each command through that installed app's own
     * launcher ({@code bin/RepDesk}: its runtime, options and class-data archives), as a rep runs it.
     */
    static final String INSTALLED = "repdesk.bench.installed";

    /**
     * The jar timed: this one, or another given with {@code -Drepdesk.bench.jar=FILE} (an earlier build,
     * to time before and after in the same minutes).
     */
    private static List<String> app(List<String> args) {
        String installed = System.getProperty(INSTALLED);
        List<String> cmd = new ArrayList<>();
        if (installed != null) {
            cmd.add(Path.of(installed, "bin", "RepDesk").toString());
        } else {
            cmd.add(Bench.javaCommand());
            if (Boolean.getBoolean(AS_LAUNCHED)) {
                cmd.addAll(StartupRuns.APP_JVM_OPTIONS);
            }
            cmd.addAll(List.of("-jar", System.getProperty("repdesk.bench.jar", Bench.classPath())));
        }
        cmd.addAll(args);
        return cmd;
    }

    /** One run under GNU time: its elapsed seconds and maximum resident set size. */
    private Run once(List<String> command, Path scratch) throws IOException, InterruptedException {
        Path report = scratch.resolve("time.txt");
        List<String> cmd = new ArrayList<>(List.of(time.toString(), "-f", "%e %U %S %M", "-o", report.toString()));
        cmd.addAll(command);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(scratch.resolve("out.txt").toFile())
                .start();
        Map<Long, Double> javas = new java.util.concurrent.ConcurrentHashMap<>();
        Thread sampler = new Thread(() -> {
            while (p.isAlive()) {
                p.descendants().forEach(h -> {
                    // A helper vfork'd by a JVM to start a program shows that JVM's memory until it execs: one thread.
                    if (h.info().command().orElse("").endsWith("java") && ProcessMemory.procStatusMiB(h.pid(), "Threads") * 1024 > 1) {
                        double hwm = ProcessMemory.procStatusMiB(h.pid(), "VmHWM");
                        if (hwm > 0) {
                            javas.merge(h.pid(), hwm, Math::max);
                        }
                    }
                });
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "whole-command-memory");
        sampler.setDaemon(true);
        sampler.start();
        int exit = p.waitFor();
        sampler.join();
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " failed (" + exit + "): "
                    + Files.readString(scratch.resolve("out.txt"), StandardCharsets.UTF_8).strip());
        }
        String[] fields = Files.readString(report, StandardCharsets.UTF_8).strip().split("\\s+");
        int n = fields.length; // GNU time may put a "Command exited…" line first
        // GNU time gives the largest process's peak (the kernel's for a process and its children), not their sum: a
        // plain jar's start again (org.repdesk.Relaunch) is two JVMs alive together, so the others' peaks are added.
        double others = javas.values().stream().sorted().limit(Math.max(0, javas.size() - 1)).mapToDouble(Double::doubleValue).sum();
        return new Run(Double.parseDouble(fields[n - 4]) * 1000,
                (Double.parseDouble(fields[n - 3]) + Double.parseDouble(fields[n - 2])) * 1000,
                Long.parseLong(fields[n - 1]) / 1024.0 + others);
    }

    private void put(String what, int size, String value) {
        table.computeIfAbsent(what, k -> new LinkedHashMap<>()).put(size, value);
        out.printf("  %-60s %s%n", what + (size > 0 ? " [" + size + "]" : ""), value);
    }

    private String markdown(List<Integer> sizes) {
        StringBuilder s = new StringBuilder(System.getProperty(INSTALLED) != null
                ? "Each command through the installed app's launcher: " + System.getProperty(INSTALLED) + "/bin/RepDesk\n\n"
                : Boolean.getBoolean(AS_LAUNCHED) ? "Each command as the launcher starts it: "
                + String.join(" ", StartupRuns.APP_JVM_OPTIONS) + "\n\n" : "");
        s.append("| whole command: wall time (CPU time), peak RSS (medians; max) |");
        sizes.forEach(size -> s.append(String.format(Locale.ROOT, " %,d cases |", size)));
        s.append("\n|---|");
        sizes.forEach(x -> s.append("---:|"));
        s.append('\n');
        table.forEach((what, bySize) -> {
            s.append("| ").append(what).append(" |");
            for (int size : sizes) {
                String v = bySize.containsKey(0) ? (size == sizes.get(0) ? bySize.get(0) : "") : bySize.get(size);
                s.append(' ').append(v == null ? "–" : v).append(" |");
            }
            s.append('\n');
        });
        return s.toString();
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }

    private static void deleteDb(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
