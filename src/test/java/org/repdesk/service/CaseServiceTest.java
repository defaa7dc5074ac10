package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.longNote;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestDesk;

class CaseServiceTest {

    private static final LocalDate TODAY = TestDesk.TODAY;
    private static final String INFORMAL = "Informal stage (support and improvement plan)";
    private static final String FORMAL_1 = "Formal stage 1 (first written warning)";

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseService cases;
    private Member siân;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        cases = desk.cases();
        siân = desk.members().save(aMember().named("Siân Jones").build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private CaseFile openCase() {
        return cases.open(aCase(siân).type(CaseType.CAPABILITY, INFORMAL).openedOn(LocalDate.of(2026, 3, 2)).build());
    }

    @Test
    void openingACaseGivesItAReferenceAndRecordsTheOpeningOnItsTimeline() {
        CaseFile c = openCase();
        assertEquals("2026-0001", c.reference());
        List<TimelineEntry> timeline = cases.timeline(c.id());
        assertEquals(1, timeline.size());
        TimelineEntry opened = timeline.get(0);
        assertEquals(LocalDate.of(2026, 3, 2), opened.date(), "dated the day the case opened");
        assertEquals(EntryKind.STATUS_CHANGE, opened.kind());
        assertTrue(opened.summaryIn(Messages.ENGLISH).contains("opened"), opened.summaryIn(Messages.ENGLISH));
        assertTrue(opened.summaryIn(Messages.ENGLISH).contains(INFORMAL), opened.summaryIn(Messages.ENGLISH));
    }

    @Test
    void openingACaseTidiesItsText() {
        CaseFile c = cases.open(aCase(siân).stage("  " + INFORMAL + "  ").manager("  Priya Patel ").account("   ").build());
        CaseFile saved = cases.byId(c.id()).orElseThrow();
        assertEquals(INFORMAL, saved.stage());
        assertEquals("Priya Patel", saved.manager());
        assertNull(saved.workloadAccount());
    }

    @Test
    void aCaseWithSeveralProblemsIsRefusedListingEveryOneAndNothingIsSaved() {
        CaseFile bad = new CaseFile(UUID.randomUUID(), null, UUID.randomUUID(), null, CaseStatus.CLOSED, " ",
                LocalDate.of(2026, 3, 2), null, "Pat\nSmith", null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> cases.open(bad));
        assertEquals(List.of("Case type is required.", "Stage is required.", "Workload factor is required.",
                "Manager must be on one line.", "A closed case needs the date it closed.",
                "Record the outcome when closing a case.", "The member for this case no longer exists."),
                e.problems());
        assertEquals(List.of(), cases.all());
    }

    @Test
    void movingACaseToTheNextStageWritesAStageChangeDatedToday() {
        CaseFile c = openCase();
        cases.update(c.withStage(FORMAL_1));
        assertEquals(FORMAL_1, cases.byId(c.id()).orElseThrow().stage());
        List<TimelineEntry> changes = entriesOfKind(c.id(), EntryKind.STAGE_CHANGE);
        assertEquals(1, changes.size());
        assertEquals(TODAY, changes.get(0).date());
        assertEquals("Stage changed from informal stage (support and improvement plan) to formal stage 1 (first written"
                + " warning)", changes.get(0).summaryIn(Messages.ENGLISH), "starting stages mid-sentence, in lower case");
    }

    private List<TimelineEntry> entriesOfKind(UUID caseId, EntryKind kind) {
        return cases.timeline(caseId).stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void puttingACaseOnHoldWritesAStatusChange() {
        CaseFile c = openCase();
        cases.update(c.withStatus(CaseStatus.ON_HOLD, null, null));
        List<TimelineEntry> changes = entriesOfKind(c.id(), EntryKind.STATUS_CHANGE);
        assertEquals(2, changes.size(), "the opening and the change");
        assertTrue(changes.stream().anyMatch(e -> e.summaryIn(Messages.ENGLISH).equals("Status changed from open to on hold")
                && e.date().equals(TODAY)), changes.toString());
        assertEquals(List.of(), entriesOfKind(c.id(), EntryKind.STAGE_CHANGE));
    }

    @Test
    void closingACaseRecordsTheOutcomeOnTheTimeline() {
        CaseFile c = openCase();
        cases.update(c.withStatus(CaseStatus.CLOSED, TODAY, "Warning withdrawn\nafter the appeal"));
        assertTrue(cases.timeline(c.id()).stream().anyMatch(e ->
                e.summaryIn(Messages.ENGLISH).equals("Status changed from open to closed (outcome: Warning withdrawn)")), 
                cases.timeline(c.id()).toString());
    }

    @Test
    void changingStageAndStatusTogetherWritesBothEntries() {
        CaseFile c = openCase();
        cases.update(c.withStage(FORMAL_1).withStatus(CaseStatus.ON_HOLD, null, null));
        assertEquals(1, entriesOfKind(c.id(), EntryKind.STAGE_CHANGE).size());
        assertEquals(2, entriesOfKind(c.id(), EntryKind.STATUS_CHANGE).size());
    }

    @Test
    void editingOtherDetailsWritesNoTimelineEntry() {
        CaseFile c = openCase();
        cases.update(c.withDetails("Priya Patel", WorkloadFactor.DISPUTED, "Caseload 131%"));
        cases.update(c.withStage("  " + INFORMAL + " ").withDetails("Priya Patel", WorkloadFactor.DISPUTED, null));
        assertEquals(1, cases.timeline(c.id()).size());
        assertEquals(WorkloadFactor.DISPUTED, cases.byId(c.id()).orElseThrow().workloadFactor());
    }

    @Test
    void aStageChangeAndItsTimelineEntryAreSavedTogetherOrNotAtAll() {
        CaseFile c = openCase();
        // the timeline refuses new entries (a stand-in for a disk error part-way through the save)
        desk.database().write(conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TRIGGER refuse_entries BEFORE INSERT ON main.timeline_entry"
                        + " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
            }
            return null;
        });
        assertThrows(StoreException.class, () -> cases.update(c.withStage(FORMAL_1)));
        assertEquals(INFORMAL, cases.byId(c.id()).orElseThrow().stage(), "the stage change was rolled back");
        assertEquals(1, cases.timeline(c.id()).size());
    }

