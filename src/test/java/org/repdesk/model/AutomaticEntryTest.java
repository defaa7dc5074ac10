package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/** RepDesk's own timeline entries read in the reader's language, whichever language they were written in. */
class AutomaticEntryTest {

    private static final String INFORMAL = "Informal stage (support and improvement plan)";
    private static final String FORMAL_1 = "Formal stage 1 (first written warning)";

    private static String en(AutomaticEntry a) {
        return a.words(Messages.ENGLISH);
    }

    private static String cy(AutomaticEntry a) {
        return a.words(Messages.WELSH);
    }

    @Test
    void aStageChangeReadsInEnglishAndInWelshWithTheStartingStagesInEachLanguage() {
        AutomaticEntry a = AutomaticEntry.stageChanged(INFORMAL, FORMAL_1);
        assertEquals("Stage changed from informal stage (support and improvement plan) to formal stage 1 (first written"
                + " warning)", en(a), "mid-sentence, in lower case");
        assertEquals("Newidiwyd y cam o gam anffurfiol (cynllun cymorth a gwella) i gam ffurfiol 1 (rhybudd ysgrifenedig"
                + " cyntaf)", cy(a), "lower case, and as Welsh reads after \"o\" and \"i\"");
    }

    @Test
    void aStageTheRepNamedIsShownAsTheyWroteItInBothLanguages() {
        AutomaticEntry a = AutomaticEntry.stageChanged("Pre-hearing chat", "Appeal");
        assertEquals("Stage changed from Pre-hearing chat to appeal", en(a));
        assertEquals("Newidiwyd y cam o Pre-hearing chat i apêl", cy(a));
    }

    @Test
    void theOpeningAndStatusChangesReadInEachLanguage() {
        assertEquals("Case opened at stage: Appeal", en(AutomaticEntry.caseOpened("Appeal")));
        assertEquals("Agorwyd yr achos ar y cam: Apêl", cy(AutomaticEntry.caseOpened("Appeal")));
        AutomaticEntry held = AutomaticEntry.statusChanged(CaseStatus.OPEN, CaseStatus.ON_HOLD, null);
        assertEquals(TimelineEvent.STATUS_CHANGED, held.event());
        assertEquals("Status changed from open to on hold", en(held));
        assertEquals("Newidiwyd y statws o ar agor i wedi’i ohirio", cy(held));
        AutomaticEntry closed = AutomaticEntry.statusChanged(CaseStatus.ON_HOLD, CaseStatus.CLOSED, "Warning withdrawn");
        assertEquals(TimelineEvent.CASE_CLOSED, closed.event());
        assertEquals("Status changed from on hold to closed (outcome: Warning withdrawn)", en(closed));
        assertEquals("Newidiwyd y statws o wedi’i ohirio i wedi cau (canlyniad: Warning withdrawn)", cy(closed),
                "the outcome is the rep's words, as typed");
    }

