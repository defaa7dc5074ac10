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
 * through org.repdesk.ui.StartupProbe, each under its own xvfb-run when there is no display. The
 * probe prints the milliseconds from its JVM's start to the first frame and its peak RSS, so
 * Xvfb's own start-up is not counted.
 */
final class StartupRuns {

    static final String PROBE = "org.repdesk.ui.StartupProbe";
    private static final Pattern FRAME = Pattern.compile(
            "FIRST-FRAME ms=(\\d+) hwm_mib=([0-9.]+) rss_mib=([0-9.]+)(?: heap_mib=([0-9.]+))?");

    /** One start: time to first usable frame, peak RSS then, and heap after GC (app only). */
    record Start(double ms, double hwmMib, double rssMib, double heapMib) {
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
        List<String> cmd = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        cmd.add(Bench.javaCommand());
        cmd.addAll(List.of("-cp", Bench.classPath(), PROBE));
        if (db == null) {
            cmd.add("--bare");
        } else {
            cmd.addAll(List.of("--db", db.toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(Map.of("GDK_BACKEND", "x11"));
        Process p = pb.start();
        Start found = null;
        StringBuilder seen = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = FRAME.matcher(line);
                if (m.find()) {
                    found = new Start(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                            Double.parseDouble(m.group(3)), m.group(4) == null ? Double.NaN
                                    : Double.parseDouble(m.group(4)));
                } else if (seen.length() < 2000) {
                    seen.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (found == null) {
            throw new IOException("the start-up probe printed no frame time:\n" + seen);
        }
        return found;
    }
}
