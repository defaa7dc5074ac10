package org.repdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.repdesk.service.NoteDrafts;
import org.repdesk.service.RepDesk;
import org.repdesk.store.Database;

/**
 * Types a note into a draft word by word, as the note form keeps it, printing each draft kept;
 * the crash test kills it mid-sentence and looks for the last words printed in the data file.
 */
public final class NoteTyper {

    private NoteTyper() {
    }

    public static void main(String[] args) {
        try (RepDesk desk = new RepDesk(Database.open(Path.of(args[0])), Clock.systemDefaultZone())) {
            String key = NoteDrafts.key(UUID.fromString(args[1]), UUID.randomUUID());
            StringBuilder note = new StringBuilder();
            for (int i = 0; ; i++) {
                note.append("word").append(i).append(' ');
                desk.noteDrafts().keep(key, "Call with member", note.toString());
                System.out.println("kept word" + i);
                System.out.flush();
            }
        }
    }
}
