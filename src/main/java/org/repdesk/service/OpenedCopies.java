package org.repdesk.service;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.repdesk.model.CaseDocument;

/**
 * Copies of documents handed to the system's own application (a PDF reader, Word): the only place
 * a document leaves the data file without the rep choosing where. Each copy is owner-only (0600)
 * in an owner-only folder of its own under RepDesk's cache, keeping the file's name; all are
 * removed when RepDesk closes (any left by a crash, at the next close).
 */
public final class OpenedCopies {

    private static final Logger LOG = Logger.getLogger(OpenedCopies.class.getName());
    private final Path folder;

    public OpenedCopies(Path folder) {
        this.folder = folder;
    }

    /** The copies' folder under RepDesk's cache folder. */
    public static OpenedCopies inCache() {
        return new OpenedCopies(DataLocation.cacheFolder().resolve("opened-documents"));
    }

    /** Writes a copy to hand to another application and gives its path. */
    public Path copy(CaseDocument d, byte[] bytes) throws IOException {
        ownerOnlyFolder(folder);
        Path own = folder.resolve(UUID.randomUUID().toString().substring(0, 8));
        ownerOnlyFolder(own);
        String name = d.fileName().replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_");
        Path copy = own.resolve(name.isBlank() || name.startsWith(".") ? "document." + d.format().ending() : name);
        OwnerOnlyFile.write(copy, out -> out.write(bytes));
        return copy;
    }

    /** Removes every copy; a copy another program still holds open is removed next time. */
    public void removeAll() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "a copy could not be removed yet", e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove opened copies", e);
        }
    }

    private static void ownerOnlyFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir.getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(dir);
        }
    }
}
