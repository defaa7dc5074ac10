package org.repdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The SQLite driver's native library, kept unpacked in a folder of RepDesk's own. Left to itself
 * the driver unpacks it from its jar into the temp folder at every start and reads both copies back
 * to compare them: about 100 ms of a core at start-up (issue 6). Here it is unpacked once per
 * driver build, checked against the jar entry's CRC at each start (about 1 ms for 1.1 MB), and the
 * driver is told where it is. Any problem leaves the driver to unpack it as before.
 */
final class NativeLibrary {

    private static final Logger LOG = Logger.getLogger(NativeLibrary.class.getName());
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    static final String TEMP_PROPERTY = "org.sqlite.tmpdir";
    /** Beside the copies: the driver's own temp folder ({@link #TEMP_PROPERTY}). */
    static final String DRIVER_TEMP = "driver-temp";
    /** Beside the copies: the driver's name for this platform, remembered ({@link #rememberedPlatform}). */
    static final String PLATFORM = "platform";

    private NativeLibrary() {
    }

    /** Points the driver at the copy in {@code folder}, unpacking it first when it is missing or differs. */
    static void useCopyIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // chosen by whoever started RepDesk
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            String platform = rememberedPlatform(folder);
            boolean remembered = platform != null;
            if (!remembered) {
                platform = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
            }
            URL url = org.sqlite.JDBC.class.getResource("/org/sqlite/native/" + platform + "/" + name);
            if (url == null && remembered) { // remembered wrongly: asked again
                remembered = false;
                platform = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
                url = org.sqlite.JDBC.class.getResource("/org/sqlite/native/" + platform + "/" + name);
            }
            if (url == null) {
                return;
            }
            String resource = "/org/sqlite/native/" + platform + "/" + name;
            Path dir = keptCopy(url, () -> org.sqlite.JDBC.class.getResourceAsStream(resource), folder, name);
            if (System.getProperty(TEMP_PROPERTY) == null) {
                // At its first load the driver lists its temp folder for copies earlier starts left there,
                // even when told where the library is: a folder of its own, not the system's (a shared
                // /tmp of hundreds of entries took 0.1 s at a load of 20).
                Path temp = Files.createDirectories(folder.resolve(DRIVER_TEMP));
                System.setProperty(TEMP_PROPERTY, temp.toString());
            }
            System.setProperty(PATH_PROPERTY, dir.toString());
            System.setProperty(NAME_PROPERTY, name);
            if (!remembered) {
                Files.writeString(folder.resolve(PLATFORM), platform, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "the SQLite library is unpacked by the driver", e);
        }
    }

    /**
     * The driver's name for this computer's platform ("Linux/x86_64") as an earlier start found it, or
     * null. Asking the driver's OSInfo runs {@code uname -o} in a new process and lists
     * /proc/self/map_files (is the C library musl?): 31-44 ms of the opening thread's CPU and ~160 ms
     * of its time before the file can open, at every start (issue 21). If the folder moved to a
     * computer the remembered library does not load on, the driver finds and unpacks its own as before.
     */
    private static String rememberedPlatform(Path folder) {
        try {
            String platform = Files.readString(folder.resolve(PLATFORM), StandardCharsets.UTF_8).strip();
            return platform.isEmpty() || platform.contains("..") ? null : platform;
        } catch (IOException | RuntimeException e) {
            return null; // the first start, or unreadable: asked again
        }
    }

    static boolean matches(Path library, long size, long crc) throws IOException {
        return Files.isRegularFile(library) && Files.size(library) == size && crcOf(library) == crc;
    }

    private static long crcOf(Path file) throws IOException {
        return crcOf(Files.readAllBytes(file));
    }

    /**
     * The library's copy in {@code folder}, unpacked first when missing or different. From a jar its
     * size and CRC are in the jar's directory; from anywhere else (the installers' runtime image, where
     * the driver is a module and the library a {@code jrt:} resource) it is read whole, about 2 ms for
     * 1.1 MB: left to the driver, every start of the installed app unpacked it into the temp folder
     * again, asked {@code uname} twice, and left the copy behind whenever the app did not end normally.
     */
    static Path keptCopy(URL url, Source source, Path folder, String name) throws IOException {
        int bang = url.getFile().indexOf("!/");
        if ("jar".equals(url.getProtocol()) && bang >= 0) {
            Path jarFile = Path.of(java.net.URI.create(url.getFile().substring(0, bang)));
            try (ZipFile jar = new ZipFile(jarFile.toFile())) {
                ZipEntry entry = jar.getEntry(url.getFile().substring(bang + 2));
                if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
                    throw new IOException("no size or CRC for " + url);
                }
                Path dir = folder.resolve(dirName(entry.getCrc()));
                Path library = dir.resolve(name);
                if (!matches(library, entry.getSize(), entry.getCrc())) {
                    byte[] bytes;
                    try (InputStream in = jar.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    unpack(bytes, entry.getSize(), entry.getCrc(), dir, library);
                }
                return dir;
            }
        }
        byte[] bytes;
        try (InputStream in = source.open()) {
            if (in == null) {
                throw new IOException("cannot read " + url);
            }
            bytes = in.readAllBytes();
        }
        long crc = crcOf(bytes);
        Path dir = folder.resolve(dirName(crc));
        Path library = dir.resolve(name);
        if (!matches(library, bytes.length, crc)) {
            unpack(bytes, bytes.length, crc, dir, library);
        }
        return dir;
    }

    /** The library's bytes where they are not a jar entry (read through the class loader: RepDesk opens no URL). */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    private static String dirName(long crc) {
        return "sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-" + Long.toHexString(crc);
    }

    private static long crcOf(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Into a new file beside it, checked, then moved into place: another RepDesk starting at once sees the old file or the new. */
    private static void unpack(byte[] bytes, long size, long crc, Path dir, Path library) throws IOException {
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, "unpacking-", ".part");
        try {
            Files.write(part, bytes);
            if (!matches(part, size, crc)) {
                throw new IOException("the unpacked SQLite library does not match its source");
            }
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
