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

            TimelineEntry saved = desk.noteDrafts().saveAsNote(left.get(0), TestDesk.TODAY);
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

    @Test
    void theLongFieldsOfACaseAreKeptAsTypedOfferedBackAndPutIntoTheCase() {
        try (RepDesk desk = TestDesk.open(dir)) {
            CaseFile c = desk.cases().open(aCase(desk.members().save(aMember().build())).account("Over 120% since March")
                    .build());
            NoteDrafts drafts = desk.noteDrafts();
            drafts.keep(c.id(), NoteDrafts.CaseField.WORKLOAD_ACCOUNT, "Over 120% since March; court duty uncounted",
                    c.workloadAccount());
            drafts.keep(c.id(), NoteDrafts.CaseField.OUTCOME, "  ", null);
            assertEquals(List.of(), drafts.left(), "a field's text is not offered as a note");

            List<NoteDrafts.FieldLeft> left = drafts.fieldsLeft();
            assertEquals(1, left.size(), "the outcome as saved (none) keeps nothing");
            assertEquals(NoteDrafts.CaseField.WORKLOAD_ACCOUNT, left.get(0).field());

            CaseFile saved = drafts.saveIntoCase(left.get(0));
            assertEquals("Over 120% since March; court duty uncounted", saved.workloadAccount());
            assertEquals(saved, desk.cases().byId(c.id()).orElseThrow());
            assertEquals(List.of(), drafts.fieldsLeft());

            drafts.keep(c.id(), NoteDrafts.CaseField.OUTCOME, "Warning withdrawn", null);
            drafts.keep(c.id(), NoteDrafts.CaseField.WORKLOAD_ACCOUNT, saved.workloadAccount(), saved.workloadAccount());
            assertEquals(1, drafts.fieldsLeft().size(), "typed back to the saved text: nothing kept for it");
            drafts.discardFields(c.id());
            assertEquals(List.of(), drafts.fieldsLeft());
        }
    }
}
