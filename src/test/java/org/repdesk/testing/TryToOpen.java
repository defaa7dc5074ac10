package org.repdesk.testing;

import java.nio.file.Path;
import org.repdesk.service.RepDesk;
import org.repdesk.store.StoreException;

/** Opens the data file in its own process and prints "ok" or the failure's kind and message. */
public final class TryToOpen {

    private TryToOpen() {
    }

    public static void main(String[] args) {
        try (RepDesk desk = RepDesk.open(Path.of(args[0]))) {
            System.out.println("ok " + desk.members().all().size());
        } catch (StoreException e) {
            System.out.println(e.kind() + " " + e.getMessage().replace('\n', ' '));
        }
    }
}