    @Test
    void absenceRecordChangesReadWithDatesAsRepsWriteThemAndTheReasonInEachLanguage() {
        Absence a = new Absence(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5),
                null, AbsenceReason.WORK_RELATED_STRESS, false, false, true, true);
        AutomaticEntry recorded = AutomaticEntry.absence(TimelineEvent.ABSENCE_RECORDED, a);
        assertEquals(Map.of("first", "2026-03-02", "last", "2026-03-05", "reason", "WORK_RELATED_STRESS"), recorded.values());
        assertEquals("Absence recorded: 02/03/2026 to 05/03/2026 (Work-related stress)", en(recorded));
        assertEquals("Absenoldeb wedi’i gofnodi: 02/03/2026 i 05/03/2026 (Straen yn gysylltiedig â gwaith)", cy(recorded));
        assertEquals("Absence deleted: 02/03/2026 to 05/03/2026 (Work-related stress)",
                en(AutomaticEntry.absence(TimelineEvent.ABSENCE_DELETED, a)));
        assertEquals("Newidiwyd y patrwm gwaith ar y cofnod absenoldeb", cy(AutomaticEntry.workingPatternChanged()));
    }

    @Test
    void absencesImportedCountInEachLanguagesPlurals() {
        assertEquals("1 absence imported to the record", en(AutomaticEntry.absencesImported(1)));
        assertEquals("3 absences imported to the record", en(AutomaticEntry.absencesImported(3)));
        assertEquals("1 absenoldeb wedi’i fewnforio i’r cofnod", cy(AutomaticEntry.absencesImported(1)));
        assertEquals("2 absenoldeb wedi’u mewnforio i’r cofnod", cy(AutomaticEntry.absencesImported(2)));
    }

    @Test
    void aCaseBroughtInAndANoteRecoveredAndWordsRemovedReadInEachLanguage() {
        assertEquals("Brought into the branch casebook from rachel.db, where it was 2025-0007",
                en(AutomaticEntry.broughtIn("rachel.db", "2025-0007")));
        assertEquals("Dygwyd i lyfr achosion y gangen o rachel.db", cy(AutomaticEntry.broughtIn("rachel.db", null)));
        assertEquals("Nodyn a adferwyd ar ôl i RepDesk stopio", cy(AutomaticEntry.noteRecovered()));
        assertEquals("(removed under the retention policy)", en(AutomaticEntry.removedByRetention()));
        assertEquals("(dilëwyd o dan y polisi cadw)", cy(AutomaticEntry.removedByRetention()));
    }

    @Test
    void itsSearchWordsHoldBothLanguages() {
        String words = AutomaticEntry.stageChanged(INFORMAL, "Appeal").searchWords();
        assertTrue(words.contains("Stage changed from informal stage (support and improvement plan) to appeal"), words);
        assertTrue(words.contains("Newidiwyd y cam o gam anffurfiol (cynllun cymorth a gwella) i apêl"), words);
    }

    @Test
    void itsStoredFormReadsBackTheSameEvenWithLineBreaksAndBackslashesInAValue() {
        AutomaticEntry closed = AutomaticEntry.statusChanged(CaseStatus.OPEN, CaseStatus.CLOSED, "Kept on\\off\nduty = yes");
        assertEquals(Optional.of(closed), AutomaticEntry.fromStored(closed.event().name(), closed.storedValues()));
        assertEquals(Optional.of(AutomaticEntry.noteRecovered()), AutomaticEntry.fromStored("NOTE_RECOVERED", null));
        assertNull(AutomaticEntry.noteRecovered().storedValues());
        assertEquals(Optional.empty(), AutomaticEntry.fromStored("SOMETHING_A_LATER_VERSION_WRITES", "x=1"),
                "an event this version does not know is read by its stored words");
    }

    @Test
    void anEntryReadsItsAutomaticWordsInTheReadersLanguageAndTheRepsOwnAsTyped() {
        TimelineEntry auto = TimelineEntry.automatic(UUID.randomUUID(), LocalDate.of(2026, 3, 2), EntryKind.STAGE_CHANGE,
                AutomaticEntry.stageChanged(INFORMAL, "Appeal"), null);
        assertEquals("Newidiwyd y cam o gam anffurfiol (cynllun cymorth a gwella) i apêl", auto.summaryIn(Messages.WELSH));
        TimelineEntry own = TimelineEntry.of(UUID.randomUUID(), LocalDate.of(2026, 3, 2), EntryKind.NOTE, "Rang HR", null);
        assertEquals("Rang HR", own.summaryIn(Messages.WELSH));
        assertEquals(java.util.List.of(), auto.problems(), "both languages may be longer than a summary the rep types");
    }

    @Test
    void aRecoveredNoteKeepsRepDesksWordingUntilTheRepRetypesIt() {
        TimelineEntry recovered = TimelineEntry.automatic(UUID.randomUUID(), LocalDate.of(2026, 3, 2), EntryKind.NOTE,
                AutomaticEntry.noteRecovered(), "Rang HR");
        TimelineEntry noteFixed = recovered.correctedTo(recovered.date(), EntryKind.NOTE,
                "Nodyn a adferwyd ar ôl i RepDesk stopio", "Rang HR twice", Messages.WELSH);
        assertEquals(recovered.automatic(), noteFixed.automatic());
        assertEquals("Note recovered after RepDesk stopped", noteFixed.summaryIn(Messages.ENGLISH));
        TimelineEntry retyped = recovered.correctedTo(recovered.date(), EntryKind.NOTE, "Call with HR", "Rang HR",
                Messages.WELSH);
        assertNull(retyped.automatic());
        assertEquals("Call with HR", retyped.summaryIn(Messages.ENGLISH));
    }

    // --- entries written by earlier versions as text ---

    private static AutomaticEntry recognised(EntryKind kind, String text) {
        return AutomaticEntry.recognise(kind, text).orElseThrow(() -> new AssertionError("not recognised: " + text));
    }

    @Test
    void aStageChangeWrittenInWelshIsRecognisedAndReadsInEnglish() {
        AutomaticEntry a = recognised(EntryKind.STAGE_CHANGE,
                "Newidiwyd y cam o Cam ffurfiol 1 (rhybudd ysgrifenedig cyntaf) i Apêl");
        assertEquals(AutomaticEntry.stageChanged(FORMAL_1, "Appeal"), a, "stages as stored, in English");
        assertEquals("Stage changed from formal stage 1 (first written warning) to appeal", en(a));
    }

    @Test
    void aStageChangeWrittenInEnglishIsRecognisedAndReadsInWelsh() {
        AutomaticEntry a = recognised(EntryKind.STAGE_CHANGE, "Stage changed from " + INFORMAL + " to " + FORMAL_1);
        assertEquals(AutomaticEntry.stageChanged(INFORMAL, FORMAL_1), a);
    }

    @Test
    void aStageNameHoldingTheWordToIsCutWhereTheStartingStageIs() {
        assertEquals(AutomaticEntry.stageChanged("Back to work plan", "Appeal"),
                recognised(EntryKind.STAGE_CHANGE, "Stage changed from Back to work plan to Appeal"));
        assertEquals(AutomaticEntry.stageChanged("Chat", "Meet"),
                recognised(EntryKind.STAGE_CHANGE, "Stage changed from Chat to Meet"), "the rep's own names, as written");
    }

    @Test
    void statusChangesWrittenInWelshWithTheEnglishLabelsOfTheirDayAreRecognised() {
        assertEquals(AutomaticEntry.caseOpened(INFORMAL),
                recognised(EntryKind.STATUS_CHANGE, "Agorwyd yr achos ar y cam: Cam anffurfiol (cynllun cymorth a gwella)"));
        assertEquals(AutomaticEntry.statusChanged(CaseStatus.OPEN, CaseStatus.ON_HOLD, null),
                recognised(EntryKind.STATUS_CHANGE, "Newidiwyd y statws o Open i On hold"));
        assertEquals(AutomaticEntry.statusChanged(CaseStatus.OPEN, CaseStatus.CLOSED, "Rhybudd wedi’i dynnu’n ôl"),
                recognised(EntryKind.STATUS_CHANGE, "Newidiwyd y statws o Open i Closed (canlyniad: Rhybudd wedi’i dynnu’n ôl)"));
        assertEquals(AutomaticEntry.statusChanged(CaseStatus.OPEN, CaseStatus.CLOSED, "Withdrawn (in full)"),
                recognised(EntryKind.STATUS_CHANGE, "Status changed from Open to Closed (outcome: Withdrawn (in full))"));
    }

    @Test
    void absenceEntriesAreRecognisedWithTheirDatesOfEitherFormAndReasonsOfEitherLanguage() {
        Absence a = new Absence(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5),
                null, AbsenceReason.WORK_RELATED_STRESS, false, false, true, true);
        assertEquals(AutomaticEntry.absence(TimelineEvent.ABSENCE_RECORDED, a), recognised(EntryKind.ABSENCE_RECORD,
                "Absence recorded: 02/03/2026 to 05/03/2026 (Work-related stress)"));
        assertEquals(AutomaticEntry.absence(TimelineEvent.ABSENCE_CHANGED, a), recognised(EntryKind.ABSENCE_RECORD,
                "Absenoldeb wedi’i newid: 02/03/2026 i 05/03/2026 (Straen yn gysylltiedig â gwaith)"));
        assertEquals(AutomaticEntry.absence(TimelineEvent.ABSENCE_DELETED, a), recognised(EntryKind.ABSENCE_RECORD,
                "Absence deleted: 2026-03-02 to 2026-03-05 (Work-related stress)"));
        assertEquals(AutomaticEntry.workingPatternChanged(), recognised(EntryKind.ABSENCE_RECORD,
                "Working pattern changed on the absence record"));
        assertEquals(AutomaticEntry.absencesImported(3), recognised(EntryKind.ABSENCE_RECORD, "3 absenoldeb wedi’u mewnforio i’r cofnod"));
        assertEquals(AutomaticEntry.absencesImported(12), recognised(EntryKind.ABSENCE_RECORD, "12 absences imported to the record"));
    }

    @Test
    void notesRepDeskWroteAreRecognisedAndTheRepsOwnAreNot() {
        assertEquals(AutomaticEntry.broughtIn("rachel.db", "2025-0007"), recognised(EntryKind.NOTE,
                "Dygwyd i lyfr achosion y gangen o rachel.db, lle’r oedd yn 2025-0007"));
        assertEquals(AutomaticEntry.broughtIn("my cases.db", null), recognised(EntryKind.NOTE,
                "Brought into the branch casebook from my cases.db"));
        assertEquals(AutomaticEntry.noteRecovered(), recognised(EntryKind.NOTE, "Note recovered after RepDesk stopped"));
        assertEquals(AutomaticEntry.removedByRetention(), recognised(EntryKind.MEETING, "(removed under the retention policy)"));
        assertEquals(Optional.empty(), AutomaticEntry.recognise(EntryKind.NOTE, "Stage changed from informal to formal, she says"),
                "a note the rep typed stays theirs, whatever it says");
        assertEquals(Optional.empty(), AutomaticEntry.recognise(EntryKind.STAGE_CHANGE, "Moved on after the meeting"));
        assertEquals(Optional.empty(), AutomaticEntry.recognise(EntryKind.STATUS_CHANGE, "Status changed from Open to Pending"));
        assertEquals(Optional.empty(), AutomaticEntry.recognise(EntryKind.ABSENCE_RECORD,
                "Absence recorded: 31/02/2026 to 05/03/2026 (Work-related stress)"), "not a real date: not RepDesk's");
    }
}
