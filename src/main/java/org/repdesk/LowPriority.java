package org.repdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work the rep does not wait for (the day's check and snapshot) asks Linux for only the CPU that
 * nothing else wants: the calling thread is set to nice 19, as `renice` does, so on two cores the FX
 * thread, the renderer and the store worker go first. Java's own thread priorities do nothing on Linux
 * without root. Measured (sixth session, JFR): the day's quick check of a 100,000-case file kept a
 * core busy for seconds from five seconds after the lists were read, through the case form's first
 * build and the next screens' first openings, and those openings' stalls were the FX thread
 * waiting for a core, not working. Elsewhere (no /proc/thread-self, no renice) nothing changes.
 */
public final class LowPriority {

    private static final Logger LOG = Logger.getLogger(LowPriority.class.getName());

    private LowPriority() {
    }

    /** Lowers the calling thread's priority to nice 19; true when it was lowered. */
    static boolean forThisThread() {
        return forThisThread(19);
    }

    /**
     * Lowers the calling thread's priority to {@code nice} (1-19; once lowered, a thread cannot be raised
     * again without root); true when it was lowered. Threads the caller makes afterwards start at it too.
     */
    public static boolean forThisThread(int nice) {
        try {
            // "PID/task/TID": on Linux, renice of a thread's id changes that thread alone.
            String thread = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", thread)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return renice.waitFor(5, TimeUnit.SECONDS) && renice.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "background work keeps its priority", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
