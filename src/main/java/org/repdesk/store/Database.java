package org.repdesk.store;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CasebookAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.CancellationException;
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

    /** SQLite3MC's SQLCipher-compatible scheme: AES-256-CBC, HMAC-SHA512, PBKDF2-SHA512 (256,000 rounds). */
    static final String CIPHER = "sqlcipher";
    /** SQLite's page cache for an encrypted file, in KiB (see connect). */
    static final int ENCRYPTED_CACHE_KIB = 256 * 1024;
    /** SQLite's page cache for a plain file, in KiB (see connect). */
    static final int PLAIN_CACHE_KIB = 64 * 1024;

    private final Path file;
    /** Which engine: the rep's own SQLite file, or a branch casebook on PostgreSQL. */
    private final Dialect dialect;
    /** The casebook's address, or null for a file. */
    private final CasebookAddress casebook;
    /** The casebook login's password, kept to open the search connection (null for a file, or none needed). */
    private final char[] serverPassword;
    /** A casebook's version, role and ownership as read when it was opened ({@link #openCasebook}); else null. */
    private volatile Casebooks.Opening casebookOpening;
    // A casebook's connection is replaced when the server drops it (reconnect); a file's never is.
    private volatile Connection connection; // replaced only under lock
    private final DataFileLock fileLock;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * Writes through this desk's connection, counted (committed or not) for {@link #changeMark}: SQLite's
     * data_version tells of other connections' commits only.
     */
    private final java.util.concurrent.atomic.AtomicLong ownWrites = new java.util.concurrent.atomic.AtomicLong();
    private static final int SQLITE_INTERRUPT = 9;
    private final Object searchGuard = new Object();
    private Database searcher; // guarded by searchGuard
    private volatile boolean closed; // set under searchGuard as close() begins; the search's early cancel
    /** Set by close() once it holds the lock: work after it is refused; work already holding the lock (nested calls too) finishes first. */
    private volatile boolean shut;
    private int depth;
    /** The passphrase the file is protected with, or null for a plain file (kept to open copies such as backups). */
    private volatile char[] passphrase; // volatile: read without the lock, so a side reader never waits for a long write
    /**
     * Long work of the app's own on side connections ({@link #sideWork}: the day's check and copy, one read
     * of the file that may wait minutes for the rep), stopped before anything that needs the file to itself.
     */
    private final Object sideWorkGuard = new Object();
    private final java.util.Set<Database> sideWork = new java.util.HashSet<>(); // guarded by sideWorkGuard
    private int needingTheFile; // guarded by sideWorkGuard: passphrase changes running now
    private boolean sideWorkEnded; // guarded by sideWorkGuard: the file is closed
    /** For side work: the database it reads beside (told when it closes), and the thread doing it. */
    private Database sideOf;
    private Thread sideWorker;
    private volatile boolean stopRequested;
    /** How long closing or a passphrase change waits for side work to stop (it stops within a step, ~10 ms). */
    private static final long SIDE_WORK_STOPS_WITHIN_MILLIS = 10_000;

    /** Work against the connection that may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(Path file, Connection connection, DataFileLock fileLock, char[] passphrase) {
        this.file = file;
        this.dialect = Dialect.SQLITE;
        this.casebook = null;
        this.serverPassword = null;
        this.connection = connection;
        this.fileLock = fileLock;
        this.passphrase = passphrase == null ? null : passphrase.clone();
    }

    private Database(CasebookAddress casebook, Connection connection, char[] password) {
        this.file = null;
        this.dialect = Dialect.POSTGRESQL;
        this.casebook = casebook;
        this.serverPassword = password == null ? null : password.clone();
        this.connection = connection;
        this.fileLock = DataFileLock.heldElsewhere();
        this.passphrase = null;
    }

    /**
     * Opens a branch casebook on PostgreSQL as {@code address}'s login. A casebook that has not been
     * set up, or was set up by a newer RepDesk, is refused untouched; an older one is brought up to
     * date only when the login owns it (reps and officers are told to ask the owner).
     *
     * @param password the login's password, or null to let the driver read ~/.pgpass
     * @see Casebooks#openAhead the same connection, opened on its own thread as soon as a command knows the address
     * @throws StoreException of kind PASSWORD_NEEDED, WRONG_PASSWORD, UNREACHABLE, NOT_A_CASEBOOK, NEWER_VERSION
     */
    public static Database openCasebook(CasebookAddress address, char[] password) {
        Casebooks.Opened opened = Casebooks.open(address, password);
        Database db = new Database(address, opened.connection(), password);
        db.casebookOpening = opened.opening();
        try {
            Casebooks.checkAndUpgrade(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** What the login read as the casebook's connection was opened (its version, role, ownership); null if not read. */
    Casebooks.Opening casebookOpening() {
        return casebookOpening;
    }

    /** A casebook connection before it is checked: casebook init sets the database up through it. */
    static Database casebookConnection(CasebookAddress address, Connection connection, char[] password) {
        return new Database(address, connection, password);
    }

    /** Which engine holds the data: the store's repositories ask it where SQL must differ. */
    public Dialect dialect() {
        return dialect;
    }

    /** The casebook's address, or null for a data file. */
    public CasebookAddress casebook() {
        return casebook;
    }

    /** True for a branch casebook on a server, false for the rep's own data file. */
    public boolean isCasebook() {
        return casebook != null;
    }

    /** The data file's path, or the casebook's address, as a rep would recognise it in a message. */
    public String describe() {
        return casebook != null ? casebook.describe() : String.valueOf(file);
    }

    /**
     * Opens (or creates) the data file and brings its schema up to date. A file that is not
     * RepDesk's, or is from a newer version, or already in use by another RepDesk, is refused
     * untouched. A file with data is snapshotted into {@code backups/} before it is migrated.
     */
    public static Database open(Path file) {
        return open(file, null, true);
    }

    /**
     * Opens a file protected with a passphrase (or a plain one, when {@code passphrase} is null).
     * A new file is created encrypted when a passphrase is given. A plain file is opened plain
     * whatever is given: setting a passphrase is {@link #changePassphrase}'s job.
     *
     * @throws StoreException of kind PASSPHRASE_NEEDED (protected file, none given) or
     *         WRONG_PASSPHRASE; the file is left untouched in both cases
     */
    public static Database open(Path file, char[] passphrase) {
        return open(file, passphrase, true);
    }

    /**
     * Opens a copy being checked (e.g. a backup before it is restored): the same checks and
     * migrations, but no snapshot of the copy is taken.
     */
    public static Database openCopy(Path file) {
        return open(file, null, false);
    }

    /** {@link #openCopy(Path)} for a copy that may be protected with {@code passphrase}. */
    public static Database openCopy(Path file, char[] passphrase) {
        return open(file, passphrase, false);
    }

    /**
     * Opens an existing data file only to read it (check, export, brief, summary, report): the same
     * checks and (for an older file) migrations as {@link #open}, then {@code PRAGMA query_only}, so
     * nothing this connection does can change the file's bytes, and no statistics are written on close.
     */
    public static Database openToRead(Path file, char[] passphrase) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.noDataFile",
                    Map.of("file", file.toAbsolutePath().toString())), null);
        }
        Database db = open(file, passphrase, true);
        try {
            db.runOutsideTransaction("PRAGMA query_only = 1");
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Database open(Path file, char[] given, boolean snapshotBeforeMigrating) {
        Path absolute = file.toAbsolutePath();
        boolean encrypted = refuseForeignHeader(absolute, given != null && given.length > 0);
        char[] passphrase = encrypted ? given : null;
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY,
                    Messages.text("store.cannotCreateFolder", Map.of("folder", String.valueOf(absolute.getParent()),
                            "reason", String.valueOf(e.getMessage()))), e);
        }
        DataFileLock fileLock = DataFileLock.acquire(absolute);
        removeRekeyCopy(absolute); // a passphrase change killed before its rename: the file is whole as it was
        java.util.Optional<StoreException> staleCompanion = StaleCompanion.blocking(absolute);
        if (staleCompanion.isPresent()) {
            fileLock.close();
            throw staleCompanion.get();
        }
        Connection connection;
        try {
            ownerOnly(absolute);
            connection = connect(absolute, passphrase);
        } catch (StoreException e) {
            fileLock.close();
            throw StaleCompanion.named(absolute, withKey(passphrase != null, absolute, e));
        } catch (RuntimeException e) {
            fileLock.close();
            throw e;
        }
        Database db = new Database(absolute, connection, fileLock, passphrase);
        try {
            int version;
            try {
                version = db.checkIdentity();
            } catch (StoreException e) {
                throw StaleCompanion.named(absolute, withKey(passphrase != null, absolute, e));
            }
            db.walAndCache(passphrase != null);
            if (snapshotBeforeMigrating && version > 0 && version < Migrations.latestVersion()) {
                new BackupFolder(absolute).snapshot(db, BackupFolder.Kind.BEFORE_MIGRATION, java.time.LocalDateTime.now());
            }
            Migrations.apply(db);
            if (passphrase != null) {
                // Move a new file's pages out of the WAL, so the file itself is complete (and encrypted) at once.
                db.runOutsideTransaction("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return db;
        } catch (StoreException e) {
            db.closeWithoutOptimising();
            throw StaleCompanion.named(absolute, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** With a key, "file is not a database" on the first read means the key does not fit the file. */
    private static StoreException withKey(boolean keyed, Path file, StoreException e) {
        if (!keyed || e.kind() != StoreException.Kind.DAMAGED) {
            return e;
        }
        return new StoreException(StoreException.Kind.WRONG_PASSPHRASE, Messages.text("store.wrongPassphrase",
                Map.of("file", file.toString())), e);
    }

    /**
     * Before the driver is first used: keep its native library unpacked in {@code cacheFolder}
     * rather than unpacked again into the temp folder at every start (see {@link NativeLibrary}).
     */
    public static void keepNativeLibraryIn(Path cacheFolder) {
        NativeLibrary.useCopyIn(cacheFolder);
    }

    /**
     * A connection from the SQLite driver itself, not through DriverManager: DriverManager's first
     * use loads every driver on the class path (PostgreSQL's too, with its classes) by a service
     * look-up, ~45 ms of the opening thread's CPU before the first frame (issue 21).
     */
    private static Connection sqlite(String url, Properties props) throws SQLException {
        Connection c = SQLITE.connect(url, props);
        if (c == null) {
            throw new SQLException("not an SQLite address: " + url);
        }
        return c;
    }

    private static final org.sqlite.JDBC SQLITE = new org.sqlite.JDBC();

    /** Unpacks and loads the driver's native library with a throwaway in-memory connection; failures wait for a real open. */
    public static void loadDriver() {
        try (Connection c = sqlite("jdbc:sqlite::memory:", new Properties())) {
            c.isValid(0);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "loading the SQLite driver early", e);
        }
    }

    /**
     * True when the file looks like one protected with a passphrase: it has data, but not SQLite's
     * plain header (an encrypted file starts with random salt), and it is whole pages long.
     */
    public static boolean isProtected(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
            return !hasPlainHeader(file) && looksLikePages(Files.size(file));
        } catch (IOException e) {
            return false; // open reports the unreadable file in words
        }
    }

    private static boolean looksLikePages(long size) {
        return size >= 512 && size % 512 == 0;
    }

    private static boolean hasPlainHeader(Path file) throws IOException {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        return read == head.length && Arrays.equals(head, SQLITE_HEADER);
    }

    /**
     * Refuses what cannot be a RepDesk file, untouched.
     *
     * @return true when the file is (or, new, will be) encrypted
     */
    private static boolean refuseForeignHeader(Path file, boolean passphraseGiven) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return passphraseGiven;
            }
            if (hasPlainHeader(file)) {
                return false;
            }
            if (!looksLikePages(Files.size(file))) {
                throw new StoreException(StoreException.Kind.FOREIGN_FILE,
                        Messages.text("store.notSqlite", Map.of("file", file.toString())));
            }
            if (!passphraseGiven) {
                throw new StoreException(StoreException.Kind.PASSPHRASE_NEEDED,
                        Messages.text("store.passphraseNeeded", Map.of("file", file.toString())));
            }
            return true;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, Messages.text("store.cannotRead",
                    Map.of("file", file.toString(), "reason", String.valueOf(e.getMessage()))), e);
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

    private static Connection connect(Path file, char[] passphrase) {
        Properties props = new Properties();
        if (passphrase != null) {
            // The key goes in with the connection, before anything reads the file or sets WAL.
            props.setProperty("config_class_name", "org.sqlite.mc.SQLiteMCConfig");
            props.setProperty("cipher", CIPHER);
            props.setProperty("key", new String(passphrase)); // the driver takes a String; ours is wiped at close
            // Every page read from disk is decrypted and its HMAC checked, so keep the hot pages
            // decrypted in SQLite's cache: 256 MiB at most, filled only as a large file is read.
            // At 100k cases the default 2 MiB made the list 3.7× and the brief 5.9× slower than plain.
            props.setProperty("cache_size", Integer.toString(-ENCRYPTED_CACHE_KIB));
        }
        props.setProperty("foreign_keys", "true");
        // journal_mode=WAL is set only after checkIdentity: switching it rewrites the file header,
        // and a foreign or newer file must be left byte for byte as it was.
        // FULL: a commit the rep saw is on disk even after a power cut, not only after a crash.
        props.setProperty("synchronous", "FULL");
        props.setProperty("busy_timeout", "3000");
        // Deleted rows are overwritten with zeros, so data removed under the retention policy is gone from the file.
        props.setProperty("secure_delete", "true");
        // Sorts and temporary indexes stay in memory: SQLite3MC does not encrypt temp files.
        props.setProperty("temp_store", "MEMORY");
        Connection c = null;
        try {
            c = sqlite("jdbc:sqlite:" + file, props);
            supplyMissingFunctions(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, Messages.text("store.doing.open", Map.of("file", file.toString())));
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing after a failed open", e);
            }
        }
    }

    /**
     * concat_ws() arrived in SQLite 3.44; the encrypting driver bundles 3.40.1, and V1's search
     * triggers call it. Supplied in Java with the same meaning (NULLs skipped) where SQLite lacks it.
     */
    static void supplyMissingFunctions(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pragma_function_list WHERE name = 'concat_ws'")) {
            if (rs.next() && rs.getInt(1) > 0) {
                return;
            }
        }
        org.sqlite.Function.create(c, "concat_ws", new ConcatWs(), -1, org.sqlite.Function.FLAG_DETERMINISTIC);
    }

    private static final class ConcatWs extends org.sqlite.Function {
        @Override
        protected void xFunc() throws SQLException {
            if (args() == 0) {
                throw new SQLException("wrong number of arguments to function concat_ws()");
            }
            String separator = value_text(0);
            if (separator == null) {
                result();
                return;
            }
            StringBuilder joined = new StringBuilder();
            boolean first = true;
            for (int i = 1; i < args(); i++) {
                String part = value_text(i);
                if (part != null) {
                    if (!first) {
                        joined.append(separator);
                    }
                    joined.append(part);
                    first = false;
                }
            }
            result(joined.toString());
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
                    throw new StoreException(StoreException.Kind.FOREIGN_FILE,
                            Messages.text("store.notRepDesk", Map.of("file", file.toString())));
                }
                if (version > Migrations.latestVersion()) {
                    throw new StoreException(StoreException.Kind.NEWER_VERSION, Messages.text("store.newer",
                            Map.of("file", file.toString(), "version", String.valueOf(version),
                                    "latest", String.valueOf(Migrations.latestVersion()))));
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

    /**
     * A second connection to the same file, with the same key, for long reads that must not hold
     * up the app's own connection (the start-of-day check and snapshot of a large file). WAL gives
     * it a consistent view while the app goes on writing. Use it only to read (and to copy: not
     * query_only, which would refuse VACUUM INTO). Close it when done.
     */
    public Database sideReader() {
        if (casebook != null) {
            // A copy taken before close can wipe it: a reader asked for after the close (a brief's second
            // connection, while the desk was being switched) is refused here, not sent to the server as a
            // wiped password that the server would log as a failed login.
            char[] password;
            synchronized (searchGuard) {
                if (closed) {
                    throw new IllegalStateException("the casebook is closed"); // not for reps
                }
                password = serverPassword == null ? null : serverPassword.clone();
            }
            try {
                return new Database(casebook, Casebooks.connect(casebook, password), password);
            } finally {
                wipe(password);
            }
        }
        char[] key = passphrase();
        try {
            Connection c = connect(file, key);
            return new Database(file, c, DataFileLock.heldElsewhere(), key);
        } finally {
            wipe(key);
        }
    }

    /**
     * A {@link #sideReader} for long work of the app's own (the day's check and snapshot) on this thread,
     * which gives way to anything needing the file to itself: a passphrase change or closing the file
     * stops it first ({@link #stopRequested}: its stepped statements end, this thread is interrupted, a
     * wait between steps ends) and waits until it is closed. While a passphrase change runs this waits,
     * then opens the file under the new passphrase. Empty once the file is closed: the work is for
     * another time (the day's snapshot, the next start).
     */
    public java.util.Optional<Database> sideWork() {
        synchronized (sideWorkGuard) {
            while (needingTheFile > 0 && !sideWorkEnded) {
                try {
                    sideWorkGuard.wait();
                } catch (InterruptedException e) {
                    // the stop that ended this thread's last side work: it goes on waiting
                }
            }
            Thread.interrupted(); // a stop's interrupt, delivered before the file was handed back
            if (sideWorkEnded) {
                return java.util.Optional.empty();
            }
            Database side = sideReader();
            side.sideOf = this;
            side.sideWorker = Thread.currentThread();
            sideWork.add(side);
            return java.util.Optional.of(side);
        }
    }

    /** True once this side work has been asked to stop ({@link #sideWork}): its stepped statements end at the next step. */
    boolean stopRequested() {
        return stopRequested;
    }

    /** Asks this side work to stop: its statement is interrupted, and its thread woken from any wait between steps. */
    private void requestStop() {
        stopRequested = true;
        interrupt();
        Thread worker = sideWorker;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /**
     * Stops the side work running on this file and waits until it has closed its connections (and so
     * ended its read of the file, and deleted what it had half written). {@code forGood}: the file is
     * closing, none begins again; else none begins until {@link #allowSideWork}.
     */
    private void stopSideWork(boolean forGood) {
        java.util.List<Database> running;
        synchronized (sideWorkGuard) {
            if (forGood) {
                sideWorkEnded = true;
                sideWorkGuard.notifyAll();
            } else {
                needingTheFile++;
            }
            running = java.util.List.copyOf(sideWork);
        }
        running.forEach(Database::requestStop);
        long until = System.nanoTime() + SIDE_WORK_STOPS_WITHIN_MILLIS * 1_000_000;
        boolean interrupted = false;
        synchronized (sideWorkGuard) {
            while (!sideWork.isEmpty()) {
                long left = (until - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    LOG.warning("the day's work on the data file did not stop in time");
                    break;
                }
                try {
                    sideWorkGuard.wait(left);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Side work may begin again ({@link #stopSideWork}). */
    private void allowSideWork() {
        synchronized (sideWorkGuard) {
            needingTheFile--;
            sideWorkGuard.notifyAll();
        }
    }

    /** This side work's connection is closed: the file it read beside is told. */
    private void sideWorkClosed() {
        Database of = sideOf;
        if (of != null) {
            synchronized (of.sideWorkGuard) {
                of.sideWork.remove(this);
                of.sideWorkGuard.notifyAll();
            }
        }
    }

    /** True when the file is protected with a passphrase. */
    public boolean isEncrypted() {
        return passphrase != null;
    }

    /** A copy of the passphrase (to open backups of this file), or null for a plain file. The caller wipes it. */
    public char[] passphrase() {
        char[] current = passphrase;
        return current == null ? null : current.clone();
    }

    /**
     * Sets, changes or (with null or empty) removes the passphrase. The pages are re-encrypted in a
     * copy beside the file ({@code <file>.rekey}), which then replaces the file in one rename, so a
     * kill at any moment leaves the file whole under the old passphrase or the new one.
     * SQLite3MC's own in-place rekey was not safe against a kill: it left a hot journal the size of
     * the file under another key than the file's first page, and the file then opened under
     * neither passphrase (7 runs of 7, within 3 to 52 kills, for setting, changing and removing).
     * Afterwards the file's own first bytes are checked: a driver that accepted the key but wrote
     * plain text (as xerial's does) must never let a rep believe the file is protected.
     */
    public void changePassphrase(char[] newPassphrase) {
        if (casebook != null) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.casebookNoPassphrase"));
        }
        boolean protect = newPassphrase != null && newPassphrase.length > 0;
        String doing = Messages.text(protect ? "store.doing.protect" : "store.doing.unprotect");
        closeSearcher(); // leaving WAL needs the file to itself, and the searcher holds the old key
        stopSideWork(false); // so does the day's copy, one read of the file that may wait minutes for the rep
        lock.lock();
        try {
            if (depth > 0) {
                throw new IllegalStateException("the passphrase cannot change inside a transaction");
            }
            Path copy = rekeyCopyOf(file);
            removeRekeyCopy(file);
            leaveWal(doing);
            try {
                copyWhole(file, copy, doing);
                rekeyCopy(copy, passphrase, protect ? newPassphrase : null, doing);
                checkHeader(copy, protect);
            } catch (RuntimeException e) {
                removeRekeyCopy(file);
                runOutsideTransaction("PRAGMA main.journal_mode = WAL");
                throw e;
            }
            // The file goes out from under the connection: close it first (the lock file stays held).
            closeQuietly(connection);
            boolean replaced = false;
            try {
                Files.move(copy, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                replaced = true;
                syncFolder(file);
            } catch (IOException e) {
                removeRekeyCopy(file);
                throw ioFailure(e, doing);
            } finally {
                if (replaced) {
                    wipe(passphrase);
                    passphrase = protect ? newPassphrase.clone() : null;
                }
                reopen(passphrase);
            }
        } finally {
            lock.unlock();
            allowSideWork(); // the day's copy begins again, under the new passphrase
        }
    }

    /** The copy a passphrase change re-encrypts before it replaces the file. */
    static Path rekeyCopyOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".rekey");
    }

    /**
     * Removes a re-encrypted copy (and its journal) that a kill left half-made: the file itself is
     * still whole under the old passphrase. Called only with the file's lock held.
     */
    private static void removeRekeyCopy(Path file) {
        Path copy = rekeyCopyOf(file);
        for (Path p : java.util.List.of(copy, sibling(copy, "-journal"), sibling(copy, "-wal"), sibling(copy, "-shm"))) {
            try {
                if (Files.exists(p)) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove a half-made re-encrypted copy " + p, e);
            }
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Empties the WAL into the file and leaves WAL mode, so the file alone holds every page. */
    private void leaveWal(String doing) {
        try (Statement st = connection.createStatement()) {
            // "main." because unqualified these also reach the temp database, and once a bulk insert
            // had used temp tables on this connection the checkpoint failed ("database table is locked").
            st.execute("PRAGMA main.wal_checkpoint(TRUNCATE)");
            // Fails while any other connection reads: switching mode needs the file to itself.
            st.execute("PRAGMA main.journal_mode = DELETE");
        } catch (SQLException e) {
            throw translate(e, doing);
        }
    }

    /** Copies the file's bytes to {@code copy}, created readable by its owner only, and syncs it to disk. */
    private static void copyWhole(Path file, Path copy, String doing) {
        try {
            ownerOnly(copy);
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
                 java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(copy,
                         java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                         java.nio.file.StandardOpenOption.CREATE)) {
                long size = in.size();
                long done = 0;
                while (done < size) {
                    done += in.transferTo(done, size - done, out);
                }
                out.force(true);
            }
        } catch (IOException e) {
            throw ioFailure(e, doing);
        }
    }

    /** Re-encrypts the copy from {@code oldKey} to {@code newKey} (null: plain) on a connection of its own. */
    private static void rekeyCopy(Path copy, char[] oldKey, char[] newKey, String doing) {
        Connection c = connect(copy, oldKey);
        try (Statement st = c.createStatement()) {
            // The rekey reads each page once: a cache holds nothing it reads again. With an encrypted file's
            // 256 MiB, changing the passphrase peaked at 318 MiB at 100,000 cases; with SQLite's default, 54 MiB.
            st.execute("PRAGMA cache_size = -2000");
            if (oldKey == null || newKey == null) {
                // To or from a plain file, SQLite3MC rekeys by a VACUUM through a temporary database, which
                // temp_store=MEMORY kept whole in memory: setting a passphrase peaked at 2,141 MiB at 300,000
                // cases (the file's size), removing it at 2,376. In a temporary file (unlinked at once, in the
                // system's temp folder) it is 56 MiB at 100,000. The plain pages are on disk anyway, beside it or
                // after it; a change between two passphrases needs no VACUUM and keeps nothing plain in a file.
                st.execute("PRAGMA temp_store = FILE");
            }
            // Named first: a plain file would otherwise get SQLite3MC's default cipher.
            st.execute("PRAGMA cipher = '" + CIPHER + "'");
            try (java.sql.PreparedStatement quote = c.prepareStatement("SELECT quote(?)")) {
                quote.setString(1, newKey != null ? new String(newKey) : "");
                try (ResultSet rs = quote.executeQuery()) {
                    rs.next();
                    st.execute("PRAGMA rekey = " + rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw translate(e, doing);
        } finally {
            closeQuietly(c); // synchronous=FULL: the rekey's commit is on disk before the journal goes
        }
    }

    /** Refuses a copy whose first bytes say the change did not happen (a driver that ignored the key). */
    private static void checkHeader(Path copy, boolean protect) {
        boolean plainNow;
        try {
            plainNow = hasPlainHeader(copy);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.cannotReadToCheck",
                    Map.of("file", copy.toString(), "reason", String.valueOf(e.getMessage()))), e);
        }
        if (protect == plainNow) {
            throw new StoreException(StoreException.Kind.OTHER,
                    Messages.text(protect ? "store.stillPlain" : "store.stillEncrypted"));
        }
    }

    /** Makes the rename itself durable: without it a power cut could bring back the old directory entry. */
    private static void syncFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (java.nio.channels.FileChannel dir = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "syncing the folder (not possible on every system)", e);
        }
    }

    /** Opens the connection again on the (renamed) file with {@code key}, back in WAL mode. */
    private void reopen(char[] key) {
        ownWrites.incrementAndGet(); // a new connection counts its changes and data_version anew
        connection = connect(file, key);
        walAndCache(key != null);
    }

    /**
     * Back in WAL, and for a plain file a larger page cache (an encrypted file's is set as it is
     * connected). A plain file's pages come from the system's file cache, but SQLite's default 2 MiB
     * cache reads the same index pages again with a system call each time: the brief's statements
     * at 100k cases took 1.25 s of system time in sqlite3 with 2 MiB, 0.25 s with 64 MiB (filled only
     * as far as a large file is read). Set only once the file is known to be plain: the pragma reads
     * the schema, which an encrypted file refuses.
     */
    private void walAndCache(boolean encrypted) {
        runOutsideTransaction("PRAGMA journal_mode = WAL");
        if (!encrypted) {
            runOutsideTransaction("PRAGMA cache_size = " + -PLAIN_CACHE_KIB);
        }
    }

    private static StoreException ioFailure(IOException e, String doing) {
        String reason = String.valueOf(e.getMessage());
        Map<String, Object> what = Map.of("doing", doing, "reason", reason);
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
            return new StoreException(StoreException.Kind.DISK_FULL, Messages.text("store.failed.diskFull", what), e);
        }
        return new StoreException(StoreException.Kind.OTHER, Messages.text("store.failed.other", what), e);
    }

    /**
     * Re-keys a closed file (a backup, say) from {@code oldPassphrase} (null: plain) to
     * {@code newPassphrase} (null or empty: plain), without migrating it.
     *
     * @throws StoreException of kind WRONG_PASSPHRASE when the old passphrase does not open it
     */
    public static void changePassphrase(Path file, char[] oldPassphrase, char[] newPassphrase) {
        boolean encrypted;
        try {
            encrypted = !hasPlainHeader(file);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, Messages.text("store.cannotRead",
                    Map.of("file", file.toString(), "reason", String.valueOf(e.getMessage()))), e);
        }
        if (encrypted && (oldPassphrase == null || oldPassphrase.length == 0)) {
            throw new StoreException(StoreException.Kind.PASSPHRASE_NEEDED,
                    Messages.text("store.isProtected", Map.of("file", file.toString())));
        }
        Path lockFile = DataFileLock.lockFileOf(file);
        boolean lockFileWasThere = Files.exists(lockFile);
        DataFileLock fileLock = DataFileLock.acquire(file);
        Connection c;
        try {
            c = connect(file, encrypted ? oldPassphrase : null);
        } catch (RuntimeException e) {
            fileLock.close();
            throw e;
        }
        Database db = new Database(file, c, fileLock, encrypted ? oldPassphrase : null);
        try {
            try {
                db.checkIdentity();
            } catch (StoreException e) {
                throw withKey(encrypted, file, e);
            }
            db.changePassphrase(newPassphrase);
        } finally {
            db.closeWithoutOptimising();
            if (!lockFileWasThere) {
                // A backup is not a working file: leave no lock file beside it (the rotation would not remove it).
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "lock file of a re-keyed copy", e);
                }
            }
        }
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * Run before each read, save and search: the GUI installs a check that its own thread never
     * waits on the store (a read on the JavaFX thread froze the window for as long as it took).
     * The store knows nothing of JavaFX; the check is whatever the caller gives.
     */
    private static volatile Runnable beforeEachCall = () -> { };

    /** Installs {@code check} to run before each store call, on the calling thread (null: none). */
    public static void checkEachCall(Runnable check) {
        beforeEachCall = check == null ? () -> { } : check;
    }

    /** Runs read-only work under the connection lock. */
    public <T> T read(Work<T> work) {
        return read(work, () -> false);
    }

    /**
     * As {@link #read(Work)}, for work that hands rows on as it reads them (an export): after a dropped
     * connection it is tried again only while {@code handedOn} says it has handed on nothing, since
     * what it had would come twice; else the drop is reported as it came.
     */
    <T> T read(Work<T> work, java.util.function.BooleanSupplier handedOn) {
        beforeEachCall.run();
        lock.lock();
        try {
            refuseOnceClosed();
            reconnectIfDropped();
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (!connectionLost(e) || handedOn.getAsBoolean()) {
                    throw e;
                }
                // A read changes nothing, so after the server or the network dropped the connection
                // it is simply tried once more on a new one.
                reconnect();
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw translate(e, Messages.text(casebook != null ? "store.doing.readCasebook" : "store.doing.readDataFile"));
        } finally {
            lock.unlock();
        }
    }

    /** The server closed the connection or cannot be reached on it (a casebook only). */
    private boolean connectionLost(SQLException e) {
        if (casebook == null) {
            return false;
        }
        if (Casebooks.unreachable(e.getSQLState() == null ? "" : e.getSQLState())) {
            return true;
        }
        try {
            return connection.isClosed();
        } catch (SQLException closed) {
            return true;
        }
    }

    /** A new connection to the casebook as the same login; throws UNREACHABLE while the server cannot be reached. */
    private void reconnect() {
        Connection old = connection;
        try {
            old.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing a dropped connection", e);
        }
        connection = Casebooks.connect(casebook, serverPassword);
        LOG.info("Reconnected to the casebook " + casebook.describe());
    }

    /**
     * A save whose connection dropped is not tried again (whether the server took its last COMMIT
     * cannot be known; a second try of an older copy is refused by its version instead): the rep is
     * told, and the desk is reconnected for the next save when the server can be reached.
     */
    private StoreException droppedDuringSave(SQLException e) {
        try {
            reconnect();
            return new StoreException(StoreException.Kind.UNREACHABLE, Messages.text("store.dropped.reconnected"), e);
        } catch (StoreException unreachable) {
            return new StoreException(StoreException.Kind.UNREACHABLE, Messages.text("store.dropped.unreachable"), e);
        }
    }

    /**
     * Work asked of a closed desk is a mistake in the caller (a job left over as a window was switched): it
     * is refused, never sent on a new connection (a casebook's reconnect opened one after the close, as the
     * same login, its password already wiped) nor on the closed one.
     */
    private void refuseOnceClosed() {
        if (shut) {
            throw new IllegalStateException("the " + (casebook != null ? "casebook" : "data file") + " is closed"); // not for reps
        }
    }

    /** For tests: {@link #close()} is waiting for the work in hand to end. */
    boolean closeWaitsForWorkInHand() {
        return lock.hasQueuedThreads();
    }

    /** After a reconnect failed, the next piece of work tries again before it starts. */
    private void reconnectIfDropped() throws SQLException {
        if (casebook != null && depth == 0 && connection.isClosed()) {
            reconnect();
        }
    }

    /**
     * Runs read-only work on a connection kept for the cases list's search (opened on first use).
     * Its own connection, because {@link #cancelSearch} stops whatever that connection is running
     * (sqlite3_interrupt), and on the app's connection that could be a save.
     *
     * @throws CancellationException when {@link #cancelSearch} stopped the work
     */
    public <T> T search(Work<T> work) {
        beforeEachCall.run();
        Database reader;
        synchronized (searchGuard) {
            if (closed) {
                throw new CancellationException("the data file is closed"); // not for reps: a keystroke racing the app's exit
            }
            if (searcher == null) {
                searcher = sideReader();
                if (dialect == Dialect.SQLITE) {
                    // Searches read the small search indexes; the app's connection keeps the big cache.
                    searcher.runOutsideTransaction("PRAGMA cache_size = -32768");
                    searcher.runOutsideTransaction("PRAGMA query_only = 1");
                }
            }
            reader = searcher;
        }
        try {
            return reader.read(work);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && (sql.getErrorCode() == SQLITE_INTERRUPT
                    || "57014".equals(sql.getSQLState()) // PostgreSQL: query cancelled
                    || String.valueOf(sql.getMessage()).contains("interrupt"))) {
                throw new CancellationException("a newer search replaced this one"); // not for reps: never shown
            }
            throw e;
        }
    }

    /** Stops the search running now, if any; a search started after this call runs normally. */
    public void cancelSearch() {
        synchronized (searchGuard) {
            if (searcher != null) {
                searcher.interrupt();
            }
        }
    }

    private void interrupt() {
        try {
            if (casebook != null) {
                Casebooks.cancel(connection);
                return;
            }
            // The driver's interrupt is not synchronised with its statements: it reaches a running step.
            connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().interrupt();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "interrupting a search", e);
        }
    }

    /** Closes the search connection (before a re-key or close); the next search opens a new one. */
    private void closeSearcher() {
        Database reader;
        synchronized (searchGuard) {
            reader = searcher;
            searcher = null;
            if (reader != null) {
                reader.interrupt();
            }
        }
        if (reader != null) {
            reader.closeWithoutOptimising();
        }
    }

    /** Runs work in a transaction (or inside the caller's, when nested): all of it is saved or none. */
    public <T> T write(Work<T> work) {
        beforeEachCall.run();
        lock.lock();
        try {
            refuseOnceClosed();
            if (depth > 0) {
                depth++;
                try {
                    return work.run(connection);
                } finally {
                    depth--;
                }
            }
            reconnectIfDropped();
            try {
                return outermostTransaction(work);
            } catch (SQLException e) {
                if (!connectionLost(e)) {
                    throw e;
                }
                throw droppedDuringSave(e);
            }
        } catch (SQLException e) {
            throw translate(e, Messages.text(casebook != null ? "store.doing.saveCasebook" : "store.doing.saveDataFile"));
        } finally {
            lock.unlock();
        }
    }

    private <T> T outermostTransaction(Work<T> work) throws SQLException {
        dialect.begin(connection);
        depth = 1;
        boolean committed = false;
        try {
            T result = work.run(connection);
            dialect.commit(connection);
            committed = true;
            return result;
        } finally {
            ownWrites.incrementAndGet();
            depth = 0;
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    private void rollbackQuietly() {
        try {
            dialect.rollback(connection);
        } catch (SQLException e) {
            // No transaction left to roll back (SQLite already ended it on a fatal error).
            LOG.log(Level.FINE, "rollback after failure", e);
        }
    }

    /**
     * What the data file holds at this moment, told cheaply (two one-row statements, microseconds): two equal
     * marks mean nothing was written between them, through this desk (its own writes, and SQLite's count of
     * rows it changed by any path) or by another connection (SQLite's {@code PRAGMA data_version}, which moves
     * when another connection, in this process or another, commits). Empty on a casebook: other reps write
     * there, and PostgreSQL offers no such cheap, exact sign, so its readers read again.
     */
    public java.util.Optional<Mark> changeMark() {
        if (casebook != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(read(c -> {
            try (Statement st = c.createStatement()) {
                long rows;
                try (java.sql.ResultSet rs = st.executeQuery("SELECT total_changes()")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (java.sql.ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                    rs.next();
                    return new Mark(ownWrites.get(), rows, rs.getLong(1));
                }
            }
        }));
    }

    /** See {@link #changeMark}: compared only for equality. */
    public record Mark(long ownWrites, long rowsChanged, long othersCommits) {
    }

    /** Runs a statement outside any transaction (VACUUM, backup, checkpoint). */
    public void runOutsideTransaction(String sql) {
        ownWrites.incrementAndGet(); // it may write (a VACUUM, a restore): as a write, for changeMark
        read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            return null;
        });
    }

    @Override
    public void close() {
        close(true);
    }

    private void closeWithoutOptimising() {
        close(false);
    }

    private void close(boolean optimise) {
        synchronized (searchGuard) {
            closed = true;
        }
        closeSearcher();
        stopSideWork(true); // the day's copy is for another start, its part file deleted
        lock.lock();
        shut = true; // only now: a transaction in hand (its nested reads and writes) has ended and committed
        try {
            if (!connection.isClosed()) {
                if (optimise && dialect == Dialect.SQLITE && wroteAnything()) {
                    try (Statement st = connection.createStatement()) {
                        st.execute("PRAGMA optimize");
                    } catch (SQLException e) {
                        LOG.log(Level.FINE, "optimize on close", e);
                    }
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing the data file", e);
        } finally {
            wipe(passphrase);
            wipe(serverPassword);
            fileLock.close();
            lock.unlock();
            sideWorkClosed();
        }
    }

    /**
     * True when this connection changed any row (SQLite's total_changes): statistics are refreshed
     * on close only then, so a command that only read leaves the file's bytes as they were.
     */
    private boolean wroteAnything() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT total_changes()")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Turns an SQLite or PostgreSQL error into a message a rep can act on; {@code doing} is what was
     * being done, in the rep's words ("store.doing.*"). SQLite's own words are matched, not shown.
     */
    static StoreException translate(SQLException e, String doing) {
        StoreException server = Casebooks.translate(e, doing);
        if (server != null) {
            return server;
        }
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> what = Map.of("doing", doing, "reason", msg);
        if (lower.contains("sqlite_full") || lower.contains("database or disk is full")) { // not for reps: SQLite's words
            return new StoreException(StoreException.Kind.DISK_FULL, Messages.text("store.failed.diskFull", what), e);
        }
        if (lower.contains("sqlite_readonly") || lower.contains("readonly") || lower.contains("read-only")
                || lower.contains("sqlite_cantopen") || lower.contains("unable to open")) { // not for reps: SQLite's words
            return new StoreException(StoreException.Kind.READ_ONLY, Messages.text("store.failed.readOnly", what), e);
        }
        if (lower.contains("sqlite_corrupt") || lower.contains("malformed") || lower.contains("sqlite_notadb")
                || lower.contains("file is not a database")) { // not for reps: SQLite's words
            return new StoreException(StoreException.Kind.DAMAGED, Messages.text("store.failed.damaged", what), e);
        }
        if (lower.contains("sqlite_busy") || lower.contains("database is locked")) { // not for reps: SQLite's words
            return new StoreException(StoreException.Kind.BUSY, Messages.text("store.failed.busy", what), e);
        }
        if (lower.contains("foreignkey") || lower.contains("foreign key")) { // not for reps: SQLite's words
            return new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("store.failed.foreignKey", what), e);
        }
        if (lower.contains("sqlite_constraint")) {
            return new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("store.failed.other", what), e);
        }
        return new StoreException(StoreException.Kind.OTHER, Messages.text("store.failed.other", what), e);
    }
}
