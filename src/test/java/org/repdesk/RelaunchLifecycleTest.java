package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two JVMs of a plain {@code java -jar} (Relaunch) as processes: a first JVM ({@link First}) starts the second
 * ({@link Second}) with {@link Relaunch#again} as the app's first JVM does, with no archive (so the user's cache is not
 * touched). The real jar is not there under {@code mvn test}; the class path stands in for it.
 */
class RelaunchLifecycleTest {

    /** The first JVM: starts the second and exits with its status (-1, 255, when it did not start it). */
    public static final class First {
        public static void main(String[] args) {
            System.exit(Relaunch.again(null, Path.of(System.getProperty("java.class.path")), Second.class.getName(),
                    List.of(args)));
        }
    }

    /**
     * The second JVM: Main's first step, then writes its id and arguments to {@code --db}'s file, says so on standard
     * output, waits a minute when that file's name says "wait", and exits 3 for a command ({@code brief}), 0 otherwise.
     */
    public static final class Second {
        public static void main(String[] args) throws Exception {
            Relaunch.fromPlainJar(args); // in the second JVM: a command's watches the first
            Path out = Path.of(args[1]);
            Path written = out.resolveSibling(out.getFileName() + ".new");
            Files.writeString(written, ProcessHandle.current().pid() + "\n" + String.join("\n", args), StandardCharsets.UTF_8);
            Files.move(written, out, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("second JVM ran");
            if (out.getFileName().toString().contains("wait")) {
                new java.util.concurrent.CountDownLatch(1).await(60, TimeUnit.SECONDS); // kept running, to be killed
            }
            System.exit(List.of(args).contains("brief") ? 3 : 0);
        }
    }

    /**
     * A first JVM as the window's (or, with {@code commands} as its first argument, a command's) is started: with the
     * user's archive of that kind, which in the tests is garbage the JVM ignores, so {@link Crashing} plays the crash.
     * Its class path is one jar ({@link #classPathJar}), as the app's, and the archive is put where that jar's goes.
     */
    public static final class FirstWithArchive {
        public static void main(String[] args) throws IOException {
            ClassDataArchive.Kind kind = args[0].equals("commands") ? ClassDataArchive.Kind.COMMANDS : ClassDataArchive.Kind.WINDOW;
            Path jar = Path.of(System.getProperty("java.class.path")).toRealPath();
            Path archive = ClassDataArchive.forUser(jar).archive(kind);
            Files.createDirectories(archive.getParent());
            Files.write(archive, new byte[1000]);
            Files.writeString(Path.of(archive + ".length"), "1000");
            // -Dtest.oldStartingFile: what a first JVM killed outright, whose process id this one has now, left.
            Path old = Path.of(System.getenv("XDG_CACHE_HOME"), "RepDesk", "class-data", "starting-" + ProcessHandle.current().pid());
            switch (System.getProperty("test.oldStartingFile", "")) {
                case "file" -> Files.write(old, new byte[0]);
                case "link" -> Files.createSymbolicLink(old, old.resolveSibling("no-folder/x")); // cannot be written through
                case "folder" -> Files.createDirectories(old.resolve("x")); // cannot be deleted
                default -> { }
            }
            System.exit(Relaunch.again(kind, jar, Crashing.class.getName(), List.of(args).subList(1, args.length)));
        }
    }

