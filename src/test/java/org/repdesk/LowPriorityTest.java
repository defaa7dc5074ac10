package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

public class LowPriorityTest {

    @Test
    void theDaysCheckThreadGivesWayWhileTheAppsOtherThreadsKeepTheirPriority() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
        int before = niceOfThisThread();
        CompletableFuture<int[]> lowered = new CompletableFuture<>();
        Thread background = new Thread(() -> {
            boolean done = LowPriority.forThisThread();
            lowered.complete(new int[] {done ? 1 : 0, niceOfThisThread()});
        });
        background.start();
        background.join();
        assertEquals(1, lowered.get()[0]);
        assertEquals(19, lowered.get()[1]);
        assertEquals(before, niceOfThisThread(), "only the calling thread is lowered");
    }

    /** Field 19 of /proc/thread-self/stat (after the command name in brackets, field 3 is the 1st). */
    /** Also read by the UI's tests (ui.BackgroundGivesWayTest). */
    public static int niceOfThisThread() {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc/thread-self/stat"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(after[16]);
    }
}
