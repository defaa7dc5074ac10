package org.repdesk.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** A case's timeline with no window: entries shown, a note saved and its draft dropped, automatic entries not edited. */
class TimelineViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;
    private CaseFile other;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TimelineViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        other = desk.cases().open(aCase(m).build());
        vm = new TimelineViewModel(desk.cases(), desk.documents(), desk.noteDrafts(), atOnce, dialogs);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNoteSavedJoinsTheTimelineItsCountAndItsDraftIsDropped() {
        vm.show(c.id());
        int before = vm.countProperty().get();
        TimelineEntryViewModel form = vm.newNoteForm().orElseThrow();
        assertEquals(TestDesk.TODAY, form.dateProperty().get(), "dated today by the desk's clock");
        form.kindProperty().set(EntryKind.PHONE_CALL);
        form.summaryProperty().set("Call to HR");
        form.noteProperty().set("Asked about");
        form.keepDraft(); // the pause in typing
        assertEquals(1, desk.noteDrafts().left().size());
        form.noteProperty().set("Asked about pro rata.");
        List<TimelineEntry> saved = new ArrayList<>();
        assertTrue(form.save(saved::add));
        assertEquals(List.of(), atOnce.failures);
        assertEquals(before + 1, vm.countProperty().get(), "the timeline read again");
        assertTrue(vm.entries().stream().anyMatch(e -> e.summary().equals("Call to HR")));
        assertEquals(0, desk.noteDrafts().left().size(), "saved: no draft left");
        form.keepDraft(); // a pause timer firing after the save keeps nothing
        assertEquals(0, desk.noteDrafts().left().size());

        vm.selectedProperty().set(vm.entries().stream().filter(e -> e.id().equals(saved.get(0).id())).findFirst().orElseThrow());
        assertFalse(vm.nothingSelectedProperty().get());
        dialogs.answering(true);
        vm.deleteSelected();
        assertEquals(before, vm.countProperty().get());
    }

    @Test
    void aCorrectedNoteKeepsItsIdAndANoteFormNeedsACaseShown() {
        assertTrue(vm.newNoteForm().isEmpty(), "no case shown: no note to add");
        TimelineEntry note = desk.cases().addEntry(TimelineEntry.of(c.id(), LocalDate.of(2026, 11, 20), EntryKind.NOTE,
                "Call to HR", "Asked about pro rata."));
        vm.show(c.id());
        TimelineEntryViewModel form = vm.correctionForm(note);
        form.summaryProperty().set("Call to HR (Cardiff)");
        assertTrue(form.save(x -> { }));
        assertEquals("Call to HR (Cardiff)", desk.cases().timeline(c.id()).stream()
                .filter(e -> e.id().equals(note.id())).findFirst().orElseThrow().summary());
        assertTrue(vm.entries().stream().anyMatch(e -> e.summary().equals("Call to HR (Cardiff)")));
    }

    @Test
    void deletingAnEntryAsksFirstAndCancelKeepsIt() {
        TimelineEntry note = desk.cases().addEntry(TimelineEntry.of(c.id(), LocalDate.of(2026, 11, 20), EntryKind.PHONE_CALL,
                "Call to HR", "Asked about pro rata."));
        vm.show(c.id());
        int before = vm.countProperty().get();
        vm.selectedProperty().set(vm.entries().stream().filter(e -> e.id().equals(note.id())).findFirst().orElseThrow());
        dialogs.answering(false);
        vm.deleteSelected();
        assertEquals("Delete this timeline entry?", dialogs.last().header());
        assertTrue(dialogs.last().lines().get(0).startsWith("20/11/2026"), dialogs.last().lines().get(0));
        assertEquals(before, desk.cases().timeline(c.id()).size(), "Cancel deletes nothing");
    }

    @Test
    void anAutomaticEntryIsNotEditedAndTheRepIsToldWhy() {
        vm.show(c.id());
        TimelineEntry opened = vm.entries().stream().filter(e -> !e.kind().isManual()).findFirst().orElseThrow();
        vm.selectedProperty().set(opened);
        List<TimelineEntry> openedNotes = new ArrayList<>();
        vm.editSelected(openedNotes::add);
        assertEquals(List.of(), openedNotes, "no note dialog for an automatic entry");
        assertEquals("inform", dialogs.last().kind());
        assertEquals(2, dialogs.last().lines().size());
    }

    @Test
    void automaticEntriesAreNotEditedAndANoteIs() {
        vm.show(c.id());
        List<TimelineViewModel.EditKind> seen = new ArrayList<>();
        TimelineEntry opened = vm.entries().stream().filter(e -> !e.kind().isManual()).findFirst().orElseThrow();
        vm.editKindOf(opened, seen::add);
        vm.editKindOf(TimelineEntry.of(c.id(), LocalDate.of(2026, 11, 20), EntryKind.NOTE, "Note", ""), seen::add);
        assertEquals(List.of(TimelineViewModel.EditKind.AUTOMATIC, TimelineViewModel.EditKind.NOTE), seen);
    }

    @Test
    void aReadFinishingAfterAnotherCaseWasChosenIsDropped() {
        desk.cases().addEntry(TimelineEntry.of(other.id(), LocalDate.of(2026, 11, 21), EntryKind.NOTE, "Other case's note", ""));
        atOnce.holdNext();
        vm.show(c.id());
        vm.show(other.id());
        atOnce.release(); // the first case's read arrives last
        assertTrue(vm.entries().stream().allMatch(e -> e.caseId().equals(other.id())));
    }
}
