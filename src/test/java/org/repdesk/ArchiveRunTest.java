package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb's postinst runs the installed launcher twice with -XX:ArchiveClassesAtExit
 * (packaging/linux/scripts/postinst): with {@code -Drepdesk.archiveRun=true} it must load the start-up classes
 * (the window's archive), with {@code =commands} run the commands a rep runs over a demo file of its own
 * (cli.ClassArchiveRun) and leave no file behind; either way with no display, opening no window, and exit 0
 * through System.exit, so the JVM writes the class-data archive.
 */
class ArchiveRunTest {

    @Test
    void theWindowsArchiveRunLoadsTheStartUpClassesWithNoDisplayAndTheJvmWritesThemAtItsExit(@TempDir Path dir)
            throws IOException, InterruptedException {
        Run run = archiveRun(dir, "true");
        Matcher loaded = Pattern.compile("repdesk: (\\d+) start-up classes loaded").matcher(run.said);
        assertTrue(loaded.find(), run.said);
        assertTrue(Integer.parseInt(loaded.group(1)) > 1000, run.said);
        assertFalse(run.said.contains("commands run"), "the window's archive holds no command's classes: " + run.said);
        assertFalse(run.loaded("com.openhtmltopdf.pdfboxout.PdfRendererBuilder"), "no PDF classes in the window's archive");
        assertTrue(Files.size(run.archive) > 1_000_000, "the JVM wrote the classes at exit: " + Files.size(run.archive) + " bytes");
    }

    @Test
    void theCommandsArchiveRunRunsTheCommandsOverADemoFileAndLeavesNothingBehind(@TempDir Path dir)
            throws IOException, InterruptedException {
        Run run = archiveRun(dir, Main.COMMANDS);
        // Every command ran over the demo file, and the casebook login's classes were loaded from their list.
        Matcher ran = Pattern.compile("repdesk: (\\d+) commands run \\(0 failed\\), (\\d+) casebook classes loaded").matcher(run.said);
        assertTrue(ran.find(), run.said);
        assertTrue(Integer.parseInt(ran.group(1)) >= 20, run.said);
        assertTrue(Integer.parseInt(ran.group(2)) > 200, run.said);
        // The documents' and exports' libraries, and the PostgreSQL driver, are among the classes archived.
        for (String name : List.of("com.openhtmltopdf.pdfboxout.PdfRendererBuilder", "org.apache.pdfbox.pdmodel.PDDocument",
                "org.dhatim.fastexcel.Workbook", "com.fasterxml.jackson.databind.ObjectWriter",
                "org.repdesk.report.CaseloadHtml", "org.repdesk.service.CalendarExport", "org.repdesk.service.FileCheck",
                "org.postgresql.Driver", "org.postgresql.core.v3.ConnectionFactoryImpl")) {
            assertTrue(run.loaded(name), name + " was loaded by the archive run");
        }
        assertTrue(Files.size(run.archive) > 1_000_000, "the JVM wrote the classes at exit: " + Files.size(run.archive) + " bytes");
        // Nothing left behind: no demo file, documents, SQLite library or logs in the temp folder or the home
        // (but the JDK's own font cache, .java, which postinst's $work takes with the rest).
        try (Stream<Path> left = Stream.concat(Files.list(dir.resolve("tmp")), Files.list(dir.resolve("home"))
                .filter(p -> !p.getFileName().toString().equals(".java")))) {
            assertEquals(List.of(), left.toList(), "the archive run left files behind");
        }
    }

    /** What an archive run printed (its class+load log apart) and loaded, and the archive the JVM wrote. */
    private record Run(String said, String log, Path archive) {
        boolean loaded(String name) {
            return log.contains("[class,load] " + name + " source: ");
        }
    }

    /** The archive run with -Drepdesk.archiveRun={@code value}, as postinst starts it: no display, a home and temp folder in {@code dir}. */
    private static Run archiveRun(Path dir, String value) throws IOException, InterruptedException {
        Path archive = dir.resolve("repdesk.jsa");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-D" + Main.ARCHIVE_RUN + "=" + value, "-Djava.io.tmpdir=" + temp,
                "-Duser.home=" + home, "-Xlog:class+load=info", "-cp", jarsOnly(dir), Main.class.getName()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().keySet().removeIf(name -> name.startsWith("XDG_"));
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        // Its output to a file, so a run that hangs fails the test at the wait rather than holding it.
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the archive run ended");
        String out = Files.readString(dir.resolve("run.log"), StandardCharsets.UTF_8);
        String said = out.lines().filter(line -> !line.startsWith("[")).collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(0, p.exitValue(), said);
        return new Run(said, out, archive);
    }

    /**
     * The test's class path with its folders of classes as one jar, as installed (a JVM archives no class
     * from a folder: "Cannot have non-empty directory in paths"). The test classes are left out.
     */
    private static String jarsOnly(Path dir) throws IOException {
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                path.add(entry);
            } else if (Files.exists(p.resolve(Main.class.getName().replace('.', '/') + ".class"))) {
                Path jar = dir.resolve("repdesk-app.jar");
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        out.putNextEntry(new JarEntry(p.relativize(f).toString().replace(File.separatorChar, '/')));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
                path.add(0, jar.toString());
            }
        }
        return String.join(File.pathSeparator, path);
    }
}
