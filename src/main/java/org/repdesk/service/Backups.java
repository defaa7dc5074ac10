package org.repdesk.service;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repdesk.i18n.Messages;
import org.repdesk.store.BackupFolder;
import org.repdesk.store.DataFileLock;
import org.repdesk.store.Database;
import org.repdesk.store.GiveWay;
import org.repdesk.store.Integrity;
import org.repdesk.store.StoreException;

/**
 * Backups of the data file: a snapshot when the app starts (at most one a day), before every
 * migration and restore, and whenever the rep asks; restore from any of them. A restore checks
 * the backup first (a RepDesk file, not newer than this RepDesk, healthy), keeps the current file
 * aside under a new name, and never overwrites anything.
 */
public final class Backups {

    /** A backup the rep can restore from. */
    public record Backup(Path file, LocalDateTime takenAt, String why, long bytes) {
        /** "23 Nov 2026 16:30 · when RepDesk started · 412 KB". */
        public String describe() {
            return Messages.text("backups.line", Map.of("when", WHEN.withLocale(Messages.language()).format(takenAt),
                    "why", why, "kb", Math.max(1, (bytes + 1023) / 1024)));
        }
    }

    /** What a restore did: which backup now holds, and where the file it replaced was kept. */
    public record Restored(Path dataFile, Path from, Optional<Path> keptAside, String replaced, String restored) {
        /** Lines for the rep: what was restored and what it replaced. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            lines.add(Messages.text("backups.restored", Map.of("file", dataFile.getFileName().toString(),
                    "from", from.getFileName().toString(), "holds", restored)));
            keptAside.ifPresentOrElse(
                    p -> lines.add(Messages.text("backups.keptAside", Map.of("replaced", replaced, "aside", p.toString()))),
                    () -> lines.add(Messages.text("backups.nothingReplaced")));
            return lines;
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss", Locale.ROOT);

    private final Database db;
    private final Clock clock;
    private final BackupFolder folder;

    public Backups(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.folder = new BackupFolder(db.file());
    }

    /** The backups of the desk's data file. */
    public Backups(RepDesk desk) {
        this(desk.database(), Clock.systemDefaultZone());
    }

    /**
     * The snapshot taken when the app starts, at most one a day. The file is checked first
     * (SQLite's quick check): a damaged file is reported, never snapshotted, so it cannot push
     * good backups out of the rotation.
     *
     * @return the snapshot taken, or empty when one was already taken today
     * @throws StoreException of kind DAMAGED when SQLite finds damage
     */
    public Optional<Backup> atStart() {
        return atStart(GiveWay.NEVER);
    }

