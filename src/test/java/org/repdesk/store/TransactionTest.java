package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every write is all or nothing, and a write inside a write is part of the outer one. */
class TransactionTest {

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("tx.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void put(String key) {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO setting (key, value) VALUES ('" + key + "', 'v')");
            }
            return null;
        });
    }

    private List<String> keys(Database d) {
        return d.read(c -> {
            List<String> keys = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key FROM setting ORDER BY key")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    @Test
    void aWriteInsideAWriteIsUndoneWhenTheOuterWorkFails() {
        assertThrows(IllegalStateException.class, () -> db.write(c -> {
            put("outer");
            put("inner");
            throw new IllegalStateException("the rep's save failed half-way");
        }));
        assertEquals(List.of(), keys(db));
    }

    @Test
    void aFailedInnerWriteUndoesWhatTheOuterWorkHadDone() {
        put("existing");
        StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
            put("first");
            put("existing"); // duplicate key
            return null;
        }));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
        assertEquals(List.of("existing"), keys(db));
    }

    @Test
    void workInsideAWriteSeesItsOwnRowsBeforeTheyAreCommitted() {
        db.write(c -> {
            put("a");
            assertEquals(List.of("a"), keys(db));
            return null;
        });
        assertEquals(List.of("a"), keys(db));
    }

    @Test
    void afterAFailedWriteTheNextWriteWorks() {
        assertThrows(RuntimeException.class, () -> db.write(c -> {
            put("lost");
            throw new RuntimeException("boom");
        }));
        put("kept");
        assertEquals(List.of("kept"), keys(db));
    }

    @Test
    void writesFromSeveralThreadsAreEachSavedWhole() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String key = "t" + thread + "-" + i;
                        db.write(c -> {
                            put(key + "a");
                            put(key + "b");
                            return null;
                        });
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, keys(db).size());
    }

    @Test
    void anotherProgramWritingTheFileMakesRepDeskSayBusyAndItCanStillRead() throws Exception {
        put("before");
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tx.db"));
                Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.executeUpdate("INSERT INTO setting (key, value) VALUES ('other', 'x')");
            // WAL: RepDesk reads the last committed state while the other program's write is open
            assertEquals(List.of("before"), keys(db));
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> null));
            assertEquals(StoreException.Kind.BUSY, e.kind());
            assertTrue(e.getMessage().contains("Another program"), e.getMessage());
            st.execute("COMMIT");
        }
        assertEquals(List.of("before", "other"), keys(db));
    }

    @Test
    void aSecondRepDeskOnTheSameFileIsRefusedAtTheDoorAndTheFirstKeepsWorking() {
        put("before");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir.resolve("tx.db")));
        assertEquals(StoreException.Kind.BUSY, e.kind());
        assertTrue(e.getMessage().contains("Another RepDesk is already using"), e.getMessage());
        put("after");
        assertEquals(List.of("after", "before"), keys(db).stream().sorted().toList());
    }

    @Test
    void openingAFileInAFolderThatDoesNotExistYetCreatesTheFolder() {
        Path file = dir.resolve("Documents").resolve("RepDesk data").resolve("branch 2026.db");
        try (Database fresh = Database.open(file)) {
            assertEquals(file.toAbsolutePath(), fresh.file());
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void anEmptyFileIsTreatedAsANewDataFile() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (Database fresh = Database.open(file)) {
            assertEquals(List.of(), keys(fresh));
        }
    }
}
