package org.repdesk.bench;

import java.nio.file.Path;
import java.util.List;
import org.repdesk.model.CaseListRow;
import org.repdesk.service.RepDesk;

/**
 * Run in its own JVM by the benchmark: opens a data file, loads the members and the cases list as
 * the app does at start, then prints the heap in use after GC and the resident set (now and peak).
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) {
        try (RepDesk desk = RepDesk.open(Path.of(args[0]))) {
            var members = desk.members().all();
            List<CaseListRow> rows = desk.cases().listRows();
            double heap = ProcessMemory.heapAfterGcMiB();
            System.out.printf("HEAP heap_mib=%.1f rss_mib=%.1f hwm_mib=%.1f rows=%d members=%d%n", heap,
                    ProcessMemory.procStatusMiB("VmRSS"), ProcessMemory.procStatusMiB("VmHWM"), rows.size(),
                    members.size());
        }
    }
}
