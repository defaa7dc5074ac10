package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's native library is unpacked once into RepDesk's cache folder, and unpacked again when that copy is damaged. */
class NativeLibraryTest {

    @TempDir
    Path cache;
    private String path;
    private String name;
    private String temp;

    @BeforeEach
    void clearTheDriversSettings() {
        path = System.clearProperty(NativeLibrary.PATH_PROPERTY);
        name = System.clearProperty(NativeLibrary.NAME_PROPERTY);
        temp = System.clearProperty(NativeLibrary.TEMP_PROPERTY);
    }

    @AfterEach
    void restoreThem() {
        restore(NativeLibrary.PATH_PROPERTY, path);
        restore(NativeLibrary.NAME_PROPERTY, name);
        restore(NativeLibrary.TEMP_PROPERTY, temp);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static byte[] fromTheJar() throws Exception {
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream("/org/sqlite/native/"
                + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc"))) {
            return in.readAllBytes();
        }
    }

    private Path theCopy() throws Exception {
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> libraries = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(NativeLibrary.PLATFORM)).toList();
            assertEquals(1, libraries.size(), "one library, no part files left: " + libraries);
            return libraries.get(0);
        }
    }

    @Test
    void theLibraryIsUnpackedOnceAndTheDriverToldWhereItIs() throws Exception {
        NativeLibrary.useCopyIn(cache);
        Path copy = theCopy();
        assertArrayEquals(fromTheJar(), Files.readAllBytes(copy));
        assertEquals(copy.getParent().toString(), System.getProperty(NativeLibrary.PATH_PROPERTY));
        assertEquals(copy.getFileName().toString(), System.getProperty(NativeLibrary.NAME_PROPERTY));
        // The driver looks for leftovers of its own in a folder of ours, not the system's temp folder.
        assertEquals(cache.resolve(NativeLibrary.DRIVER_TEMP).toString(), System.getProperty(NativeLibrary.TEMP_PROPERTY));
        assertTrue(Files.isDirectory(cache.resolve(NativeLibrary.DRIVER_TEMP)));

        // The next start finds it whole and leaves it be.
        FileTime then = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, then);
        System.clearProperty(NativeLibrary.PATH_PROPERTY);
        NativeLibrary.useCopyIn(cache);
        assertEquals(then, Files.getLastModifiedTime(theCopy()));
        assertEquals(copy.getParent().toString(), System.getProperty(NativeLibrary.PATH_PROPERTY));
    }

    @Test
    void theNextStartFindsThePlatformRememberedWithoutAskingTheDriver() throws Exception {
        NativeLibrary.useCopyIn(cache);
        assertEquals(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS(),
                Files.readString(cache.resolve(NativeLibrary.PLATFORM)));
        String found = System.getProperty(NativeLibrary.PATH_PROPERTY);

        // The next start uses what it reads (here another platform's library, to tell), and one the jar has
        // no library for is asked again and mended.
        Files.writeString(cache.resolve(NativeLibrary.PLATFORM), "Linux-Musl/x86_64");
        System.clearProperty(NativeLibrary.PATH_PROPERTY);
        NativeLibrary.useCopyIn(cache);
        assertTrue(!found.equals(System.getProperty(NativeLibrary.PATH_PROPERTY)), "the remembered platform's copy");
        Files.writeString(cache.resolve(NativeLibrary.PLATFORM), "Nowhere/none");
        System.clearProperty(NativeLibrary.PATH_PROPERTY);
        NativeLibrary.useCopyIn(cache);
        assertEquals(found, System.getProperty(NativeLibrary.PATH_PROPERTY));
        assertEquals(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS(),
                Files.readString(cache.resolve(NativeLibrary.PLATFORM)));
    }

    @Test
    void fromTheInstallersRuntimeImageTheLibraryIsKeptTooNotLeftToTheDriver() throws Exception {
        // In the installed app the driver is a module of the runtime image and its library a jrt: resource,
        // not a jar entry; any URL but a jar's takes this way (a file here, as jrt: cannot be made in a test).
        Path source = Files.createDirectories(cache.resolve("image")).resolve("lib.so");
        Files.write(source, fromTheJar());
        Path kept = cache.resolve("kept");
        String name = System.mapLibraryName("sqlitejdbc");

        Path dir = NativeLibrary.keptCopy(source.toUri().toURL(), () -> Files.newInputStream(source), kept, name);
        assertArrayEquals(fromTheJar(), Files.readAllBytes(dir.resolve(name)));
        FileTime then = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(dir.resolve(name), then);

        // The next start finds it whole and leaves it be; a changed library (a new runtime) gets a folder of its own.
        assertEquals(dir, NativeLibrary.keptCopy(source.toUri().toURL(), () -> Files.newInputStream(source), kept, name));
        assertEquals(then, Files.getLastModifiedTime(dir.resolve(name)));
        byte[] other = fromTheJar();
        other[0] ^= 0x01;
        Files.write(source, other);
        Path newer = NativeLibrary.keptCopy(source.toUri().toURL(), () -> Files.newInputStream(source), kept, name);
        assertTrue(!newer.equals(dir));
        assertArrayEquals(other, Files.readAllBytes(newer.resolve(name)));
    }

    @Test
    void aDamagedCopyIsUnpackedAgain() throws Exception {
        NativeLibrary.useCopyIn(cache);
        Path copy = theCopy();
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 0x5a; // same size, one byte changed
        Files.write(copy, bytes);
        System.clearProperty(NativeLibrary.PATH_PROPERTY);

        NativeLibrary.useCopyIn(cache);
        assertArrayEquals(fromTheJar(), Files.readAllBytes(theCopy()));
    }

    @Test
    void whereTheFolderCannotBeWrittenTheDriverUnpacksItAsBefore() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("a-file"), "not a folder");
        NativeLibrary.useCopyIn(notAFolder);
        assertEquals(null, System.getProperty(NativeLibrary.PATH_PROPERTY));
        assertEquals(null, System.getProperty(NativeLibrary.TEMP_PROPERTY));
        assertTrue(Files.isRegularFile(notAFolder));
    }
}
