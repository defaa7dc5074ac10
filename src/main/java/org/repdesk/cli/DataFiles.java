package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Commands that only read a data file must not create an empty one by accident. */
final class DataFiles {

    private DataFiles() {
    }

    /** True when {@code file} is the data file or its SQLite -wal/-shm companion: never to be overwritten. */
    static boolean sameFileOrCompanion(Path file, Path dataFile) {
        if (dataFile == null) {
            return false; // a casebook lives on its server
        }
        Path f = file.toAbsolutePath().normalize();
        Path d = dataFile.toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path guarded = d.resolveSibling(d.getFileName() + suffix);
            try {
                if (f.equals(guarded) || Files.exists(f) && Files.exists(guarded) && Files.isSameFile(f, guarded)) {
                    return true;
                }
            } catch (IOException e) {
                return true; // cannot tell: better to refuse than to risk the data file
            }
        }
        return false;
    }

    /** The flag that lets {@code --out} replace an existing file that is not one of the data file's own. */
    static final String FORCE = "--force";

    /**
     * Refuses an {@code --out} that is the data file, its -wal, -shm, -journal or lock file, or in
     * its backups folder, whatever is given; and any other existing file unless {@code --force}
     * (as {@code backup --out} refuses). One line each, exit 1: the rep's files are never replaced
     * by surprise.
     */
    static void requireFreeOut(Args args, Path out, Path dataFile) {
        Path f = out.toAbsolutePath().normalize();
        if (dataFile != null && ownFile(f, out, dataFile)) { // a casebook (null) has no files here to guard
            Path d = dataFile.toAbsolutePath().normalize();
            throw new CommandFailure(org.repdesk.i18n.Messages.text("export.out.dataFiles",
                    java.util.Map.of("out", out.toString(), "data", d.toString())));
        }
        if (Files.isDirectory(f)) {
            throw new CommandFailure(org.repdesk.i18n.Messages.text("export.out.folder",
                    java.util.Map.of("out", out.toString())));
        }
        if (Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !args.flag(FORCE)) {
            throw new CommandFailure(org.repdesk.i18n.Messages.text("export.out.exists",
                    java.util.Map.of("out", out.toString())));
        }
    }

    /** The data file, its companions, its lock file or anything in its backups folder. */
    private static boolean ownFile(Path f, Path out, Path dataFile) {
        Path d = dataFile.toAbsolutePath().normalize();
        Path lock = org.repdesk.store.DataFileLock.lockFileOf(d).normalize();
        Path backups = new org.repdesk.store.BackupFolder(d).folder().normalize();
        return sameFileOrCompanion(out, dataFile) || f.equals(lock) || f.startsWith(backups)
                || Files.exists(f) && Files.exists(lock) && isSame(f, lock);
    }

    private static boolean isSame(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return true; // cannot tell: better to refuse than to risk the data file's own files
        }
    }

    static void requireExisting(Path dataFile) {
        if (dataFile == null) {
            return; // a branch casebook: opening it says whether it is there
        }
        if (!Files.isRegularFile(dataFile)) {
            throw new CommandFailure(Messages.text("cli.noDataFile", Map.of("file", dataFile.toAbsolutePath().toString())));
        }
    }

    /**
     * The {@code --out} file of a command that writes a document from an existing data file: it must
     * have one of the {@code extensions} and must not be the data file itself.
     */
    static Path documentOut(Args args, Path dataFile, String... extensions) {
        Path out = Path.of(args.required("--out"));
        String name = out.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (!List.of(extensions).contains(ext)) {
            throw args.wrong(Messages.text("cli.out.ending", Map.of("endings", "." + String.join(", .", extensions), "name", name)));
        }
        requireExisting(dataFile);
        requireFreeOut(args, out, dataFile);
        return out;
    }
}
