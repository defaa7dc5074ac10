package org.repdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A separate JVM running a test main on the test class path; its stdout lines arrive in a queue. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("!reader: " + e.getMessage());
            }
            lines.add(EOF);
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Marks the end of the child's output in the queue. */
    public static final String EOF = "\u0000EOF";

    /** The command that runs {@code main} with this JVM's class path. */
    public static List<String> command(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(sqliteLibrary());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Where the children's SQLite driver is told its native library is (store.NativeLibrary's properties). */
    private static final List<String> SQLITE_PROPERTIES = List.of("org.sqlite.lib.path", "org.sqlite.lib.name",
            "org.sqlite.tmpdir");

    /**
     * The SQLite driver's native library for a child: the copy kept in target/sqlite-native (unpacked once,
     * as the app keeps one in its cache folder; this JVM's driver uses it too if not yet loaded). Left to
     * itself each child's driver unpacked its own into /tmp, and a child killed on purpose (the crash
     * tests) left it there with its lock file: 16 pairs a run of the tests that start children.
     */
    private static synchronized List<String> sqliteLibrary() {
        org.repdesk.store.Database.keepNativeLibraryIn(Path.of("target", "sqlite-native").toAbsolutePath());
        List<String> options = new ArrayList<>();
        for (String property : SQLITE_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null) {
                options.add("-D" + property + "=" + value);
            }
        }
        return options;
    }

    public static ChildJvm start(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ChildJvm(pb.start());
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return start(command(main, args));
    }

    /** The next line the child printed, or null when it printed nothing more within the time. */
    public String nextLine(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        return EOF.equals(line) ? null : line;
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks, no chance to tidy up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** Every line printed until the child's output ended (after it exited or was killed). */
    public List<String> remainingLines() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(20));
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        rest.remove(EOF);
        return rest;
    }

    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
