package org.repdesk.store;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code backups/} folder beside a data file: snapshots taken with SQLite's online backup (a
 * consistent copy even while the app is writing), named {@code <stem>-<yyyy-MM-dd_HH-mm-ss>-<kind>.db},
 * owner-only. Automatic snapshots rotate (the newest {@link #DEFAULT_KEEP}, or the {@code backup.keep}
 * setting); the rep's own "back up now" copies are never deleted by RepDesk.
 */
public final class BackupFolder {

    /** How many automatic snapshots are kept when the rep has not said otherwise. */
    public static final int DEFAULT_KEEP = 14;
    /** The setting (in the data file's setting table) holding how many automatic snapshots to keep. */
    public static final String KEEP_SETTING = "backup.keep";

    /** Why a snapshot was taken. */
    public enum Kind {
        START("start"), BEFORE_MIGRATION("before-migration"), BEFORE_RESTORE("before-restore"), MANUAL("manual");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        /** Automatic snapshots rotate; the rep's own do not. */
        public boolean rotates() {
            return this != MANUAL;
        }

        static Optional<Kind> ofTag(String tag) {
            for (Kind k : values()) {
                if (k.tag.equals(tag)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** One snapshot file in the folder. */
    public record Snapshot(Path file, LocalDateTime takenAt, Kind kind) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss", Locale.ROOT);
    private static final String SELECT_KEEP = "SELECT value FROM setting WHERE key = '" + KEEP_SETTING + "'";
    private static final Logger LOG = Logger.getLogger(BackupFolder.class.getName());

    private final Path dataFile;
    private final Path folder;
    private final Pattern names;

    public BackupFolder(Path dataFile) {
        this.dataFile = dataFile.toAbsolutePath();
        this.folder = this.dataFile.resolveSibling("backups");
        this.names = Pattern.compile(Pattern.quote(stem(this.dataFile)) + "-(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})"
                + "(?:-\\d+)?-([a-z-]+)\\.db");
    }

    public Path folder() {
        return folder;
    }

    /** The data file's name without its extension: repdesk.db gives repdesk. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Takes a snapshot of the open database into the folder, then rotates the automatic ones. */
    public Snapshot snapshot(Database db, Kind kind, LocalDateTime now) {
        return snapshot(db, kind, now, GiveWay.NEVER);
    }

    /** As above, the copy made in steps that give way to the rep between them ({@link #copyTo(Database, Path, GiveWay)}). */
    public Snapshot snapshot(Database db, Kind kind, LocalDateTime now, GiveWay giveWay) {
        createFolder();
        LocalDateTime at = now.withNano(0);
        String base = stem(dataFile) + "-" + STAMP.format(at);
        Path target = folder.resolve(base + "-" + kind.tag() + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + "-" + kind.tag() + ".db");
        }
        if (kind == Kind.START) {
            dropUnfinished(kind);
        }
        copyTo(db, target, giveWay);
        if (kind.rotates()) {
            prune(keep(db));
        }
        return new Snapshot(target, at, kind);
    }

    /**
     * A consistent copy of the open database at {@code target}, owner-only and whole: it is written
     * to a temp file beside the target and moved into place only when complete, so a full disk
     * leaves no half copy. An existing target is refused, never overwritten.
     */
    public static void copyTo(Database db, Path target) {
        copyTo(db, target, GiveWay.NEVER);
    }

    /**
     * As above. Unless {@code giveWay} is {@link GiveWay#NEVER}, the copy is SQLite's {@code VACUUM INTO}
     * in steps of {@link GiveWay#instructionsPerStep} (~10 ms of a core), {@code giveWay} asked between them,
     * and what it has written is sent to the disk every {@link #WRITTEN_OUT_EVERY} bytes. The online
     * backup the rep's own copies use is one call (sqlite-jdbc gives no step of it): at 100,000 cases
     * it read and wrote 626 MB with no pause, through the screens the rep opened meanwhile, and left
     * it all in the page cache to be written out at once (issue 21). The copy is one read
     * transaction, so what the rep saves while it waits is not in it and does not make it start again.
     */
    public static void copyTo(Database db, Path target, GiveWay giveWay) {
        Path out = target.toAbsolutePath();
        if (Files.exists(out)) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.backupExists",
                    Map.of("file", out.toString())));
        }
        Path temp;
        try {
            // createTempFile is rw------- on POSIX from the start; SQLite writes into the empty file.
            temp = Files.createTempFile(out.getParent(), "." + out.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw ioFailure(Messages.text("store.doing.writeBackupIn", Map.of("folder", String.valueOf(out.getParent()))), e);
        }
        boolean moved = false;
        try {
            String quoted = quote(temp);
            db.read(c -> {
                if (giveWay != GiveWay.NEVER) {
                    inSteps(db, c, temp, giveWay, () -> {
                        try (Statement st = c.createStatement()) {
                            st.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
                        }
                    });
                    return null;
                }
                try (Statement st = c.createStatement()) {
                    if (db.isEncrypted()) {
                        // "backup to" would write the pages decrypted (measured): VACUUM INTO keeps the key.
                        st.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
                    } else {
                        st.executeUpdate("backup to " + quoted); // not for reps: xerial's command for SQLite's online backup API
                    }
                }
                return null;
            });
            ownerOnly(temp);
            try {
                Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out);
            }
            moved = true;
        } catch (IOException e) {
            throw ioFailure(Messages.text("store.doing.writeBackup", Map.of("file", out.toString())), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
                deleteQuietly(temp.resolveSibling(temp.getFileName() + "-journal")); // a stopped VACUUM INTO's
            }
        }
    }

    /**
     * Deletes the part files of {@code kind}'s snapshots a closed app left unfinished: the day's copy
     * gives way to the rep, so it may still be running (hundreds of MB written) when they quit. Only
     * one app has the file open, and it takes one snapshot of this kind at a time.
     */
    private void dropUnfinished(Kind kind) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = "." + stem(dataFile) + "-";
        String middle = "-" + kind.tag() + ".db.";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part*")) { // with its -journal
            for (Path p : parts) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.contains(middle)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "unfinished snapshots not looked for", e);
        }
    }

    /** A copy that gives way sends what it has written to the disk each time it has grown by this much. */
    static final long WRITTEN_OUT_EVERY = 32L << 20;

    /** A statement that may run a long time (on the connection {@code c}), stepped and giving way ({@link #copyTo}). */
    interface Statements {
        void run() throws java.sql.SQLException;
    }

    /**
     * Runs {@code statements} on {@code c}, {@code db}'s connection, in steps, {@code giveWay} asked between
     * them (SQLite's progress handler); {@code written}, when not null, is the file they write, sent to the
     * disk as it grows. When {@code db} is side work asked to stop ({@link Database#sideWork}: the rep changes
     * the passphrase, or the file is closing) the statement ends at its next step, and this throws
     * CancellationException: the work is for another time, nothing is said.
     */
    static void inSteps(Database db, java.sql.Connection c, Path written, GiveWay giveWay, Statements statements)
            throws java.sql.SQLException {
        if (db.stopRequested()) {
            throw stopped(null);
        }
        long[] sent = {0};
        org.sqlite.ProgressHandler.setHandler(c, giveWay.instructionsPerStep(), new org.sqlite.ProgressHandler() {
            @Override
            protected int progress() {
                giveWay.betweenSteps();
                if (db.stopRequested() || Thread.currentThread().isInterrupted()) {
                    return 1; // stops the statement: the file is needed to itself, or the app is closing
                }
                if (written != null) {
                    writeOut(written, sent);
                }
                return 0;
            }
        });
        try {
            statements.run();
        } catch (java.sql.SQLException e) {
            if (db.stopRequested()) {
                throw stopped(e);
            }
            throw e;
        } finally {
            org.sqlite.ProgressHandler.clearHandler(c);
        }
        if (db.stopRequested()) {
            throw stopped(null); // what a stopped check found is not to be believed
        }
    }

    private static java.util.concurrent.CancellationException stopped(Throwable cause) {
        java.util.concurrent.CancellationException e = new java.util.concurrent.CancellationException(
                "stopped: the data file is needed to itself"); // not for reps: never shown
        e.initCause(cause);
        return e;
    }

    /** Sends {@code file}'s written pages to the disk once it has grown {@link #WRITTEN_OUT_EVERY} since the last time. */
    private static void writeOut(Path file, long[] sent) {
        try {
            long size = Files.size(file);
            if (size - sent[0] >= WRITTEN_OUT_EVERY) {
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    ch.force(false);
                }
                sent[0] = size;
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "a copy's pages not sent to the disk yet", e); // the kernel writes them later
        }
    }

    private static String quote(Path file) {
        String s = file.toString();
        if (!s.contains("\"")) {
            return "\"" + s + "\"";
        }
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        throw new StoreException(StoreException.Kind.OTHER, Messages.text("store.quotes", Map.of("path", s)));
    }

    /** The snapshots of this data file, newest first. */
    public List<Snapshot> list() {
        List<Snapshot> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.db")) {
            for (Path f : files) {
                Matcher m = names.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                Optional<Kind> kind = Kind.ofTag(m.group(2));
                try {
                    LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
                    kind.ifPresent(k -> found.add(new Snapshot(f, at, k)));
                } catch (DateTimeParseException e) {
                    LOG.log(Level.FINE, "not a snapshot name", e);
                }
            }
        } catch (IOException e) {
            throw ioFailure(Messages.text("store.doing.listBackups", Map.of("folder", folder.toString())), e);
        }
        found.sort(Comparator.comparing(Snapshot::takenAt).thenComparing(s -> s.file().getFileName().toString())
                .reversed());
        return found;
    }

    /** True when a snapshot of this kind was already taken on that day. */
    public boolean hasOn(LocalDate day, Kind kind) {
        return list().stream().anyMatch(s -> s.kind() == kind && s.takenAt().toLocalDate().equals(day));
    }

    /** Deletes the oldest automatic snapshots beyond {@code keep}; the rep's own copies stay. */
    public void prune(int keep) {
        List<Snapshot> automatic = list().stream().filter(s -> s.kind().rotates()).toList();
        for (Snapshot old : automatic.subList(Math.min(keep, automatic.size()), automatic.size())) {
            deleteQuietly(old.file());
        }
    }

    /** The {@code backup.keep} setting, or {@link #DEFAULT_KEEP} when unset or not a number from 1 up. */
    public static int keep(Database db) {
        String value = db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery(SELECT_KEEP)) {
                return rs.next() ? rs.getString(1) : null;
            } catch (java.sql.SQLException e) {
                return null; // no setting table yet (a file before V1): the default
            }
        });
        try {
            int n = value == null ? DEFAULT_KEEP : Integer.parseInt(value.strip());
            return n >= 1 ? n : DEFAULT_KEEP;
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    private void createFolder() {
        try {
            if (!Files.isDirectory(folder)) {
                if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
        } catch (IOException e) {
            throw ioFailure(Messages.text("store.doing.createBackupsFolder", Map.of("folder", folder.toString())), e);
        }
    }

    static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file.getFileName(), e);
        }
    }

    private static StoreException ioFailure(String doing, IOException e) {
        String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        Map<String, Object> what = Map.of("doing", doing, "reason", String.valueOf(e.getMessage()));
        if (msg.contains("no space")) {
            return new StoreException(StoreException.Kind.DISK_FULL, Messages.text("store.failed.diskFull", what), e);
        }
        if (e instanceof java.nio.file.AccessDeniedException || msg.contains("read-only")) {
            return new StoreException(StoreException.Kind.READ_ONLY, Messages.text("store.failed.folderReadOnly", what), e);
        }
        return new StoreException(StoreException.Kind.OTHER, Messages.text("store.failed.other", what), e);
    }
}
