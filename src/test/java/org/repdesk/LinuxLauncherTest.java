package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.testing.FakeInstalledApp;

/**
 * The .deb's launcher (packaging/linux/make-launcher.sh): a shell script made from jpackage's
 * RepDesk.cfg that starts the runtime's java with the arguments jpackage's own launcher gives it
 * (as its JPACKAGE_DEBUG trace lists them), without asking the package manager who owns it first.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {

    private static final List<String> CFG = FakeInstalledApp.CFG;

    @Test
    void theScriptStartsTheRuntimesJavaWithJpackagesArgumentsFromWhereverItIsLinkedFrom(@TempDir Path dir)
            throws IOException, InterruptedException {
        // An image whose "java" writes out its arguments, one a line.
        Path image = FakeInstalledApp.make(dir.resolve("opt with space/repdesk"), CFG);
        Path launcher = image.resolve("bin/RepDesk");
        Path link = Files.createDirectories(dir.resolve("usr/bin")).resolve("repdesk");
        Files.createSymbolicLink(link, launcher);

        String app = image.resolve("lib/app").toRealPath().toString();
        List<String> expected = List.of("-classpath", app + "/repdesk-app.jar:" + app + "/atlantafx-base-2.0.1.jar",
                "-Djpackage.app-version=0.2.0", "--add-reads=org.xerial.sqlitejdbc=ALL-UNNAMED", "-XX:+UseParallelGC",
                "-XX:SharedArchiveFile=" + app + "/../runtime/lib/server/classes.jsa:" + app + "/../repdesk-commands.jsa",
                "-Xlog:cds*=off", "-Djpackage.app-path=" + image.toRealPath().resolve("bin/RepDesk"), "org.repdesk.Main",
                "--db", "my cases.db", "$HOME", "*");
        assertEquals(expected, lines(run(List.of(link.toString(), "--db", "my cases.db", "$HOME", "*"), 0)));
        assertEquals(expected, lines(run(List.of(launcher.toString(), "--db", "my cases.db", "$HOME", "*"), 0)));
    }

    /**
     * Each start relocates the whole of its archive (postinst): the window starts with the window's, a command
     * with the commands'. A command is a word that is neither an option nor the value of --db or --lang, as
     * Cli.hasCommand reads the arguments.
     */
    @Test
    void theWindowMapsTheWindowsArchiveAndACommandTheCommands(@TempDir Path dir) throws IOException, InterruptedException {
        Path image = FakeInstalledApp.make(dir.resolve("repdesk"), CFG);
        String runtimes = "-XX:SharedArchiveFile=" + image.resolve("lib/app").toRealPath() + "/../runtime/lib/server/classes.jsa";
        for (List<String> window : List.of(List.<String>of(), List.of("--db", "brief.db"), List.of("--db=cases.db"),
                List.of("--lang", "cy", "--db", "x"), List.of("--version"))) {
            assertEquals(runtimes + ":" + image.resolve("lib/app").toRealPath() + "/../repdesk.jsa",
                    archivesOption(image, window), "the window's: " + window);
        }
        for (List<String> command : List.of(List.of("brief", "--out", "b.pdf"), List.of("--db", "x.db", "check"),
                List.of("--lang", "cy", "report", "caseload"), List.of("help"), List.of("--db", "x", "--lang", "en", "demo"))) {
            assertEquals(runtimes + ":" + image.resolve("lib/app").toRealPath() + "/../repdesk-commands.jsa",
                    archivesOption(image, command), "the commands': " + command);
        }
        // Each is named only while it is as recorded; the other is not taken in its place.
        Files.writeString(FakeInstalledApp.commandsArchive(image), "cut sho");
        assertEquals(runtimes, archivesOption(image, List.of("check")), "a damaged commands' archive is left out");
        assertTrue(archivesOption(image, List.of()).endsWith("/../repdesk.jsa"), "the window's is still named");
    }

    /**
     * JDK 17 does not start with a damaged top archive, -Xshare:auto or not (checked on 17.0.15 with the
     * installed app's: empty or garbage, "Unable to read header" / "Not a top shared archive", exit 1;
     * truncated, SIGBUS). The launcher names lib/repdesk.jsa only while it is as postinst recorded it.
     */
    @Test
    void aDamagedClassArchiveIsLeftOutAndTheAppStartsOnTheRuntimesAlone(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path image = FakeInstalledApp.make(dir.resolve("repdesk"), CFG);
        Path archive = FakeInstalledApp.archive(image);
        Path record = archive.resolveSibling("repdesk.jsa.cksum");
        byte[] whole = Files.readAllBytes(archive);
        String app = image.resolve("lib/app").toRealPath().toString();
        String both = "-XX:SharedArchiveFile=" + app + "/../runtime/lib/server/classes.jsa:" + app + "/../repdesk.jsa";
        String runtimes = "-XX:SharedArchiveFile=" + app + "/../runtime/lib/server/classes.jsa";
        assertEquals(both, archivesOption(image), "whole, as recorded");

        Map<String, Runnable> damage = new LinkedHashMap<>();
        damage.put("truncated", () -> write(archive, Arrays.copyOf(whole, whole.length - 3)));
        damage.put("empty", () -> write(archive, new byte[0]));
        byte[] garbage = whole.clone();
        Arrays.fill(garbage, (byte) '?');
        damage.put("garbage of the same length", () -> write(archive, garbage));
        byte[] oneByte = whole.clone();
        oneByte[oneByte.length / 2] ^= 1;
        damage.put("one byte changed", () -> write(archive, oneByte));
        damage.put("no record", () -> delete(record));
        damage.put("no archive", () -> delete(archive));
        for (Map.Entry<String, Runnable> d : damage.entrySet()) {
            write(archive, whole);
            FakeInstalledApp.record(image);
            d.getValue().run();
            assertEquals(runtimes, archivesOption(image), d.getKey());
        }
    }

    @Test
    void postinstMakesTheArchiveAndItsRecordAndPrermRemovesBoth(@TempDir Path dir) throws IOException, InterruptedException {
        // dpkg's DPKG_ROOT: the scripts work on dir/opt/repdesk, an app whose java does what postinst asks.
        Path image = FakeInstalledApp.make(dir.resolve("opt/repdesk"), CFG);
        Path archive = FakeInstalledApp.archive(image);
        Path record = archive.resolveSibling("repdesk.jsa.cksum");
        Path commands = FakeInstalledApp.commandsArchive(image);
        Files.delete(archive);
        Files.delete(record);
        Files.delete(commands);
        Files.delete(commands.resolveSibling("repdesk-commands.jsa.cksum"));

        script(dir, "postinst", "configure");
        assertTrue(Files.readString(archive).startsWith("classes of "), "the archive the launcher's java wrote at exit");
        assertTrue(Files.readAllLines(archive).contains("archive run true"), "the window's: the start-up classes");
        assertTrue(Files.readAllLines(commands).contains("archive run commands"), "the commands': the commands run");
        assertTrue(archivesOption(image, List.of("brief")).endsWith("/../repdesk-commands.jsa"), "named for a command");
        for (Path made : List.of(archive, commands)) {
            // The archive run's demo file and documents go to a temp folder of postinst's own, removed afterwards.
            Path temp = Path.of(Files.readAllLines(made).stream().filter(line -> line.startsWith("temp folder "))
                    .findFirst().orElseThrow(() -> new AssertionError("the archive run was given no temp folder")).substring(12));
            assertNotEquals(Path.of(System.getProperty("java.io.tmpdir")), temp, "not the system's temp folder itself");
            assertTrue(Files.notExists(temp), "postinst removed the archive run's temp folder " + temp);
        }
        assertTrue(archivesOption(image).endsWith("/../repdesk.jsa"), "named by the launcher: " + archivesOption(image));
        Files.writeString(archive, "cut sho");
        assertTrue(archivesOption(image).endsWith("/classes.jsa"), "left out once damaged: " + archivesOption(image));

        script(dir, "postinst", "configure"); // dpkg-reconfigure makes it again
        assertTrue(archivesOption(image).endsWith("/../repdesk.jsa"), "made again: " + archivesOption(image));
        script(dir, "prerm", "remove");
        try (java.util.stream.Stream<Path> left = Files.list(archive.getParent())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("repdesk")
                    && p.getFileName().toString().contains(".jsa")).toList(), "prerm leaves no archive and no record");
        }
    }

    @Test
    void postrmRemovesBothArchivesAndTheirRecordsShouldPrermNotHaveRun(@TempDir Path dir) throws IOException, InterruptedException {
        Path image = FakeInstalledApp.make(dir.resolve("opt/repdesk"), CFG);
        Path lib = FakeInstalledApp.archive(image).getParent();
        for (String name : List.of("repdesk", "repdesk-commands")) {
            for (String end : List.of(".jsa", ".jsa.new", ".jsa.cksum", ".jsa.cksum.new")) {
                Files.writeString(lib.resolve(name + end), "left by postinst");
            }
        }
        script(dir, "postrm", "abort-install");
        try (java.util.stream.Stream<Path> left = Files.list(lib)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".jsa")).toList(),
                    "postrm leaves no archive, record or half-made one");
        }
    }

    @Test
    void anOptionTheScriptCouldNotQuoteStopsTheBuild(@TempDir Path dir) throws IOException, InterruptedException {
        Path cfg = dir.resolve("RepDesk.cfg");
        Files.writeString(cfg, String.join("\n", CFG) + "\njava-options=-Dsay=\"$(rm -rf ~)\"\n");
        run(List.of("sh", "packaging/linux/make-launcher.sh", cfg.toString()), 1);
    }

    /** The -XX:SharedArchiveFile option the launcher gives java now, started with no arguments (the window). */
    private static String archivesOption(Path image) throws IOException, InterruptedException {
        return archivesOption(image, List.of());
    }

    /** The -XX:SharedArchiveFile option the launcher gives java now, started with {@code args}. */
    private static String archivesOption(Path image, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/RepDesk").toString()));
        command.addAll(args);
        return lines(run(command, 0)).stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow();
    }

    private static void script(Path root, String name, String action) throws IOException, InterruptedException {
        Path script = Path.of("packaging/linux/scripts", name);
        // Never run one that would work on this machine's /opt/repdesk (an installed RepDesk) instead.
        assertTrue(Files.readString(script).contains("${DPKG_ROOT:-}/opt/repdesk"), script + " honours DPKG_ROOT");
        ProcessBuilder pb = new ProcessBuilder("sh", script.toString(), action)
                .redirectErrorStream(true);
        pb.environment().put("DPKG_ROOT", root.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " ended");
        assertEquals(0, p.exitValue(), out);
        assertEquals("", out, name + " says nothing when all goes well");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> lines(String out) {
        return new ArrayList<>(out.lines().toList());
    }

    private static String run(List<String> command, int exit) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ended: " + command);
        if (exit == 0) {
            assertEquals(0, p.exitValue(), out);
        } else {
            assertNotEquals(0, p.exitValue(), out);
        }
        return out;
    }
}
