package org.repdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.store.BackupFolder;
import org.repdesk.store.Database;
import org.repdesk.store.StoreException;

/**
 * The passphrase that protects the data file (SQLite3MultipleCiphers, SQLCipher-compatible
 * AES-256). Setting, changing or removing it re-encrypts the file and every backup of it in the
 * backups folder, so an old plain or old-key backup does not undo what the rep chose.
 */
public final class Protection {

    /** Long enough to resist offline guessing of a stolen file; three random words pass easily. */
    public static final int MINIMUM_LENGTH = 12;

    /**
     * What a change did, for the rep: set, changed or removed (told apart by {@code wasProtected} and
     * {@code protectedNow}), the backups now under the new passphrase, and any left as they were.
     */
    public record Changed(boolean wasProtected, boolean protectedNow, int backupsRekeyed,
            List<String> backupsNotRekeyed) {
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            lines.add(Messages.text(!protectedNow ? "protection.removed"
                    : wasProtected ? "protection.changedNow" : "protection.protectedNow"));
            if (backupsRekeyed > 0) {
                lines.add(Messages.text(protectedNow ? "protection.backupsProtected" : "protection.backupsPlain",
                        Map.of("n", backupsRekeyed)));
            }
            for (String name : backupsNotRekeyed) {
                lines.add(Messages.text("protection.backupNotChanged", Map.of("file", name)));
            }
            return lines;
        }
    }

    private final Database db;

    Protection(Database db) {
        this.db = db;
    }

    /** True when the data file is encrypted with a passphrase. */
    public boolean isProtected() {
        return db.isEncrypted();
    }

    /**
     * The problems with a new passphrase and its repetition, empty when it can be used.
     * Length is what counts (NCSC: three random words); no rules about symbols.
     */
    public static List<String> problemsWith(char[] passphrase, char[] repeated) {
        List<String> problems = new ArrayList<>();
        if (passphrase == null || passphrase.length == 0) {
            problems.add(Messages.text("protection.enter"));
        } else if (passphrase.length < MINIMUM_LENGTH) {
            problems.add(Messages.text("protection.tooShort", Map.of("min", MINIMUM_LENGTH)));
        } else if (new String(passphrase).isBlank()) {
            problems.add(Messages.text("protection.spacesOnly"));
        }
        if (passphrase != null && passphrase.length > 0 && !Arrays.equals(passphrase, repeated)) {
            problems.add(Messages.text("protection.notSame"));
        }
        return problems;
    }

    /**
     * Sets or changes the passphrase. The current one must be given when the file is protected.
     *
     * @throws ValidationException when the current passphrase is wrong or the new one is too weak
     */
    public Changed change(char[] current, char[] next, char[] repeated) {
        List<String> problems = new ArrayList<>(problemsWith(next, repeated));
        checkCurrent(current, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return rekey(next);
    }

    /** Removes the passphrase: the file (and its backups) become plain SQLite files. */
    public Changed remove(char[] current) {
        List<String> problems = new ArrayList<>();
        if (!isProtected()) {
            problems.add(Messages.text("protection.nothingToRemove"));
        }
        checkCurrent(current, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return rekey(null);
    }

    private void checkCurrent(char[] current, List<String> problems) {
        char[] actual = db.passphrase();
        try {
            if (actual != null && !Arrays.equals(actual, current)) {
                problems.add(Messages.text("protection.currentWrong"));
            }
        } finally {
            if (actual != null) {
                Arrays.fill(actual, '\0');
            }
        }
    }

    private Changed rekey(char[] next) {
        char[] old = db.passphrase();
        try {
            db.changePassphrase(next);
            int done = 0;
            List<String> notDone = new ArrayList<>();
            for (BackupFolder.Snapshot s : new BackupFolder(db.file()).list()) {
                if (rekeyBackup(s.file(), old, next)) {
                    done++;
                } else {
                    notDone.add(s.file().getFileName().toString());
                }
            }
            return new Changed(old != null, db.isEncrypted(), done, notDone);
        } finally {
            if (old != null) {
                Arrays.fill(old, '\0');
            }
        }
    }

    private static boolean rekeyBackup(Path backup, char[] old, char[] next) {
        try {
            boolean wasProtected = Database.isProtected(backup);
            boolean wantProtected = next != null && next.length > 0;
            if (!wasProtected && !wantProtected) {
                return true; // already as wanted
            }
            Database.changePassphrase(backup, wasProtected ? old : null, next);
            return true;
        } catch (StoreException e) {
            java.util.logging.Logger.getLogger(Protection.class.getName()).log(java.util.logging.Level.WARNING,
                    "cannot re-key the backup " + backup.getFileName(), e);
            return false;
        }
    }
}