    /**
     * A second JVM that, started with an archive, dies as the JVM does on a damaged one (status 134, SIGABRT after
     * the SIGSEGV): at once ({@code before}), or once the app's start has begun ({@code after}); without one it exits
     * 0. Either way it leaves {@code --db}'s file name with ".archive" or ".plain" added, holding its own arguments.
     */
    public static final class Crashing {
        public static void main(String[] args) throws IOException {
            List<String> own = Relaunch.ownArguments();
            boolean withArchive = own.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
            Path out = Path.of(args[1]);
            Files.writeString(out.resolveSibling(out.getFileName() + (withArchive ? ".archive" : ".plain")), String.join("\n", own));
            if (withArchive && args[2].equals("slow")) {
                // A start still under way that does not end when asked to (SIGTERM ignored): the first JVM's hook
                // waits its 10 s, and the JVM halts while its main thread still waits for this one.
                sun.misc.Signal.handle(new sun.misc.Signal("TERM"), sun.misc.SignalHandler.SIG_IGN);
                Files.writeString(out.resolveSibling(out.getFileName() + ".archive"), String.join("\n", own));
                try {
                    new java.util.concurrent.CountDownLatch(1).await(60, TimeUnit.SECONDS); // killed by the test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(0);
            }
            if (withArchive) {
                if (args[2].equals("after")) {
                    Relaunch.windowStarting();
                }
                Runtime.getRuntime().halt(134);
            }
            if (out.getFileName().toString().contains("wait")) {
                try {
                    new java.util.concurrent.CountDownLatch(1).await(60, TimeUnit.SECONDS); // kept running, to be killed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            System.exit(0);
        }
    }

    /** The first JVM for {@code kind}'s archive, its cache folder {@code dir/cache} holding a (garbage) archive of that kind. */
    private static Process firstWithArchive(Path dir, String kind, List<String> args) throws IOException {
        return firstWithArchive(dir, kind, "", args);
    }

    /** As above, with {@code oldStartingFile} in the first JVM's starting file's place (a file, a link, a folder, or "": none). */
    private static Process firstWithArchive(Path dir, String kind, String oldStartingFile, List<String> args) throws IOException {
        Path jar = classPathJar(dir);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-Dtest.oldStartingFile=" + oldStartingFile, "-cp", jar.toString(),
                FirstWithArchive.class.getName(), kind));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("first.out").toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        if (args.stream().anyMatch(a -> a.chars().anyMatch(c -> c > 0x7f))) {
            pb.environment().remove("LANG");
            pb.environment().put("LC_ALL", "C"); // where such an argument cannot be passed on (Relaunch.passedExactly)
        }
        return pb.start();
    }

    @Test
    void aWindowNotStartedAgainSinceItsArgumentsCannotBePassedOnLeavesNoStartingFile(@TempDir Path dir) throws Exception {
        Process first = firstWithArchive(dir, "window", List.of("--db", dir.resolve("Achos \u0175.txt").toString(), "before"));
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(255, first.exitValue(), "again() said -1: not started");
        assertEquals(List.of(), startingFilesLeft(dir));
    }

