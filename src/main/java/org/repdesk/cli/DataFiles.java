package org.repdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Commands that only read a data file must not create an empty one by accident. */
final class DataFiles {

    private DataFiles() {
    }

    static void requireExisting(Path dataFile) {
        if (!Files.isRegularFile(dataFile)) {
            throw new CommandFailure("There is no data file at " + dataFile.toAbsolutePath()
                    + " (give the right one with --db FILE).");
        }
    }
}
