package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.testing.ChildJvm;
import org.repdesk.testing.NoteTyper;
import org.repdesk.testing.TestDesk;

/** A note being typed survives RepDesk being killed, and is offered back to be saved or discarded. */
class NoteDraftsTest {

    @TempDir
    Path dir;

    @Test
    void aNoteTypedWhenRepDeskIsKilledIsThereAtTheNextStartUpToItsLastKeptWord() throws Exception {
        CaseFile c;
        try (RepDesk desk = TestDesk.open(dir)) {
            c = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
        }
        String lastKept = null;
        try (ChildJvm typer = ChildJvm.start(NoteTyper.class, dir.resolve("repdesk.db").toString(), c.id().toString())) {
            for (int i = 0; i < 40; i++) {
                String line = typer.nextLine(30);
                assertNotNull(line, "the typer stopped early");
                lastKept = line.substring("kept ".length());
            }
            typer.kill();
        }

        try (RepDesk desk = TestDesk.open(dir)) {
            List<NoteDrafts.Left> left = desk.noteDrafts().left();
            assertEquals(1, left.size());
            assertEquals(c.reference(), left.get(0).caseFile().orElseThrow().reference());
            assertEquals("Call with member", left.get(0).summary());
            assertTrue(left.get(0).note().contains(lastKept + " "), "every word kept before the kill is there");

            TimelineEntry saved = desk.noteDrafts().saveAsNote(left.get(0), "Recovered", TestDesk.TODAY);
            assertEquals(EntryKind.NOTE, saved.kind());
            assertTrue(desk.cases().timeline(c.id()).contains(saved));
            assertEquals(List.of(), desk.noteDrafts().left(), "offered once: saved, it is no longer a draft");
        }
    }

    @Test
    void clearingTheTextOrDiscardingLeavesNoDraft() {
        try (RepDesk desk = TestDesk.open(dir)) {
            String key = NoteDrafts.key(UUID.randomUUID(), UUID.randomUUID());
            desk.noteDrafts().keep(key, "Summary", "Some words");
            desk.noteDrafts().keep(key, "", "  ");
            assertEquals(List.of(), desk.noteDrafts().left());
            desk.noteDrafts().keep(key, "Summary", "Some words");
            assertTrue(desk.noteDrafts().left().get(0).caseFile().isEmpty(), "its case is gone: shown, not saved");
            desk.noteDrafts().discard(key);
            assertEquals(List.of(), desk.noteDrafts().left());
        }
    }

    @Test
    void deletingACaseDeletesWhatWasBeingTypedOnItAndNoOtherCasesDrafts() {
        try (RepDesk desk = TestDesk.open(dir)) {
            CaseFile gone = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
            CaseFile stays = desk.cases().open(aCase(desk.members().save(aMember().number("N2").build())).build());
            desk.noteDrafts().keep(NoteDrafts.key(gone.id(), UUID.randomUUID()), "Call", "About the hearing");
            desk.noteDrafts().keep(NoteDrafts.key(stays.id(), UUID.randomUUID()), "Call", "About the appeal");

            desk.cases().delete(gone.id());

            List<NoteDrafts.Left> left = desk.noteDrafts().left();
            assertEquals(1, left.size());
            assertEquals(stays.id(), left.get(0).caseFile().orElseThrow().id());
        }
    }
}
