package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.store.Database;
import org.repdesk.testing.ChildJvm;
import org.repdesk.testing.RekeyMemory;

/**
 * Issue 21's bound: setting, changing or removing the passphrase must not hold the file in memory. At
 * 300,000 cases setting it peaked at 2,141 MiB and removing it at 2,376 MiB (the file is 2 GB).
 */
class RekeyMemoryTest {

    @TempDir
    Path dir;

    /** 96 MB of pages the rekey has to walk; the growth allowed is well under that. */
    private static final int FILLER_MB = 96;
    private static final long ALLOWED_KIB = 40 * 1024;

    @Test
    void aPassphraseIsSetChangedAndRemovedWithoutHoldingTheFileInMemory() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "peak memory is read from Linux's /proc");
        Path file = dir.resolve("repdesk.db");
        try (Database db = Database.open(file)) {
            // Incompressible rows, so the file is as large on disk as in pages.
            db.runOutsideTransaction("CREATE TABLE filler (b BLOB)");
            db.runOutsideTransaction("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    + FILLER_MB * 256 + ") INSERT INTO filler SELECT randomblob(4000) FROM n");
        }
        assertTrue(Files.size(file) > FILLER_MB * 1_000_000L, "the file is " + Files.size(file) + " bytes");
        try (ChildJvm child = ChildJvm.start(RekeyMemory.class, file.toString())) {
            for (String step : new String[] {"- > first passphrase A", "first passphrase A > second passphrase B",
                    "second passphrase B > -"}) {
                String line = child.nextLine(120);
                assertTrue(line != null && line.startsWith(step + " "), step + ": " + line);
                long grewKib = Long.parseLong(line.substring(step.length() + 1));
                assertTrue(grewKib < ALLOWED_KIB, step + ": peak memory grew " + grewKib / 1024 + " MiB for a "
                        + Files.size(file) / (1024 * 1024) + " MiB file");
            }
            assertEquals(0, child.waitFor(60));
        }
    }
}
