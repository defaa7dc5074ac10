package org.repdesk.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import org.repdesk.service.DemoData;
import org.repdesk.service.RepDesk;
import org.repdesk.store.Database;

/**
 * Makes a demo of each size asked for, each in a new data file, and prints for each a line "CASES KIB": the most
 * heap still in use, after a full collection, at any store call while that demo was made. Every chunk of cases
 * passes through the store, so a demo that holds what it has made is seen holding it. Arguments: a folder, the
 * members, then one or more case counts. Run in a JVM of its own, so the collections see only the demo's objects.
 */
public final class DemoMemory {

    private DemoMemory() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int members = Integer.parseInt(args[1]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] most = new long[1];
        Database.checkEachCall(() -> {
            memory.gc();
            most[0] = Math.max(most[0], memory.getHeapMemoryUsage().getUsed());
        });
        for (int i = 2; i < args.length; i++) {
            int cases = Integer.parseInt(args[i]);
            most[0] = 0;
            try (RepDesk desk = TestDesk.open(folder.resolve("demo-" + cases))) {
                new DemoData(desk).generate(members, cases, DemoData.DEFAULT_SEED);
            }
            System.out.println(cases + " " + most[0] / 1024);
            System.out.flush();
        }
    }
}
