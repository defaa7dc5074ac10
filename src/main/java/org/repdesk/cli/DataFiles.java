package org.repdesk.cli;

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

    static void requireExisting(Path dataFile) {
        if (dataFile == null) {
            return; // a branch casebook: opening it says whether it is there
        }
        if (!Files.isRegularFile(dataFile)) {
            throw new CommandFailure("There is no data file at " + dataFile.toAbsolutePath()
                    + " (give the right one with --db FILE).");
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
            throw args.wrong("--out must end in ." + String.join(", .", extensions) + ", not \"" + name + "\"");
        }
        requireExisting(dataFile);
        if (sameFileOrCompanion(out, dataFile)) {
            throw new CommandFailure("--out " + out + " is the data file itself; give another file name.");
        }
        return out;
    }
}
