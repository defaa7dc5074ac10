package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleCompanionTest {

    @TempDir
    Path dir;

    private final StoreException sqliteSaid = new StoreException(StoreException.Kind.READ_ONLY,
            "RepDesk could not open the file: the file or its folder cannot be written.");

    @Test
    void aShmFileThatCannotBeWrittenIsNamedWithWhatToDo() throws IOException {
        Path data = Files.createFile(dir.resolve("repdesk.db"));
        Path shm = Files.createFile(dir.resolve("repdesk.db-shm"));

        StoreException said = StaleCompanion.named(data, sqliteSaid, p -> !p.equals(shm));

        assertEquals(StoreException.Kind.READ_ONLY, said.kind());
        assertTrue(said.getMessage().contains(shm.toString()), said.getMessage());
        assertTrue(said.getMessage().contains("delete " + shm), said.getMessage());
        assertEquals(1, said.getMessage().lines().count(), "one line");
    }

    @Test
    void aWalFileThatCannotBeWrittenIsNeverToBeDeleted() throws IOException {
        Path data = Files.createFile(dir.resolve("repdesk.db"));
        Path wal = Files.createFile(dir.resolve("repdesk.db-wal"));

        StoreException said = StaleCompanion.named(data, sqliteSaid, p -> !p.equals(wal));

        assertTrue(said.getMessage().contains("do not delete it"), said.getMessage());
    }

    @Test
    void withNoStaleCompanionSqlitesOwnMessageStands() throws IOException {
        Path data = Files.createFile(dir.resolve("repdesk.db"));
        Files.createFile(dir.resolve("repdesk.db-shm"));

        assertSame(sqliteSaid, StaleCompanion.named(data, sqliteSaid, p -> true));
    }
}