    @Test
    void openingACaseAndItsFirstEntryAreSavedTogetherOrNotAtAll() {
        desk.database().write(conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TRIGGER refuse_entries BEFORE INSERT ON main.timeline_entry"
                        + " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
            }
            return null;
        });
        assertThrows(StoreException.class, this::openCase);
        assertEquals(List.of(), cases.all());
    }

    @Test
    void anInvalidEditIsRefusedAndChangesNothing() {
        CaseFile c = openCase();
        ValidationException e = assertThrows(ValidationException.class,
                () -> cases.update(c.withStatus(CaseStatus.CLOSED, LocalDate.of(2026, 1, 1), null)));
        assertEquals(List.of("The case cannot close before it opened.", "Record the outcome when closing a case."),
                e.problems());
        assertEquals(CaseStatus.OPEN, cases.byId(c.id()).orElseThrow().status());
        assertEquals(1, cases.timeline(c.id()).size());
    }

    @Test
    void editingACaseThatWasDeletedSaysSo() {
        CaseFile c = openCase();
        cases.delete(c.id());
        ValidationException e = assertThrows(ValidationException.class, () -> cases.update(c.withStage(FORMAL_1)));
        assertEquals(List.of("That case no longer exists."), e.problems());
    }

    @Test
    void aDeadlineFiveWorkingDaysAfterTheFridayBeforeChristmasLandsOnTheTuesdayAfterBoxingDay() {
        CaseFile c = openCase();
        LocalDate due = cases.workingDaysAfter(LocalDate.of(2026, 12, 18), 5);
        assertEquals(LocalDate.of(2026, 12, 29), due);
        cases.addDeadline(Deadline.of(c.id(), due, "Propose another date for the hearing", false));
        assertEquals(due, cases.listRow(c.id()).orElseThrow().nextDeadline());
    }

    @Test
    void aMissedDeadlineFlagsTheCaseUntilItIsMarkedDone() {
        CaseFile c = openCase();
        Deadline missed = cases.addDeadline(Deadline.of(c.id(), TODAY.minusDays(3), "Send statement", false));
        cases.addDeadline(Deadline.of(c.id(), TODAY.plusDays(10), "Appeal hearing", true));
        assertTrue(cases.listRow(c.id()).orElseThrow().isOverdue(TODAY));
        cases.setDeadlineDone(missed.id(), true);
        CaseListRow row = cases.listRow(c.id()).orElseThrow();
        assertEquals(TODAY.plusDays(10), row.nextDeadline());
        assertTrue(!row.isOverdue(TODAY));
    }

    @Test
    void aDeadlineWithoutADescriptionIsRefused() {
        CaseFile c = openCase();
        ValidationException e = assertThrows(ValidationException.class,
                () -> cases.addDeadline(Deadline.of(c.id(), TODAY, "  ", false)));
        assertEquals(List.of("What is due is required."), e.problems());
        assertEquals(List.of(), cases.deadlines(c.id()));
    }

    @Test
    void aLongNoteIsAddedEditedAndFoundBySearch() {
        CaseFile c = openCase();
        String note = longNote(10_000) + "\nThe member asked for a stress risk assessment.";
        TimelineEntry entry = cases.addEntry(TimelineEntry.of(c.id(), TODAY, EntryKind.MEETING, "Return to work", note));
        assertEquals(Set.of(c.id()), cases.search("stress assessment"));
        assertEquals(note, cases.timeline(c.id()).stream().filter(e -> e.id().equals(entry.id())).findFirst()
                .orElseThrow().text());
        cases.editEntry(new TimelineEntry(entry.id(), c.id(), TODAY, EntryKind.MEETING, "Return to work", "Short now"));
        assertEquals(Set.of(), cases.search("stress assessment"));
        cases.deleteEntry(entry.id());
        assertEquals(1, cases.timeline(c.id()).size());
    }

    @Test
    void anEntryWithoutASummaryIsRefusedInWords() {
        CaseFile c = openCase();
        ValidationException e = assertThrows(ValidationException.class,
                () -> cases.addEntry(TimelineEntry.of(c.id(), TODAY, EntryKind.NOTE, " ", "text")));
        assertEquals(List.of("Summary is required."), e.problems());
    }

    @Test
    void aCaseIsFoundByItsReferenceEvenWithSpacesAround() {
        CaseFile c = openCase();
        assertEquals(c.id(), cases.byReference("  2026-0001 ").orElseThrow().id());
        assertTrue(cases.byReference(null).isEmpty());
    }

    @Test
    void deletingACaseTakesItsTimelineAndDeadlinesWithIt() {
        CaseFile c = openCase();
        cases.addDeadline(Deadline.of(c.id(), TODAY, "Appeal", false));
        cases.delete(c.id());
        assertEquals(List.of(), cases.timeline(c.id()));
        assertEquals(List.of(), cases.allDeadlines());
        assertEquals(List.of(), cases.listRows());
    }
}
