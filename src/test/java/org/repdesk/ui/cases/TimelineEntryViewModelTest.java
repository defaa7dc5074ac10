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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** A timeline entry's form with no window: each problem beside its field, drafts, and the save. */
class TimelineEntryViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final AtOnce atOnce = new AtOnce();
    private final List<TimelineEntry> saved = new ArrayList<>();
    private final List<String> drafts = new ArrayList<>();
    private int writes;

    /** The drafts kept and dropped, in order. */
    private final TimelineEntryViewModel.Drafts keptHere = new TimelineEntryViewModel.Drafts() {
        @Override
        public void keep(UUID entryId, String summary, String note) {
            drafts.add("keep " + summary);
        }

        @Override
        public void discard(UUID entryId) {
            drafts.add("discard");
        }
    };

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private TimelineEntryViewModel newForm() {
        return TimelineEntryViewModel.forNew(atOnce, c.id(), TestDesk.TODAY, e -> {
            writes++;
            return desk.cases().addEntry(e);
        }, keptHere);
    }

    private static String said(String language, String english, String welsh) {
        return "cy".equals(language) ? welsh : english;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void noSummaryRequiredIsSaidOnAFormJustOpenedButSaveSaysEveryProblem(String language) {
        Messages.setLanguage(Messages.forCode(language));
        TimelineEntryViewModel form = newForm();
        assertEquals("", form.summaryProblem().shownProperty().get(), "no \"Summary is required.\" before typing");
        assertFalse(form.cannotSaveProperty().get());
        form.dateProperty().set(LocalDate.of(26, 11, 20));
        assertFalse(form.save(saved::add));
        assertEquals(said(language, "Required.", "Rhaid llenwi hwn."), form.summaryProblem().shownProperty().get());
        assertEquals(said(language, "The year 26 is not likely: write the year in full, like 2026.",
                "Nid yw'r flwyddyn 26 yn debygol: ysgrifennwch y flwyddyn yn llawn, fel 2026."),
                form.dateProblem().shownProperty().get());
        assertEquals("", form.noteProblem().shownProperty().get(), "a note may be empty");
        assertEquals(0, writes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aSummaryTooLongIsSaidOnceTyped(String language) {
        Messages.setLanguage(Messages.forCode(language));
        TimelineEntryViewModel form = newForm();
        form.summaryProperty().set("S".repeat(10_000));
        assertEquals(said(language, "Too long: 10,000 characters, at most 200.", "Rhy hir: 10,000 nod, 200 ar y mwyaf."),
                form.summaryProblem().shownProperty().get());
        assertEquals("", form.dateProblem().shownProperty().get(), "the date, untouched and right, says nothing");
        assertFalse(form.save(saved::add));
        assertTrue(form.cannotSaveProperty().get());
        assertEquals(0, writes);
    }

    @Test
    void aTenThousandCharacterNoteIsSavedWholeOnceAndNoDraftIsKeptAfter() {
        TimelineEntryViewModel form = newForm();
        form.kindProperty().set(EntryKind.MEETING);
        form.summaryProperty().set("Formal attendance meeting booked");
        String note = "Member reports 50-hour weeks; WMT at 142%. ".repeat(300).substring(0, 10_000);
        form.noteProperty().set(note);
        form.keepDraft();
        atOnce.holdNext();
        assertTrue(form.save(saved::add));
        form.keepDraft(); // the pause after the last keystroke ending while it saves
        assertFalse(form.save(saved::add));
        atOnce.release();
        form.keepDraft();
        form.cancel();
        assertEquals(1, writes);
        assertEquals(List.of("keep Formal attendance meeting booked"), drafts, "kept before the save only, never dropped by Cancel after");
        TimelineEntry entry = desk.cases().timeline(c.id()).stream().filter(e -> e.kind() == EntryKind.MEETING)
                .findFirst().orElseThrow();
        assertEquals(note.strip(), entry.text());
        assertEquals(form.entryId(), entry.id(), "saved under the id its draft was kept under");
    }

    @Test
    void aCorrectionKeepsItsIdAndNothingChangedWritesNothingButDropsTheDraft() {
        TimelineEntry note = desk.cases().addEntry(TimelineEntry.of(c.id(), LocalDate.of(2026, 11, 20), EntryKind.NOTE,
                "Call to HR", "Asked about pro rata."));
        TimelineEntryViewModel form = TimelineEntryViewModel.forEditing(atOnce, note, e -> {
            writes++;
            return desk.cases().editEntry(e);
        }, keptHere);
        form.summaryProperty().set("Call to HR (Cardiff)");
        form.summaryProperty().set("Call to HR");
        assertTrue(form.save(saved::add));
        assertEquals(0, writes);
        assertEquals(List.of("discard"), drafts);
        assertEquals(List.of(note), saved);

        form.noteProperty().set("Asked about pro rata and the 37-hour week.");
        assertTrue(form.save(saved::add));
        assertEquals(1, writes);
        TimelineEntry after = desk.cases().timeline(c.id()).stream().filter(e -> e.id().equals(note.id()))
                .findFirst().orElseThrow();
        assertEquals("Asked about pro rata and the 37-hour week.", after.text());
    }

    @Test
    void cancellingANewEntryDropsItsDraft() {
        TimelineEntryViewModel form = newForm();
        form.summaryProperty().set("Call");
        form.keepDraft();
        form.cancel();
        assertEquals(List.of("keep Call", "discard"), drafts);
    }

    @Test
    void anEntryOnACaseDeletedMeanwhileIsSaidInTheFormAndTheTypingKept() {
        TimelineEntryViewModel form = newForm();
        form.summaryProperty().set("Call to HR");
        desk.cases().delete(c.id());
        assertTrue(form.save(saved::add));
        assertFalse(form.formProblemProperty().get().isEmpty(), "the store's refusal is said in the form");
        assertEquals("Call to HR", form.summaryProperty().get());
        assertTrue(saved.isEmpty());
    }
}
