package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The .deb's postinst runs the installed launcher once with {@code -Drepdesk.archiveRun=true} and
 * -XX:ArchiveClassesAtExit (packaging/linux/scripts/postinst): with no display, it must load the start-up
 * classes, run the commands a rep runs over a demo file of its own (cli.ClassArchiveRun), leave no file
 * behind, open no window and exit 0 through System.exit, so the JVM writes the app's class-data archive.
 */
class ArchiveRunTest {

    @Test
    void theArchiveRunLoadsTheStartUpClassesAndRunsTheCommandsWithNoDisplayAndTheJvmWritesThemAtItsExit(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path archive = dir.resolve("repdesk.jsa");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-D" + Main.ARCHIVE_RUN + "=true", "-Djava.io.tmpdir=" + temp,
                "-Xlog:class+load=info", "-cp", jarsOnly(dir), Main.class.getName()))
                .redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().keySet().removeIf(name -> name.startsWith("XDG_"));
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the archive run ended");
        String said = out.lines().filter(line -> !line.startsWith("[")).collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(0, p.exitValue(), said);
        Matcher loaded = Pattern.compile("repdesk: (\\d+) start-up classes loaded").matcher(said);
        assertTrue(loaded.find(), said);
        assertTrue(Integer.parseInt(loaded.group(1)) > 1000, said);
        // Every command ran over the demo file, and the casebook login's classes were loaded from their list.
        Matcher ran = Pattern.compile("repdesk: (\\d+) commands run \\(0 failed\\), (\\d+) casebook classes loaded").matcher(said);
        assertTrue(ran.find(), said);
        assertTrue(Integer.parseInt(ran.group(1)) >= 20, said);
        assertTrue(Integer.parseInt(ran.group(2)) > 200, said);
        // The documents' and exports' libraries, and the PostgreSQL driver, are among the classes archived.
        for (String name : List.of("com.openhtmltopdf.pdfboxout.PdfRendererBuilder", "org.apache.pdfbox.pdmodel.PDDocument",
                "org.dhatim.fastexcel.Workbook", "com.fasterxml.jackson.databind.ObjectWriter",
                "org.repdesk.report.CaseloadHtml", "org.repdesk.service.CalendarExport", "org.repdesk.service.FileCheck",
                "org.postgresql.Driver", "org.postgresql.core.v3.ConnectionFactoryImpl")) {
            assertTrue(out.contains("[class,load] " + name + " source: "), name + " was loaded by the archive run");
        }
        assertTrue(Files.size(archive) > 1_000_000, "the JVM wrote the classes at exit: " + Files.size(archive) + " bytes");
        // Nothing left behind: no demo file, documents, SQLite library or logs in the temp folder or the home.
        try (Stream<Path> left = Stream.concat(Files.list(temp), Files.list(home))) {
            assertEquals(List.of(), left.toList(), "the archive run left files behind");
        }
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
