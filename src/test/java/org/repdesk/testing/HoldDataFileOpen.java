package org.repdesk.testing;

import java.nio.file.Path;
import org.repdesk.service.RepDesk;

/** A second RepDesk in its own process: opens the data file, says so, and holds it until killed. */
public final class HoldDataFileOpen {

    private HoldDataFileOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (RepDesk desk = RepDesk.open(Path.of(args[0]))) {
            System.out.println("open " + desk.members().all().size());
            System.out.flush();
            Thread.currentThread().join(); // until the test kills this process
        }
    }
}