    /**
     * As above, the check and the copy made in small steps that give way to the rep between them
     * ({@code giveWay}): the app's start-of-day work, which runs while the rep works.
     */
    public Optional<Backup> atStart(GiveWay giveWay) {
        List<String> problems = new org.repdesk.store.Integrity(db).quickCheck(giveWay);
        if (!problems.isEmpty()) {
            throw new StoreException(StoreException.Kind.DAMAGED, Messages.text("backups.damaged",
                    Map.of("file", db.file().toString(), "problem", problems.get(0))));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (folder.hasOn(now.toLocalDate(), BackupFolder.Kind.START)) {
            return Optional.empty();
        }
        return Optional.of(backup(folder.snapshot(db, BackupFolder.Kind.START, now, giveWay)));
    }

    /**
     * The start-of-day check and snapshot ({@link #atStart}) on a second connection, so the app's
     * window and lists need not wait for them: at 100,000 cases the quick check and the copy take
     * seconds. The app opens the file first (refusing foreign, newer, in-use or visibly damaged
     * files untouched), then runs this off the FX thread once the window is up. A snapshot that
     * cannot be written (full disk, read-only backups folder) does not stop the rep working.
     *
     * @return a warning for the rep when the day's snapshot could not be taken, else empty
     * @throws StoreException of kind DAMAGED when SQLite's quick check finds damage
     */
    public static Optional<String> startOfDay(RepDesk desk, Clock clock) {
        return startOfDay(desk, clock, GiveWay.NEVER);
    }

    /**
     * As above, giving way to the rep ({@code giveWay}, asked between the check's and the copy's small
     * steps): the app runs this while the rep works, and their clicks and the screens they open should
     * not share the two cores and the disk with a whole file's check and copy (issue 21).
     */
    public static Optional<String> startOfDay(RepDesk desk, Clock clock, GiveWay giveWay) {
        while (true) {
            // Side work: a passphrase change stops it (and it begins again afresh under the new passphrase,
            // once the change is done), closing the file stops it for good (the next start takes the snapshot).
            Optional<Database> opened = desk.database().sideWork();
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            try (Database side = opened.get()) {
                new Backups(side, clock).atStart(giveWay);
                return Optional.empty();
            } catch (java.util.concurrent.CancellationException stopped) {
                java.util.logging.Logger.getLogger(Backups.class.getName()).log(java.util.logging.Level.FINE,
                        "start-of-day work stopped for something that needed the file to itself", stopped);
            } catch (StoreException e) {
                if (e.kind() == StoreException.Kind.DAMAGED) {
                    throw e;
                }
                java.util.logging.Logger.getLogger(Backups.class.getName()).log(java.util.logging.Level.WARNING,
                        "start-of-day snapshot", e);
                return Optional.of(Messages.text("backups.notTakenToday", Map.of("reason", String.valueOf(e.getMessage()))));
            }
        }
    }

    /** Whether restoring a backup is a way out of this failure to open (not for a busy, read-only or full disk). */
    public static boolean restoreHelps(StoreException e) {
        return switch (e.kind()) {
            case DAMAGED, FOREIGN_FILE, NEWER_VERSION -> true;
            default -> false;
        };
    }

    /** "Back up now": a snapshot in the backups folder that RepDesk never rotates away. */
    public Backup now() {
        return backup(folder.snapshot(db, BackupFolder.Kind.MANUAL, LocalDateTime.now(clock)));
    }

    /**
     * A restore over the open file, checked and ready: what the backup holds, and the restore itself
     * to run once the desk is closed. It carries a copy of the file's passphrase, so a protected
     * backup can be opened and a plain one protected; the copy is wiped when the restore runs.
     */
    public static final class PreparedRestore {
        private final Path dataFile;
        private final Path backup;
        private final String holds;
        private final char[] passphrase;

        private PreparedRestore(Path dataFile, Path backup, String holds, char[] passphrase) {
            this.dataFile = dataFile;
            this.backup = backup;
            this.holds = holds;
            this.passphrase = passphrase;
        }

        /** "60 members, 120 cases, ...". */
        public String holds() {
            return holds;
        }

        /** Runs the restore; the desk must be closed first. */
        public Restored runAfterClose(Clock clock) {
            try {
                return restore(dataFile, backup, passphrase, clock);
            } finally {
                forget();
            }
        }

        /** Wipes the passphrase copy when the rep decides not to restore. */
        public void forget() {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** Checks a backup of the open file (with the file's passphrase) while the file stays open. */
    public PreparedRestore prepareRestore(Path backup) {
        return prepareRestore(backup, fraction -> { });
    }

    /**
     * As above, telling {@code fractionDone} (0 to 1) after each step of the backup's full check: it
     * takes seconds at 100,000 cases, and the app shows how far it has gone.
     */
    public PreparedRestore prepareRestore(Path backup, java.util.function.DoubleConsumer fractionDone) {
        Integrity.Progress progress = (done, total) -> fractionDone.accept((double) done / total);
        char[] passphrase = db.passphrase();
        try {
            return new PreparedRestore(db.file(), backup, check(db.file(), backup, passphrase, progress), passphrase);
        } catch (RuntimeException e) {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
            throw e;
        }
    }

    /** A consistent copy to a file the rep chose (refused if it exists or is the data file itself). */
    public void copyTo(Path out) {
        if (isDataFileOrCompanion(out, db.file())) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("backups.outIsDataFile",
                    Map.of("file", out.toString())));
        }
        BackupFolder.copyTo(db, out);
    }

    /** The backups of the desk's data file, newest first. */
    public List<Backup> list() {
        return list(db.file());
    }

    /** The backups of a data file, newest first; works when the file itself cannot be opened. */
    public static List<Backup> list(Path dataFile) {
        return new BackupFolder(dataFile).list().stream().map(Backups::backup).toList();
    }

    /** How many automatic snapshots are kept (the {@code backup.keep} setting, 14 unless changed). */
    public int keep() {
        return BackupFolder.keep(db);
    }

    /** Sets how many automatic snapshots to keep; the rep's own backups are never deleted. */
    public void keep(int count) {
        if (count < 1 || count > 1000) {
            throw new ValidationException(List.of(Messages.text("backups.keepRange", Map.of("min", 1, "max", 1000))));
        }
        new org.repdesk.store.SettingsStore(db).putValue(BackupFolder.KEEP_SETTING, Integer.toString(count));
        folder.prune(count);
    }

    /**
     * Replaces the data file with a backup. The data file must not be open (close the desk first).
     * The backup is checked on a copy: it must be a RepDesk file, not from a newer RepDesk, and
     * pass SQLite's and RepDesk's checks (it is brought up to this version on the copy). Only then
     * is the current file (with its -wal) renamed aside with a time stamp and the checked copy moved
     * into its place. Nothing is ever overwritten, a damaged or foreign current file included.
     */
    public static Restored restore(Path dataFile, Path backup, Clock clock) {
        return restore(dataFile, backup, null, clock);
    }

    /**
     * {@link #restore(Path, Path, Clock)} when the data file and its backups are protected with
     * {@code passphrase}. A plain backup restored over a protected file is encrypted with the
     * passphrase first, so restoring never quietly removes the protection.
     */
    public static Restored restore(Path dataFile, Path backup, char[] passphrase, Clock clock) {
        Path target = dataFile.toAbsolutePath();
        Path source = backup.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("backups.noFile",
                    Map.of("file", source.toString())));
        }
        if (isDataFileOrCompanion(source, target)) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("backups.isDataFile",
                    Map.of("file", source.toString())));
        }
        BackupFolder folder = new BackupFolder(target);
        Path checking = checkedCopy(source, folder.folder(), passphrase, Integrity.Progress.NONE);
        boolean placed = false;
        try (DataFileLock lock = DataFileLock.acquire(target)) {
            if (passphrase != null && passphrase.length > 0 && !Database.isProtected(checking)) {
                Database.changePassphrase(checking, null, passphrase);
            }
            String restored = describeContents(checking, passphrase);
            String replaced = Files.exists(target) ? describeCurrent(target, folder.folder(), passphrase) : "";
            Optional<Path> aside = Optional.empty();
            if (Files.exists(target)) {
                aside = Optional.of(keepAside(target, LocalDateTime.now(clock)));
            }
            move(checking, target);
            placed = true;
            deleteWithCompanions(checking); // its lock file; the copy itself is now the data file
            return new Restored(target, source, aside, replaced, restored);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("backups.couldNotRestore",
                    Map.of("file", source.getFileName().toString(), "reason", String.valueOf(e.getMessage()))), e);
        } finally {
            if (!placed) {
                deleteWithCompanions(checking);
            }
        }
    }

    /**
     * Checks a backup without restoring it (the app does this while the file is still open, so a
     * bad backup is refused before anything is closed).
     *
     * @return what the backup holds, e.g. "60 members, 120 cases, ..."
     * @throws StoreException saying why it cannot be restored
     */
    public static String check(Path dataFile, Path backup) {
        return check(dataFile, backup, null);
    }

    /** {@link #check(Path, Path)} for a backup that may be protected with {@code passphrase}. */
    public static String check(Path dataFile, Path backup, char[] passphrase) {
        return check(dataFile, backup, passphrase, Integrity.Progress.NONE);
    }

    private static String check(Path dataFile, Path backup, char[] passphrase, Integrity.Progress progress) {
        Path source = backup.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("backups.noFile",
                    Map.of("file", source.toString())));
        }
        if (isDataFileOrCompanion(source, dataFile)) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("backups.isDataFile",
                    Map.of("file", source.toString())));
        }
        Path checking = checkedCopy(source, new BackupFolder(dataFile.toAbsolutePath()).folder(), passphrase, progress);
        try {
            return describeContents(checking, passphrase);
        } finally {
            deleteWithCompanions(checking);
        }
    }

    /** Copies the backup beside the data file and checks the copy; the backup itself is never changed. */
    private static Path checkedCopy(Path source, Path folder, char[] passphrase, Integrity.Progress progress) {
        Path copy;
        try {
            Files.createDirectories(folder);
            copy = Files.createTempFile(folder, ".checking-", ".db"); // owner-only from the start
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            Path wal = source.resolveSibling(source.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, Messages.text("backups.couldNotCopy",
                    Map.of("file", source.toString(), "reason", String.valueOf(e.getMessage()))), e);
        }
        FileCheck.Report report;
        try (Database check = Database.openCopy(copy, passphrase)) {
            report = new FileCheck(check).run(true, progress);
        } catch (StoreException e) {
            deleteWithCompanions(copy);
            throw new StoreException(e.kind(), Messages.text("backups.cannotRestore", Map.of("file",
                    source.getFileName().toString(), "reason", String.valueOf(e.getMessage()).replace(copy.toString(),
                            Messages.text("backups.it")))), e);
        }
        if (!report.healthy()) {
            deleteWithCompanions(copy);
            throw new StoreException(StoreException.Kind.DAMAGED, Messages.text("backups.hasProblems",
                    Map.of("file", source.getFileName().toString(), "problems", String.join(" ", report.problems()))));
        }
        return copy;
    }

    /**
     * What the current file holds, read from a copy so the file being replaced is not touched (not
     * even migrated); a file that does not open is described by why.
     */
    private static String describeCurrent(Path file, Path folder, char[] passphrase) {
        Path copy = null;
        try {
            copy = Files.createTempFile(folder, ".current-", ".db");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            try (Database current = Database.openCopy(copy, passphrase)) {
                return describe(current);
            }
        } catch (StoreException e) {
            return Messages.text("backups.current.unopened", Map.of("kind", e.kind().name()));
        } catch (IOException e) {
            return Messages.text("backups.current.unread");
        } finally {
            if (copy != null) {
                deleteWithCompanions(copy);
            }
        }
    }

    /** What a copy just checked in full holds: counted, not checked a second time. */
    private static String describeContents(Path checked, char[] passphrase) {
        try (Database d = Database.openCopy(checked, passphrase)) {
            return new FileCheck.Report(List.of(), new Integrity(d).counts()).summary();
        }
    }

    /** The file being replaced, in a line: its quick check is enough to say whether it is damaged. */
    private static String describe(Database d) {
        FileCheck.Report report = new FileCheck(d).run(false, Integrity.Progress.NONE);
        return report.healthy() ? report.summary()
                : Messages.text("backups.current.problems", Map.of("n", report.problems().size()));
    }

    /** Renames the file and its -wal/-shm to {@code <stem>-replaced-<time>.db}; returns the new name. */
    private static Path keepAside(Path target, LocalDateTime now) throws IOException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path aside = target.resolveSibling(stem + "-replaced-" + ASIDE.format(now) + ext);
        for (int n = 2; Files.exists(aside); n++) {
            aside = target.resolveSibling(stem + "-replaced-" + ASIDE.format(now) + "-" + n + ext);
        }
        for (String suffix : List.of("-wal", "-shm", "-journal")) {
            Path companion = target.resolveSibling(name + suffix);
            if (Files.exists(companion)) {
                move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        move(target, aside);
        return aside;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteWithCompanions(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(Backups.class.getName()).log(java.util.logging.Level.FINE,
                        "cannot delete a checked copy", e);
            }
        }
    }

    private static boolean isDataFileOrCompanion(Path file, Path dataFile) {
        Path f = file.toAbsolutePath().normalize();
        Path d = dataFile.toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            Path guarded = d.resolveSibling(d.getFileName() + suffix);
            try {
                if (f.equals(guarded) || Files.exists(f) && Files.exists(guarded) && Files.isSameFile(f, guarded)) {
                    return true;
                }
            } catch (IOException e) {
                return true; // cannot tell: refuse rather than risk the data file
            }
        }
        return false;
    }

    private static Backup backup(BackupFolder.Snapshot s) {
        long bytes;
        try {
            bytes = Files.size(s.file());
        } catch (IOException e) {
            bytes = 0;
        }
        String why = switch (s.kind()) {
            case START -> Messages.text("backups.why.start");
            case BEFORE_MIGRATION -> Messages.text("backups.why.migration");
            case BEFORE_RESTORE -> Messages.text("backups.why.restore");
            case MANUAL -> Messages.text("backups.why.manual");
        };
        return new Backup(s.file(), s.takenAt(), why, bytes);
    }
}
