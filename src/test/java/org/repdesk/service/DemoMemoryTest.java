package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.testing.ChildJvm;
import org.repdesk.testing.DemoMemory;

/**
 * Issue 21's bound: a demo is made and written a chunk of cases at a time, so the memory it holds does not
 * grow with the number of cases. When every case was held until all were written, 300,000 cases peaked at
 * 2.3 GB; here a demo six times as large must hold about what the small one did.
 */
class DemoMemoryTest {

    @TempDir
    Path dir;

    private static final int SMALL = 4_000;
    private static final int LARGE = 24_000;
    /** Holding every case took about 240 bytes each: 4.7 MiB more for the larger demo (measured), 0.5 MiB now. */
    private static final long ALLOWED_GROWTH_KIB = 2 * 1024;

    @Test
    void aDemoSixTimesAsLargeHoldsNoMoreMemoryWhileItIsMade() throws Exception {
        try (ChildJvm child = ChildJvm.start(DemoMemory.class, dir.toString(), "200", Integer.toString(SMALL),
                Integer.toString(LARGE))) {
            long small = heldKib(child.nextLine(180), SMALL);
            long large = heldKib(child.nextLine(300), LARGE);
            assertTrue(large - small < ALLOWED_GROWTH_KIB, "making " + SMALL + " cases held at most " + small
                    + " KiB, making " + LARGE + " held " + large + " KiB");
            assertEquals(0, child.waitFor(60));
        }
    }

    private static long heldKib(String line, int cases) {
        assertTrue(line != null && line.startsWith(cases + " "), "the child printed " + line);
        return Long.parseLong(line.substring(line.indexOf(' ') + 1));
    }
}
