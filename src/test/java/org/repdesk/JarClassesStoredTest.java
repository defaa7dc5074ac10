package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's last step on repdesk.jar (src/build/StoreClasses.java, run by pom.xml after the shade
 * plugin): classes stored, so the app started from the jar inflates none of them (issue 21); every
 * other entry deflated as before, every entry's bytes and the order unchanged.
 */
class JarClassesStoredTest {

    @Test
    void theClassesAreStoredAndEverythingElseIsKeptAsItWas(@TempDir Path dir) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: a.B\n".getBytes(StandardCharsets.UTF_8));
        entries.put("a/", new byte[0]);
        entries.put("a/B.class", String.join("", Collections.nCopies(200, "cafebabe")).getBytes(StandardCharsets.US_ASCII));
        entries.put("a/words.properties", String.join("\n", Collections.nCopies(200, "key=value")).getBytes(StandardCharsets.UTF_8));
        entries.put("a/empty.txt", new byte[0]);
        Path jar = dir.resolve("app.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("src", "build", "StoreClasses.java").toAbsolutePath().toString(), jar.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), said);
        assertEquals(0, p.exitValue(), said);

        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                names.add(e.getName());
                assertArrayEquals(entries.get(e.getName()), z.getInputStream(e).readAllBytes(), e.getName());
            }
            assertEquals(ZipEntry.STORED, z.getEntry("a/B.class").getMethod());
            assertEquals(ZipEntry.DEFLATED, z.getEntry("a/words.properties").getMethod());
            assertEquals(ZipEntry.DEFLATED, z.getEntry("META-INF/MANIFEST.MF").getMethod());
        }
        assertEquals(List.copyOf(entries.keySet()), names);
    }
}
