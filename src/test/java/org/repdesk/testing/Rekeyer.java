package org.repdesk.testing;

import java.nio.file.Path;
import java.util.List;
import org.repdesk.store.Database;

/**
 * Changes a file's passphrase round a cycle (none → A → B → none …) as fast as it can, printing
 * each state only after the change returned. The crash test kills it mid-rekey.
 * Arguments: the file, and the passphrase it has now ("-" for none).
 */
public final class Rekeyer {

    /** The cycle of passphrases; "-" is none. */
    public static final List<String> CYCLE = List.of("-", "first passphrase A", "second passphrase B");

    private Rekeyer() {
    }

    public static char[] key(String s) {
        return s.equals("-") ? null : s.toCharArray();
    }

    public static String next(String s) {
        return CYCLE.get((CYCLE.indexOf(s) + 1) % CYCLE.size());
    }

    public static void main(String[] args) {
        String now = args[1];
        try (Database db = Database.open(Path.of(args[0]), key(now))) {
            System.out.println("ready");
            System.out.flush();
            while (true) {
                String next = next(now);
                db.changePassphrase(key(next));
                now = next;
                System.out.println("now " + now);
                System.out.flush();
            }
        }
    }
}
