package org.repdesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.repdesk.i18n.Messages;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file that holds members' data: readable by its owner only, written whole or not at all.
 * A temp file beside the target is forced to disk and moved into place, so a failure (a full disk)
 * never leaves half a file and never clobbers the previous one.
 */
public final class OwnerOnlyFile {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFile() {
    }

    public static void write(Path out, Content content) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(Messages.text("file.noFolder", Map.of("folder", String.valueOf(folder))));
        }
        if (Files.isDirectory(target)) {
            throw new IOException(Messages.text("file.isFolder", Map.of("file", target.toString())));
        }
        // createTempFile makes the file rw------- on POSIX from the start.
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream stream = Channels.newOutputStream(channel)) {
                content.writeTo(stream);
                stream.flush();
                channel.force(true);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
