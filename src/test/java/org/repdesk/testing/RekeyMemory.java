package org.repdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.repdesk.store.Database;

/**
 * Sets, changes and removes a plain file's passphrase once each (none → A → B → none), printing after each
 * step how far this process's peak resident memory (Linux's VmHWM) has grown since the file was opened, in KiB.
 * Argument: the file. Run in a JVM of its own, so no earlier test's peak hides the rekeys'.
 */
public final class RekeyMemory {

    private RekeyMemory() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(Path.of(args[0]))) {
            long before = peakKib();
            String now = "-";
            for (int i = 0; i < Rekeyer.CYCLE.size(); i++) {
                String next = Rekeyer.next(now);
                db.changePassphrase(Rekeyer.key(next));
                System.out.println(now + " > " + next + " " + (peakKib() - before));
                System.out.flush();
                now = next;
            }
        }
    }

    static long peakKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmHWM in /proc/self/status");
    }
}
