package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.longNote;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Timeline entries, deadlines and the cases-list row. */
class CaseRecordsValidationTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void aNoteOfOverTenThousandCharactersInAnyScriptIsAccepted() {
        String note = longNote(10_500);
        TimelineEntry e = TimelineEntry.of(CASE, DAY, EntryKind.NOTE, "Hearing notes", note);
        assertEquals(note, e.text());
        assertEquals(List.of(), e.problems());
    }

    @Test
    void aNoteOverTheLongTextLimitIsRefusedSayingHowLong() {
        String note = "x".repeat(Problems.LONG_TEXT_MAX + 1);
        assertEquals(List.of("Note is too long (200001 characters; at most 200000)."),
                TimelineEntry.of(CASE, DAY, EntryKind.NOTE, "Paste", note).problems());
    }

    @Test
    void aNoteWithControlCharactersIsRefused() {
        assertEquals(List.of("Note contains invisible control characters; please retype it."),
                TimelineEntry.of(CASE, DAY, EntryKind.NOTE, "Call", "Rang at 10\u001b[0m").problems());
    }

    @Test
    void anEntryNeedsASummaryAndADate() {
        assertEquals(List.of("Date is required.", "Summary is required."),
                TimelineEntry.of(CASE, null, EntryKind.MEETING, "  ", "text").problems());
    }

    @Test
    void onlyAutomaticKindsAreHiddenFromTheRep() {
        assertTrue(EntryKind.NOTE.isManual());
        assertTrue(EntryKind.HEARING.isManual());
        assertFalse(EntryKind.STAGE_CHANGE.isManual());
        assertFalse(EntryKind.STATUS_CHANGE.isManual());
    }

    @Test
    void aDeadlineNeedsADateAndWhatIsDue() {
        assertEquals(List.of("Due date is required.", "What is due is required."),
                Deadline.of(CASE, null, " ", false).problems());
        assertEquals(List.of(), Deadline.of(CASE, DAY, "Appeal letter", false).problems());
    }

    @Test
    void aDeadlineIsOverdueOnlyAfterItsDayAndOnlyWhileNotDone() {
        Deadline d = Deadline.of(CASE, DAY, "Send fit note", false);
        assertFalse(d.isOverdue(DAY), "due today is not yet overdue");
        assertTrue(d.isOverdue(DAY.plusDays(1)));
        assertFalse(d.withDone(true).isOverdue(DAY.plusDays(1)));
    }

    @Test
    void theCasesListFlagsACaseWhoseNextDeadlineHasPassed() {
        CaseListRow row = new CaseListRow(CASE, "2026-0001", UUID.randomUUID(), "Siân Jones", Region.WALES, Grade.PO,
                CaseType.CAPABILITY, CaseStatus.OPEN, "Informal", DAY, WorkloadFactor.YES, DAY.minusDays(1), 1L);
        assertTrue(row.isOverdue(DAY));
        assertFalse(row.isOverdue(DAY.minusDays(1)));
        CaseListRow none = new CaseListRow(CASE, "2026-0001", UUID.randomUUID(), "Siân Jones", Region.WALES, Grade.PO,
                CaseType.CAPABILITY, CaseStatus.OPEN, "Informal", DAY, WorkloadFactor.YES, null, 1L);
        assertFalse(none.isOverdue(DAY));
    }

    @Test
    void aHearingIsLabelledOnceWhetherOrNotItsDescriptionSaysSo() {
        UUID caseId = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertEquals("Hearing: Decision meeting", Deadline.of(caseId, day, "Decision meeting", true).label());
        assertEquals("Hearing: Formal stage 1", Deadline.of(caseId, day, "Hearing: Formal stage 1", true).label());
        assertEquals("hearing adjourned to today", Deadline.of(caseId, day, "hearing adjourned to today", true).label());
        assertEquals("Hearing notes due", Deadline.of(caseId, day, "Hearing notes due", false).label());
        assertEquals("Submit the grievance", Deadline.of(caseId, day, "Submit the grievance", false).label());
    }
}
