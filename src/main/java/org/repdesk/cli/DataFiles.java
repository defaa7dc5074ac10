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
        if (!Files.isRegularFile(dataFile)) {
            throw new CommandFailure("There is no data file at " + dataFile.toAbsolutePath()
                    + " (give the right one with --db FILE).");
        }
    }
}
