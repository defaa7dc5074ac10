package org.repdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A -shm or -wal file left beside the data file that RepDesk cannot write (typically from a time
 * the data file was read-only, or made by another user): SQLite then refuses to open the file at
 * all, with a message that names neither. This names the file and says what to do.
 */
final class StaleCompanion {

    private StaleCompanion() {
    }

    /**
     * Before opening: a companion RepDesk cannot write makes SQLite open the file half read-only
     * (reads work, the first write or check fails with a message naming neither file), so it is
     * named up front. Empty when there is none, or when the data file itself cannot be written.
     */
    static java.util.Optional<StoreException> blocking(Path dataFile) {
        StoreException none = new StoreException(StoreException.Kind.OTHER, "");
        StoreException found = named(dataFile, none);
        return found == none ? java.util.Optional.empty() : java.util.Optional.of(found);
    }

    /** {@code e} reworded when a companion that cannot be written is the likely cause; {@code e} otherwise. */
    static StoreException named(Path dataFile, StoreException e) {
        return named(dataFile, e, Files::isWritable);
    }

    /** {@link #named(Path, StoreException)} with the writability test given (tests run as root, who may write anything). */
    static StoreException named(Path dataFile, StoreException e, java.util.function.Predicate<Path> writable) {
        if (e.kind() != StoreException.Kind.READ_ONLY && e.kind() != StoreException.Kind.DAMAGED
                && e.kind() != StoreException.Kind.OTHER) {
            return e;
        }
        if (Files.exists(dataFile) && !writable.test(dataFile)) {
            return e; // the data file itself is read-only: the message already says so
        }
        for (String suffix : List.of("-shm", "-wal")) {
            Path companion = dataFile.resolveSibling(dataFile.getFileName() + suffix);
            if (Files.exists(companion) && !writable.test(companion)) {
                return new StoreException(StoreException.Kind.READ_ONLY, org.repdesk.i18n.Messages.text(
                        "export.store.staleCompanion", java.util.Map.of("companion", companion.toString(),
                                "shm", suffix.equals("-shm") ? "yes" : "no")), e.getMessage().isEmpty() ? null : e);
            }
        }
        return e;
    }
}
