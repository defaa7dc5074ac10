package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.ClassDataArchive.Kind;

/**
 * A plain jar's window archive, dumped from a class list with the JVM's lambda lines (ClassDataArchive.dump): the
 * lambdas a start spins are then in the archive, mapped rather than spun. The real jar is not there under
 * {@code mvn test}: one jar of the app's classes and {@link Lambdas} stands in for it, its libraries beside it.
 */
class WindowArchiveTest {

    /** A start's stand-in: spins two lambdas, as the window's start spins hundreds. */
    public static final class Lambdas {
        public static void main(String[] args) {
            Runnable said = () -> System.out.println("lambdas ran");
            java.util.function.Function<String, Integer> length = String::length;
            said.run();
            System.exit(length.apply("ok") == 2 ? 0 : 1);
        }
    }

    /** The libraries' links {@link #appJar} made, removed before JUnit deletes the folder (which warns of each). */
    private final List<Path> links = new ArrayList<>();

    @AfterEach
    void removeLinks() throws IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void aClassListWithLambdaLinesMakesAnArchiveTheJvmMapsItsLambdasFrom(@TempDir Path dir) throws Exception {
        Path jar = appJar(dir);
        // The list as bench.StartupClassList writes it: the JVM's own, from a run of the start.
        Path list = dir.resolve("jvm-classlist");
        run(dir, List.of("-XX:DumpLoadedClassList=" + list, "-cp", jar.toString(), Lambdas.class.getName()));
        List<String> lines = new ArrayList<>(Files.readAllLines(list, StandardCharsets.UTF_8));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("@lambda-proxy org/repdesk/WindowArchiveTest$Lambdas ")), lines.toString());
        lines.add(Main.class.getName().replace('.', '/')); // the maker's check asks the JVM to map Main from it

        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cache"), "k", jar, lines);
        assertTrue(archives.make(Kind.WINDOW, java()), "made");
        Path archive = archives.usable(Kind.WINDOW);
        assertEquals(dir.resolve("cache").resolve("window-k.jsa"), archive);

        List<String> cmd = new ArrayList<>(Relaunch.JVM_OPTIONS); // as the second JVM starts with it
        cmd.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-Xlog:class+load=info", "-cp", jar.toString(),
                Lambdas.class.getName()));
        String log = run(dir, cmd);
        assertTrue(log.contains("lambdas ran"), log);
        List<String> lambdas = log.lines().filter(l -> l.contains("WindowArchiveTest$Lambdas$$Lambda$")).toList();
        assertEquals(2, lambdas.size(), log);
        for (String lambda : lambdas) {
            assertTrue(lambda.endsWith("source: shared objects file"), "mapped, not spun: " + lambda);
        }
    }

    @Test
    void aDamagedClassListMakesNoArchiveAndIsNotTriedAgainSoTheStartGoesWithoutOne(@TempDir Path dir) throws Exception {
        Path jar = appJar(dir);
        // Cut short in a lambda's line (JDK 17 shrugs off a lambda line it cannot resolve, but not one it cannot read).
        List<String> damaged = List.of("org/repdesk/Main", "@lambda-proxy");
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cache"), "k", jar, damaged);
        assertFalse(archives.make(Kind.WINDOW, java()), "not made");
        assertNull(archives.usable(Kind.WINDOW), "the second JVM is given none");
        assertFalse(archives.mayMake(Kind.WINDOW), "not made again for this jar and Java");
        try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".jsa") || p.toString().endsWith(".new")).toList(),
                    "no archive or half archive left");
        }
    }

    /** The same path as a jar built without the list (the resource not there: no lines at all). */
    @Test
    void aClassListOfCommentsOnlyMakesNoWindowArchiveAndIsNotTriedAgain(@TempDir Path dir) throws Exception {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cache"), "k", appJar(dir), List.of("# nothing listed"));
        assertFalse(archives.make(Kind.WINDOW, java()));
        assertFalse(archives.mayMake(Kind.WINDOW));
    }

    /** A killed maker's half-made archive is its own (its dump may still be writing it), and the next maker removes it. */
    @Test
    void eachMakerWritesItsOwnHalfMadeArchiveAndRemovesThoseOfKilledMakers(@TempDir Path dir) throws Exception {
        Path jar = dir.toRealPath().resolve("app.jar"); // not read: no list to dump
        org.junit.jupiter.api.Assumptions.assumeTrue(ClassDataArchive.archivable(jar), "a path an archive can serve: " + jar);
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cache"), "k", jar, List.of("# nothing listed"));
        assertEquals("window-k.jsa." + ProcessHandle.current().pid() + ".new", archives.halfMade(Kind.WINDOW).getFileName().toString());
        Path killed = Files.write(Files.createDirectories(dir.resolve("cache")).resolve("window-k.jsa.999999999.new"), new byte[10]);
        Path killedLength = Files.write(dir.resolve("cache").resolve("window-k.jsa.length.new"), new byte[2]);
        assertFalse(archives.make(Kind.WINDOW, java()));
        assertFalse(Files.exists(killed), "a killed maker's half archive removed");
        assertFalse(Files.exists(killedLength), "and its half-written length");
    }

    /** Only a jar without the list is failed for good: a list the maker cannot write (a full disk) is tried again later. */
    @Test
    void aClassListTheMakerCannotWriteIsTriedAgainAtALaterStart(@TempDir Path dir) throws Exception {
        Path jar = dir.toRealPath().resolve("app.jar"); // not read: the list is written first
        org.junit.jupiter.api.Assumptions.assumeTrue(ClassDataArchive.archivable(jar), "a path an archive can serve: " + jar);
        // A lone surrogate: UTF-8's encoder refuses the write with an IOException, as a full disk would.
        List<String> unwritable = List.of("org/repdesk/Main", "org/repdesk/Main\uD800");
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cache"), "k", jar, unwritable);
        assertThrows(IOException.class, () -> archives.make(Kind.WINDOW, java()));
        assertTrue(archives.mayMake(Kind.WINDOW), "a later start makes it");
        assertNull(archives.usable(Kind.WINDOW));
        try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
            assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().equals(".lock")).toList(),
                    "nothing marked or half made");
        }
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Runs java with {@code args} to its end (exit 0), its output and error together. */
    private static String run(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java().toString()));
        cmd.addAll(args);
        Path out = Files.createTempFile(dir, "run", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String log = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(ended && p.exitValue() == 0, cmd + "\n" + log);
        return log;
    }

    /**
     * The app's classes (the folder holding Main) and {@link Lambdas} as one jar, its libraries linked beside it and
     * named by its manifest's Class-Path, relative as the JVM's archive needs them (a folder on the class path it
     * refuses: "Cannot have non-empty directory in paths").
     */
    private Path appJar(Path dir) throws IOException {
        Path real = dir.toRealPath();
        org.junit.jupiter.api.Assumptions.assumeTrue(ClassDataArchive.archivable(real.resolve("app.jar")), "a path an archive can serve: " + real);
        Path jar = real.resolve("app.jar");
        List<String> libraries = new ArrayList<>();
        Path classes = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                if (Files.exists(p.resolve(Main.class.getName().replace('.', '/') + ".class"))) {
                    classes = p;
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Path lib = Files.createDirectories(real.resolve("lib")).resolve(libraries.size() + "-" + p.getFileName());
                links.add(Files.createSymbolicLink(lib, p.toAbsolutePath()));
                libraries.add("lib/" + lib.getFileName());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", libraries));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            if (classes != null) {
                add(out, classes, classes);
            }
            Path tests = Path.of(Lambdas.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (String name : List.of("WindowArchiveTest$Lambdas.class")) {
                Path f = tests.resolve("org/repdesk").resolve(name);
                out.putNextEntry(new JarEntry("org/repdesk/" + name));
                Files.copy(f, out);
                out.closeEntry();
            }
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return jar;
    }

    private static void add(JarOutputStream out, Path root, Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(root.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
