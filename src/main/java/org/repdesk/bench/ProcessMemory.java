package org.repdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory from /proc/self/status (Linux) and the heap in use after a GC. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** A line such as "VmRSS" or "VmHWM" of /proc/self/status, in MiB; -1 where there is no /proc. */
    public static double procStatusMiB(String key) {
        return procStatusMiB(Path.of("/proc/self/status"), key);
    }

    /** As {@link #procStatusMiB(String)}, of the process {@code pid}; -1 once it has ended. */
    public static double procStatusMiB(long pid, String key) {
        return procStatusMiB(Path.of("/proc", Long.toString(pid), "status"), key);
    }

    private static double procStatusMiB(Path status, String key) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * The installers' runtime has no java.management (packaging/jlink.args): the probe run by the
     * packaged launcher (docs/benchmarks.md) then reads the process's own start instead.
     */
    private static final boolean MANAGEMENT = ModuleLayer.boot().findModule("java.management").isPresent();

    /** Heap in use after asking for a full GC twice, in MiB; NaN without java.management. */
    public static double heapAfterGcMiB() {
        System.gc();
        System.gc();
        return MANAGEMENT ? ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0) : Double.NaN;
    }

    /** A thread's CPU time in nanoseconds, or -1 where the runtime has no java.management (the installers'). */
    public static long threadCpuNanos(long threadId) {
        return MANAGEMENT && threadId >= 0 ? ManagementFactory.getThreadMXBean().getThreadCpuTime(threadId) : -1;
    }

    /**
     * The calling thread's CPU time in nanoseconds from /proc/thread-self/stat (user + system, 10 ms
     * steps), for a runtime without java.management; -1 where there is no /proc.
     */
    public static long currentThreadCpuNanosFromProc() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(rest[11]) + Long.parseLong(rest[12])) * 10_000_000L; // USER_HZ 100
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Milliseconds since this JVM started: the JVM's own start stamp, or, in a runtime without
     * java.management, the process's start (/proc; 10 ms steps, the launcher's own start included).
     */
    public static long sinceJvmStartMs() {
        long started = MANAGEMENT ? ManagementFactory.getRuntimeMXBean().getStartTime()
                : ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        return System.currentTimeMillis() - started;
    }
}
