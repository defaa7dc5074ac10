package org.repdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the list of classes org.repdesk.StartupClasses loads ahead: starts the app once through the
 * start-up probe with the JVM's class-loading log on, and keeps, in load order, the classes loaded
 * from the jar or the Java runtime until the first usable frame. Lambdas and other hidden classes
 * cannot be loaded by name, and classes from the JVM's shared archive are already fast; both are
 * left out, as are the probe's and the benchmark's own (and the JDK's management classes, which only
 * the probe loads). Run it again when the start-up path changes (docs/benchmarks.md says how), with a
 * display (or under xvfb-run), on a copy of the 100,000-case file:
 *
 * <pre>java -cp target/repdesk.jar org.repdesk.bench.StartupClassList DATA_FILE [OUT]</pre>
 *
 * OUT defaults to src/main/resources/org/repdesk/startup-classes.txt. The same run also writes, beside OUT,
 * {@value org.repdesk.ClassDataArchive#WINDOW_CLASS_LIST}: the JVM's own class list of the start
 * ({@code -XX:DumpLoadedClassList}) up to the first frame, with its {@code @lambda-proxy} and
 * {@code @lambda-form-invoker} lines, from which a plain jar's window archive is dumped (org.repdesk.ClassDataArchive):
 * a static dump spins those lambdas into the archive, which an archive run that only loads classes never did.
 */
public final class StartupClassList {

    private static final Pattern LOADED = Pattern.compile("^\\[(\\d+\\.\\d+)s\\] (\\S+) source: (.*)$");
    private static final Pattern FRAME = Pattern.compile("FIRST-FRAME ms=(\\d+)");
    /** -Xlog:class+init's line as the JVM begins to verify a class (the first step of linking one from the jar). */
    private static final Pattern VERIFYING = Pattern.compile("^\\[(\\d+\\.\\d+)s\\] Start class verification for: (\\S+)$");

    /** The JDK's packages only the probe uses (its clock, CPU and heap readings): the app never loads them. */
    private static final List<String> PROBES_OWN = List.of("java.lang.management.", "sun.management.",
            "com.sun.management.", "javax.management.");

    private StartupClassList() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: java -cp repdesk.jar org.repdesk.bench.StartupClassList DATA_FILE [OUT]");
            System.exit(2);
        }
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/repdesk/startup-classes.txt");
        Path jvmList = Files.createTempFile("repdesk-jvm-classlist", ".txt");
        // Without loading ahead: the list is what the start needs, not what the last list named.
        ProbeRun run;
        List<String> jvmLines;
        try {
            run = probeLoggingClasses(List.of("-D" + org.repdesk.StartupClasses.OFF + "=true",
                    "-XX:DumpLoadedClassList=" + jvmList), List.of("--db", args[0]));
            jvmLines = Files.readAllLines(jvmList, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(jvmList);
        }
        Matcher frame = FRAME.matcher(run.output());
        if (!frame.find()) {
            System.err.println("the app did not reach its first frame:\n" + run.output());
            System.exit(1);
        }
        long frameMs = Long.parseLong(frame.group(1));
        List<String> names = firstFrameClasses(run.classLog(), frameMs);
        List<String> entries = markUnlinked(run.classLog(), frameMs, names);
        writeList(out, "# Classes the first frame needs, in load order (\"unlinked\": loaded, not linked, before it):"
                + " made by org.repdesk.bench.StartupClassList", entries);
        System.out.printf("%d classes up to the first frame at %s ms (%d of them not linked by then), written to %s%n",
                names.size(), frame.group(1), entries.stream().filter(e -> e.endsWith(org.repdesk.StartupClasses.UNLINKED)).count(), out);
        Path windowList = out.resolveSibling(org.repdesk.ClassDataArchive.WINDOW_CLASS_LIST);
        List<String> window = untilFirstFrame(jvmLines, run.classLog(), frameMs);
        writeList(windowList, "# The JVM's class list (-XX:DumpLoadedClassList) of the start up to its first frame, lambdas included:"
                + " made by org.repdesk.bench.StartupClassList", window);
        System.out.printf("%d lines (%d lambda proxies) up to the first frame, written to %s%n", window.size(),
                window.stream().filter(l -> l.startsWith(LAMBDA_PROXY)).count(), windowList);
    }

    /** A class list's line for a lambda: its caller class is the line's second word. */
    static final String LAMBDA_PROXY = "@lambda-proxy ";

    /**
     * The JVM's class list {@code jvmLines} (written in load order) cut where the start's first class loaded after
     * {@code untilMs} by the {@code -Xlog:class+load:...:uptime} log {@code logLines} comes, so the lambdas spun in
     * between stay with the classes around them; without the JVM's own comments and the probe's and benchmark's
     * classes and lambdas (whose classes the window's archive would not find anyway).
     */
    static List<String> untilFirstFrame(List<String> jvmLines, List<String> logLines, long untilMs) {
        Set<String> before = new java.util.HashSet<>();
        Set<String> after = new java.util.HashSet<>();
        for (String line : logLines) {
            Matcher m = LOADED.matcher(line);
            if (m.matches()) {
                (Double.parseDouble(m.group(1)) * 1000 <= untilMs ? before : after).add(m.group(2).replace('.', '/'));
            }
        }
        after.removeAll(before);
        List<String> kept = new ArrayList<>();
        for (String line : jvmLines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split(" ");
            String name = line.startsWith(LAMBDA_PROXY) ? words[1] : line.startsWith("@") ? "" : words[0];
            if (after.contains(name) && !line.startsWith("@")) {
                break;
            }
            boolean ours = name.startsWith("org/repdesk/bench/")
                    || PROBES_OWN.stream().anyMatch(p -> name.startsWith(p.replace('.', '/')));
            if (!ours) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** A class list as the app reads it: a comment line saying what made it, then a name a line. */
    static void writeList(Path out, String heading, List<String> names) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        lines.addAll(names);
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /** What the probe printed, and the JVM's class-loading log of the same run. */
    record ProbeRun(String output, List<String> classLog) {
    }

    /**
     * Starts the app once through the start-up probe (with {@code probeArgs}), as its launchers start
     * it plus {@code jvmOptions}, with the JVM's {@code -Xlog:class+load} on: this list's and
     * {@link ScreenClassList}'s one run.
     */
    static ProbeRun probeLoggingClasses(List<String> jvmOptions, List<String> probeArgs)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("repdesk-class-load", ".log");
        try {
            List<String> cmd = new ArrayList<>(List.of(Bench.javaCommand()));
            cmd.addAll(StartupRuns.APP_JVM_OPTIONS);
            cmd.addAll(jvmOptions);
            cmd.addAll(List.of("-Xlog:class+load,class+init:file=" + log + ":uptime", "-cp", Bench.classPath(), StartupRuns.PROBE));
            cmd.addAll(probeArgs);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(Map.of("GDK_BACKEND", "x11"));
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return new ProbeRun(output, Files.readAllLines(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * {@code names} as list entries: each class from the jar that the start loaded but did not verify
     * (link) by {@code untilMs}, by the log's {@code class+init} lines, followed by
     * {@link org.repdesk.StartupClasses#UNLINKED}: loaded ahead only. The runtime's own classes are not
     * verified, so the log cannot tell; they are linked ahead as before.
     */
    static List<String> markUnlinked(List<String> logLines, long untilMs, List<String> names) {
        Set<String> verified = new java.util.HashSet<>();
        Set<String> fromJar = new java.util.HashSet<>();
        for (String line : logLines) {
            Matcher v = VERIFYING.matcher(line);
            Matcher m = LOADED.matcher(line);
            if (v.matches() && Double.parseDouble(v.group(1)) * 1000 <= untilMs) {
                verified.add(v.group(2));
            } else if (m.matches() && !m.group(3).startsWith("jrt:")) {
                fromJar.add(m.group(2));
            }
        }
        return names.stream().map(n -> fromJar.contains(n) && !verified.contains(n)
                ? n + org.repdesk.StartupClasses.UNLINKED : n).toList();
    }

    /** The names worth loading ahead from a {@code -Xlog:class+load:...:uptime} log, up to {@code untilMs}. */
    static List<String> firstFrameClasses(List<String> logLines, long untilMs) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : logLines) {
            Matcher m = LOADED.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (Double.parseDouble(m.group(1)) * 1000 > untilMs) {
                break;
            }
            String name = m.group(2);
            String source = m.group(3);
            boolean fromJarOrRuntime = source.startsWith("file:") || source.startsWith("jar:")
                    || source.startsWith("jrt:");
            boolean hidden = name.contains("$$Lambda") || name.contains("LambdaForm$") || name.contains("/0x");
            boolean ours = name.startsWith("org.repdesk.bench.") || PROBES_OWN.stream().anyMatch(name::startsWith);
            if (fromJarOrRuntime && !hidden && !ours) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }
}
