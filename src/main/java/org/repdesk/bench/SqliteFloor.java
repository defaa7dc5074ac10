package org.repdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same SQL run by the sqlite3 command-line tool on the same file: the floor for the brief's
 * figures. Times are sqlite3's own ".timer" (real) per statement, summed, so process start-up is left out.
 */
final class SqliteFloor {

    private static final Pattern REAL = Pattern.compile("Run Time: real ([0-9.]+)");

    private SqliteFloor() {
    }

    /** The sqlite3 version line, or empty when the tool is not installed. */
    static Optional<String> version() {
        try {
            Process p = new ProcessBuilder("sqlite3", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? Optional.of(out.split(" ")[0]) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Milliseconds sqlite3 spends on the statements, in one process (its page cache warms as ours does). */
    static double runMs(Path db, List<String> statements, Path scratch) throws IOException, InterruptedException {
        List<String> script = new ArrayList<>();
        script.add(".timer on");
        for (String s : statements) {
            script.add(s + ";");
        }
        Path file = scratch.resolve("floor.sql");
        Files.write(file, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("sqlite3", "-readonly", db.toString())
                .redirectInput(file.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("sqlite3 failed: " + out.lines().filter(l -> l.contains("rror")).findFirst().orElse(out));
        }
        Matcher m = REAL.matcher(out);
        double seconds = 0;
        int found = 0;
        while (m.find()) {
            seconds += Double.parseDouble(m.group(1));
            found++;
        }
        if (found != statements.size()) {
            throw new IOException("sqlite3 timed " + found + " of " + statements.size() + " statements");
        }
        return seconds * 1000;
    }
}
