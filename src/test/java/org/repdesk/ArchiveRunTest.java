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
 * classes, open no window and exit 0 through System.exit, so the JVM writes the app's class-data archive.
 */
class ArchiveRunTest {

    @Test
    void theArchiveRunLoadsTheStartUpClassesWithNoDisplayAndTheJvmWritesThemAtItsExit(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path archive = dir.resolve("repdesk.jsa");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-D" + Main.ARCHIVE_RUN + "=true",
                "-cp", jarsOnly(dir), Main.class.getName()))
                .redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the archive run ended");
        assertEquals(0, p.exitValue(), out);
        Matcher loaded = Pattern.compile("repdesk: (\\d+) start-up classes loaded").matcher(out);
        assertTrue(loaded.find(), out);
        assertTrue(Integer.parseInt(loaded.group(1)) > 1000, out);
        assertTrue(Files.size(archive) > 1_000_000, "the JVM wrote the classes at exit: " + Files.size(archive) + " bytes");
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
