package org.repdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one SQLite file behind RepDesk. One connection, serialised by a lock: a desktop app has one
 * writer, and SQLite is fastest that way. {@link #write} runs a transaction; a write inside a write
 * joins the outer transaction, so a service can compose repository calls atomically.
 */
public final class Database implements AutoCloseable {

    /** PRAGMA application_id for RepDesk files ("RepD"), so a foreign SQLite file is recognised. */
    public static final int APPLICATION_ID = 0x52657044;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final Connection connection;
    private final DataFileLock fileLock;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;

    /** Work against the connection that may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(Path file, Connection connection, DataFileLock fileLock) {
        this.file = file;
        this.connection = connection;
        this.fileLock = fileLock;
    }

    /**
     * Opens (or creates) the data file and brings its schema up to date. A file that is not
     * RepDesk's, or is from a newer version, or already in use by another RepDesk, is refused
     * untouched. A file with data is snapshotted into {@code backups/} before it is migrated.
     */
    public static Database open(Path file) {
        return open(file, true);
    }

    /**
     * Opens a copy being checked (e.g. a backup before it is restored): the same checks and
     * migrations, but no snapshot of the copy is taken.
     */
    public static Database openCopy(Path file) {
        return open(file, false);
    }

    private static Database open(Path file, boolean snapshotBeforeMigrating) {
        Path absolute = file.toAbsolutePath();
        refuseForeignHeader(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY,
                    "Cannot create the folder " + absolute.getParent() + ": " + e.getMessage(), e);
        }
        DataFileLock fileLock = DataFileLock.acquire(absolute);
        Connection connection;
        try {
            ownerOnly(absolute);
            connection = connect(absolute);
        } catch (RuntimeException e) {
            fileLock.close();
            throw e;
        }
        Database db = new Database(absolute, connection, fileLock);
        try {
            int version = db.checkIdentity();
            db.runOutsideTransaction("PRAGMA journal_mode = WAL");
            if (snapshotBeforeMigrating && version > 0 && version < Migrations.latestVersion()) {
                new BackupFolder(absolute).snapshot(db, BackupFolder.Kind.BEFORE_MIGRATION, java.time.LocalDateTime.now());
            }
            Migrations.apply(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void refuseForeignHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(StoreException.Kind.FOREIGN_FILE,
                        file + " is not a RepDesk data file (it is not an SQLite database). It was left untouched.");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file holds special category data: on POSIX systems it is readable by its owner only. A new
     * file is created so before SQLite opens it (SQLite gives the -wal and -shm files the same
     * permissions); an existing file readable by others is tightened.
     */
    private static void ownerOnly(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(perms));
            } else if (Files.isWritable(file) && !Files.getPosixFilePermissions(file).equals(perms)) {
                Files.setPosixFilePermissions(file, perms);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot restrict the data file's permissions", e);
        }
    }

    private static Connection connect(Path file) {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        // journal_mode=WAL is set only after checkIdentity: switching it rewrites the file header,
        // and a foreign or newer file must be left byte for byte as it was.
        // FULL: a commit the rep saw is on disk even after a power cut, not only after a crash.
        props.setProperty("synchronous", "FULL");
        props.setProperty("busy_timeout", "3000");
        // Deleted rows are overwritten with zeros, so data removed under the retention policy is gone from the file.
        props.setProperty("secure_delete", "true");
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file, props);
        } catch (SQLException e) {
            throw translate(e, "open " + file);
        }
    }

    /** Refuses a foreign or newer file; returns its data version (0 for a new, empty file). */
    private int checkIdentity() {
        return read(c -> {
            try (Statement st = c.createStatement()) {
                int appId = intPragma(st, "application_id");
                int version = intPragma(st, "user_version");
                boolean hasTables;
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                    hasTables = rs.next() && rs.getInt(1) > 0;
                }
                if (appId != APPLICATION_ID && (hasTables || version != 0)) {
                    throw new StoreException(StoreException.Kind.FOREIGN_FILE, file
                            + " is an SQLite database but not a RepDesk data file. It was left untouched.");
                }
                if (version > Migrations.latestVersion()) {
                    throw new StoreException(StoreException.Kind.NEWER_VERSION, file
                            + " was written by a newer version of RepDesk (data version " + version
                            + "; this version reads up to " + Migrations.latestVersion()
                            + "). Install the newer RepDesk to open it; the file was left untouched.");
                }
                return version;
            }
        });
    }

    static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work under the connection lock. */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, "read the data file");
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in a transaction (or inside the caller's, when nested): all of it is saved or none. */
    public <T> T write(Work<T> work) {
        lock.lock();
        try {
            if (depth > 0) {
                depth++;
                try {
                    return work.run(connection);
                } finally {
                    depth--;
                }
            }
            return outermostTransaction(work);
        } catch (SQLException e) {
            throw translate(e, "save to the data file");
        } finally {
            lock.unlock();
        }
    }

    private <T> T outermostTransaction(Work<T> work) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // xerial runs in autocommit; BEGIN IMMEDIATE takes the write lock up front so a busy
            // file fails here, before any work, rather than at COMMIT.
            st.execute("BEGIN IMMEDIATE");
        }
        depth = 1;
        boolean committed = false;
        try {
            T result = work.run(connection);
            try (Statement st = connection.createStatement()) {
                st.execute("COMMIT");
            }
            committed = true;
            return result;
        } finally {
            depth = 0;
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    private void rollbackQuietly() {
        try (Statement st = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            } else {
                st.execute("ROLLBACK");
            }
        } catch (SQLException e) {
            // No transaction left to roll back (SQLite already ended it on a fatal error).
            LOG.log(Level.FINE, "rollback after failure", e);
        }
    }

    /** Runs a statement outside any transaction (VACUUM, backup, checkpoint). */
    public void runOutsideTransaction(String sql) {
        read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA optimize");
                } catch (SQLException e) {
                    LOG.log(Level.FINE, "optimize on close", e);
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing the data file", e);
        } finally {
            fileLock.close();
            lock.unlock();
        }
    }

    /** Turns an SQLite error into a message a rep can act on. */
    static StoreException translate(SQLException e, String doing) {
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("sqlite_full") || lower.contains("database or disk is full")) {
            return new StoreException(StoreException.Kind.DISK_FULL,
                    "The disk is full, so RepDesk could not " + doing + ". Nothing was lost: free some space and try again.", e);
        }
        if (lower.contains("sqlite_readonly") || lower.contains("readonly") || lower.contains("read-only")
                || lower.contains("sqlite_cantopen") || lower.contains("unable to open")) {
            return new StoreException(StoreException.Kind.READ_ONLY,
                    "RepDesk could not " + doing + ": the file or its folder cannot be written. Check the folder's permissions.", e);
        }
        if (lower.contains("sqlite_corrupt") || lower.contains("malformed") || lower.contains("sqlite_notadb")
                || lower.contains("file is not a database")) {
            return new StoreException(StoreException.Kind.DAMAGED,
                    "The data file is damaged, so RepDesk could not " + doing + ". It was left untouched: restore it from a backup.", e);
        }
        if (lower.contains("sqlite_busy") || lower.contains("database is locked")) {
            return new StoreException(StoreException.Kind.BUSY,
                    "Another program (perhaps a second RepDesk) is using the data file, so RepDesk could not " + doing
                            + ". Close the other one and try again.", e);
        }
        if (lower.contains("foreignkey") || lower.contains("foreign key")) {
            return new StoreException(StoreException.Kind.CONSTRAINT, "Could not " + doing
                    + ": the case, member or demand it belongs to no longer exists (or something still depends on it).", e);
        }
        if (lower.contains("sqlite_constraint")) {
            return new StoreException(StoreException.Kind.CONSTRAINT, "Could not " + doing + ": " + msg, e);
        }
        return new StoreException(StoreException.Kind.OTHER, "Could not " + doing + ": " + msg, e);
    }
}
