package org.repdesk.service;

import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import org.repdesk.store.Database;
import org.repdesk.testing.TestDesk;

/** Data files of made-up members for the backup tests: a file large enough for the day's copy to take steps, and a copy's count. */
final class FilesOfMembers {

    private FilesOfMembers() {
    }

    /** Adds {@code n} members to {@code file} in one write, then protects it with {@code passphrase} (null: plain). */
    static void addInOneGo(Path file, int n, char[] passphrase) {
        try (RepDesk desk = RepDesk.open(file)) {
            desk.database().write(c -> {
                for (int i = 0; i < n; i++) {
                    desk.members().save(aMember().build());
                }
                return null;
            });
            if (passphrase != null) {
                desk.protection().change(null, passphrase, passphrase);
            }
        }
    }

    /** How many members {@code file} (a copy, perhaps protected with {@code passphrase}) holds. */
    static int count(Path file, char[] passphrase) {
        try (RepDesk desk = new RepDesk(Database.openCopy(file, passphrase), TestDesk.fixedClock())) {
            return desk.members().all().size();
        }
    }
}
