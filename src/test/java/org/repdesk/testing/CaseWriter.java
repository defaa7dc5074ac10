package org.repdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.store.Database;

/**
 * Writes cases through the services in a loop, as fast as it can, and prints each case's reference
 * only after the service call returned (the transaction committed). The crash test kills it
 * mid-write and then looks for every printed reference.
 */
public final class CaseWriter {

    private CaseWriter() {
    }

    public static void main(String[] args) {
        char[] passphrase = args.length > 1 ? args[1].toCharArray() : null; // a protected file's passphrase
        try (RepDesk desk = new RepDesk(Database.open(Path.of(args[0]), passphrase), Clock.systemDefaultZone())) {
            Member member = desk.members().save(Builders.aMember().number("CW-" + System.nanoTime()).build());
            System.out.println("ready");
            System.out.flush();
            String note = Builders.longNote(3_000);
            for (int i = 0; ; i++) {
                var c = desk.cases().open(Builders.aCase(member).openedOn(LocalDate.of(2026, 1, 5)).build());
                desk.cases().addEntry(new TimelineEntry(java.util.UUID.randomUUID(), c.id(), LocalDate.of(2026, 1, 6),
                        EntryKind.NOTE, "Note " + i, note));
                System.out.println("committed " + c.reference());
                System.out.flush();
            }
        }
    }
}
