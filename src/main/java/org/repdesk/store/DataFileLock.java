package org.repdesk.store;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps a second RepDesk off a data file that one is already using. SQLite would let both write,
 * each showing stale lists; an exclusive OS lock on {@code <file>.lock} stops the second at the
 * door. The OS drops the lock when the process dies (even on SIGKILL), so no stale lock survives.
 */
public final class DataFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * No lock: for a second connection inside the process that already holds the file's lock
     * (the start-of-day check reads beside the app's own connection).
     */
    static DataFileLock heldElsewhere() {
        return new DataFileLock(null, null);
    }

    /** The lock file beside the data file. */
    public static Path lockFileOf(Path dataFile) {
        Path d = dataFile.toAbsolutePath();
        return d.resolveSibling(d.getFileName() + ".lock");
    }

    /** Takes the lock, or says who holds the file; never waits. */
    public static DataFileLock acquire(Path dataFile) {
        Path lockFile = lockFileOf(dataFile);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    ownerOnly(lockFile));
        } catch (AccessDeniedException e) {
            throw readOnly(dataFile, e);
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
            if (reason.contains("read-only") || reason.contains("permission")) {
                throw readOnly(dataFile, e);
            }
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.cannotOpen",
                    Map.of("file", lockFile.toString(), "reason", String.valueOf(e.getMessage()))), e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.cannotOpen",
                    Map.of("file", lockFile.toString(), "reason", String.valueOf(e.getMessage()))), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw inUse(dataFile);
            }
            return new DataFileLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(dataFile); // this very process has it open already
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.cannotLock",
                    Map.of("file", lockFile.toString(), "reason", String.valueOf(e.getMessage()))), e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    static StoreException inUse(Path dataFile) {
        return new StoreException(StoreException.Kind.BUSY, Messages.text("store.inUse",
                Map.of("file", dataFile.toAbsolutePath().toString())));
    }

    static StoreException readOnly(Path dataFile, Exception cause) {
        Path folder = dataFile.toAbsolutePath().getParent();
        return new StoreException(StoreException.Kind.READ_ONLY, Messages.text("store.folderReadOnly",
                Map.of("folder", String.valueOf(folder), "file", String.valueOf(dataFile.getFileName()))), cause);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(DataFileLock.class.getName()).log(java.util.logging.Level.FINE,
                    "closing the lock file", e);
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return; // heldElsewhere: nothing of ours to release
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(DataFileLock.class.getName()).log(java.util.logging.Level.FINE,
                    "releasing the lock file", e);
        } finally {
            closeQuietly(channel);
        }
    }
}