    /**
     * A jar in {@code dir} naming the tests' class path in its manifest: one path, as the app's jar, which an archive
     * can serve ({@link ClassDataArchive#archivable}; the class path itself holds ':'). Skipped where it cannot (a
     * folder with a space, say).
     */
    private static Path classPathJar(Path dir) throws IOException {
        Path jar = dir.toRealPath().resolve("class-path.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(ClassDataArchive.archivable(jar), "a path an archive can serve: " + jar);
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toString());
        }
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, String.join(" ", urls));
        if (!Files.exists(jar)) {
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
                out.flush();
            }
        }
        return jar;
    }

    /** The names in {@code dir}'s class-data folder that start with {@code start} and end with {@code end}. */
    private static List<String> classData(Path dir, String start, String end) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("cache/RepDesk/class-data"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(start) && n.endsWith(end)).toList();
        }
    }

    @Test
    void aWindowThatCrashesWithItsArchiveBeforeItsStartBeganIsStartedOnceMoreWithoutIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("window.txt");
        Process first = firstWithArchive(dir, "window", List.of("--db", out.toString(), "before"));
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), "the second start's status");
        assertTrue(Files.exists(dir.resolve("window.txt.archive")), "first with the archive");
        String again = Files.readString(dir.resolve("window.txt.plain"));
        assertFalse(again.contains("-XX:SharedArchiveFile") || again.contains("windowStarting"), again);
        assertTrue(again.contains("-Drepdesk.relaunched="), again);
        assertEquals(List.of(), classData(dir, "window-", ".jsa"), "forgotten");
        assertEquals(1, classData(dir, "window-", ".failed").size(), "and not made again");
        assertEquals(List.of(), startingFilesLeft(dir), "the first JVM deleted its own (the crash left it)");
    }

    private static List<Path> startingFilesLeft(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> left = Files.list(dir.resolve("cache/RepDesk/class-data"))) {
            return left.filter(f -> f.getFileName().toString().startsWith("starting-")).toList();
        }
    }

    @Test
    void aFirstJvmEndedWhileItsWindowIsStillStartingLeavesNoStartingFile(@TempDir Path dir) throws Exception {
        Process first = firstWithArchive(dir, "window", List.of("--db", dir.resolve("slow.txt").toString(), "slow"));
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("slow.txt.archive")));
        List<ProcessHandle> second = first.descendants().toList();
        try {
            first.destroy(); // SIGTERM, as at a session's end
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
            assertEquals(List.of(), startingFilesLeft(dir), "deleted by the first JVM's hook");
        } finally {
            second.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void theStartingFileOfAStartMadeAgainIsGoneWhileTheRetriedWindowRuns(@TempDir Path dir) throws Exception {
        Process first = firstWithArchive(dir, "window", List.of("--db", dir.resolve("wait.txt").toString(), "before"));
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("wait.txt.plain")));
        List<ProcessHandle> second = first.descendants().toList();
        try {
            assertEquals(List.of(), startingFilesLeft(dir), "a first JVM killed outright now would leave none");
        } finally {
            first.destroyForcibly();
            second.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aFileAKilledFirstJvmWithTheSameIdLeftDoesNotStopTheStartAgain(@TempDir Path dir) throws Exception {
        Process first = firstWithArchive(dir, "window", "file", List.of("--db", dir.resolve("window.txt").toString(), "before"));
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), "started again, without the archive");
        assertTrue(Files.exists(dir.resolve("window.txt.plain")));
        assertEquals(List.of(), startingFilesLeft(dir));
    }

    @Test
    void aWindowWhoseStartingFileCouldNotBeMadeOrReplacedIsNeverStartedAgain(@TempDir Path dir) throws Exception {
        // A dangling link where the file goes: the second JVM could not have made a file through it, and a crash once
        // the window was up must not open it again (it did when the second JVM made the file, as the review found).
        Path linkDir = Files.createDirectories(dir.resolve("link"));
        Process link = firstWithArchive(linkDir, "window", "link", List.of("--db", linkDir.resolve("link.txt").toString(), "after"));
        // A folder there, which cannot be deleted: no file made, so not started again even before the start began.
        Path folderDir = Files.createDirectories(dir.resolve("folder")); // a cache of its own: each start forgets its archive
        Process folder = firstWithArchive(folderDir, "window", "folder",
                List.of("--db", folderDir.resolve("folder.txt").toString(), "before"));
        assertTrue(link.waitFor(60, TimeUnit.SECONDS));
        assertTrue(folder.waitFor(60, TimeUnit.SECONDS));
        assertEquals(134, link.exitValue(), "the crash's status");
        assertTrue(Files.exists(linkDir.resolve("link.txt.archive")));
        assertFalse(Files.exists(linkDir.resolve("link.txt.plain")), "the rep has seen the window: not started again");
        assertEquals(134, folder.exitValue());
        assertTrue(Files.exists(folderDir.resolve("folder.txt.archive")));
        assertFalse(Files.exists(folderDir.resolve("folder.txt.plain")), "no file made: never started again");
    }

    @Test
    void aWindowThatCrashesOnceItsStartBeganOrACommandThatCrashesIsNotStartedAgain(@TempDir Path dir) throws Exception {
        Process window = firstWithArchive(dir, "window", List.of("--db", dir.resolve("window.txt").toString(), "after"));
        assertTrue(window.waitFor(60, TimeUnit.SECONDS));
        assertEquals(134, window.exitValue(), "the crash's status, as before");
        assertTrue(Files.exists(dir.resolve("window.txt.archive")));
        assertFalse(Files.exists(dir.resolve("window.txt.plain")), "the rep may have seen the window: not started again");
        assertEquals(1, classData(dir, "window-", ".failed").size(), "the archive forgotten all the same");
        assertEquals(List.of(), startingFilesLeft(dir), "the window deleted it as its start began");
        Process command = firstWithArchive(dir, "commands", List.of("--db", dir.resolve("command.txt").toString(), "before"));
        assertTrue(command.waitFor(60, TimeUnit.SECONDS));
        assertEquals(134, command.exitValue());
        assertTrue(Files.exists(dir.resolve("command.txt.archive")));
        assertFalse(Files.exists(dir.resolve("command.txt.plain")), "a command may have read its input: never again");
        assertEquals(List.of(), classData(dir, "commands-", ".jsa"), "forgotten");
    }

    private static Process first(Path dir, String locale, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), First.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("first.out").toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("LANG");
        pb.environment().put("LC_ALL", locale);
        return pb.start();
    }

    private static Optional<ProcessHandle> secondOnceStarted(Path out) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)));
    }

    @Test
    void theSecondJvmGetsTheArgumentsAsTypedAndItsStatusAndOutputAreTheFirstsUnderAUtf8Locale(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("args.txt");
        List<String> args = List.of("--db", out.toString(), "brief", "--out", "Achos \u0175 \u00e9.pdf");
        Process first = first(dir, "C.UTF-8", args);
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, first.exitValue(), "the second JVM's status");
        List<String> got = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(args, got.subList(1, got.size()));
        assertEquals("second JVM ran", Files.readString(dir.resolve("first.out")).strip(), "the same standard output");
    }

    @Test
    void underLcAllCNonAsciiArgumentsAreNotPassedOn(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("args.txt");
        Process first = first(dir, "C", List.of("--db", out.toString(), "brief", "--out", "Achos \u0175.pdf"));
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(255, first.exitValue(), "again() said -1: not started, the caller runs it itself");
        assertFalse(Files.exists(out), "no second JVM");
        Process ascii = first(dir, "C", List.of("--db", out.toString(), "brief"));
        assertTrue(ascii.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, ascii.exitValue(), "ASCII arguments: started again under any locale");
    }

    @Test
    void aCommandsSecondJvmEndsWhenTheFirstIsKilledTheWindowsKeepsRunning(@TempDir Path dir) throws Exception {
        Process command = first(dir, "C.UTF-8", List.of("--db", dir.resolve("command-wait.txt").toString(), "brief"));
        Process window = first(dir, "C.UTF-8", List.of("--db", dir.resolve("window-wait.txt").toString(), "--lang", "cy"));
        ProcessHandle commandSecond = secondOnceStarted(dir.resolve("command-wait.txt")).orElseThrow();
        ProcessHandle windowSecond = secondOnceStarted(dir.resolve("window-wait.txt")).orElseThrow();
        try {
            command.destroyForcibly().waitFor(); // kill -9, and reaped: gone, not a zombie
            window.destroyForcibly().waitFor();
            assertTrue(commandSecond.onExit().toCompletableFuture().completeOnTimeout(null, 20, TimeUnit.SECONDS).get() != null
                    || !commandSecond.isAlive(), "the command's second JVM ended within 20 s of the first's kill");
            // The watch looks once a second: three seconds without the window's second JVM ending.
            assertThrows(java.util.concurrent.TimeoutException.class, () -> windowSecond.onExit().get(3, TimeUnit.SECONDS),
                    "the window's second JVM still running (it would ask before closing)");
            assertTrue(windowSecond.isAlive());
        } finally {
            commandSecond.destroyForcibly();
            windowSecond.destroyForcibly();
        }
    }
}
