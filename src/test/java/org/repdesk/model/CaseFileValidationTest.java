package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.longNote;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseFileValidationTest {

    private final Member member = aMember().build();
    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    @Test
    void anOpenCaseWithItsEssentialsHasNoProblems() {
        assertEquals(List.of(), aCase(member).build().problems());
    }

    @Test
    void aCaseWithNothingFilledInIsToldEveryRequiredField() {
        CaseFile empty = new CaseFile(UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("Member is required.", "Case type is required.", "Status is required.",
                "Stage is required.", "Opened on is required.", "Workload factor is required."), empty.problems());
    }

    @Test
    void aClosedCaseNeedsItsOutcomeAndTheDateItClosed() {
        CaseFile closed = aCase(member).status(CaseStatus.CLOSED).build();
        assertEquals(List.of("A closed case needs the date it closed.", "Record the outcome when closing a case."),
                closed.problems());
    }

    @Test
    void aClosedCaseWithOutcomeAndDateIsFine() {
        assertEquals(List.of(), aCase(member).openedOn(OPENED).closed(OPENED.plusMonths(2), "No action taken").build()
                .problems());
        assertEquals(List.of(), aCase(member).openedOn(OPENED).closed(OPENED, "Withdrawn the same day").build()
                .problems());
    }

    @Test
    void aBlankOutcomeDoesNotCountAsAnOutcome() {
        assertEquals(List.of("Record the outcome when closing a case."),
                aCase(member).closed(OPENED.plusDays(1), "   ").build().problems());
    }

    @Test
    void aCaseCannotCloseBeforeItOpened() {
        assertEquals(List.of("The case cannot close before it opened."),
                aCase(member).openedOn(OPENED).closed(OPENED.minusDays(1), "Resolved").build().problems());
    }

    @Test
    void onlyAClosedCaseHasAClosingDate() {
        CaseFile onHold = aCase(member).closed(OPENED.plusDays(3), "Resolved").build()
                .withStatus(CaseStatus.ON_HOLD, OPENED.plusDays(3), null);
        assertEquals(List.of("Only a closed case has a closing date; clear it or close the case."), onHold.problems());
    }

    @Test
    void aLongAccountAndOutcomeOfTenThousandCharactersAreAccepted() {
        String account = longNote(10_000);
        assertTrue(account.length() > 10_000);
        CaseFile c = aCase(member).account(account).closed(OPENED.plusDays(9), longNote(12_000)).build();
        assertEquals(List.of(), c.problems());
    }

    @Test
    void controlCharactersInTheAccountAreRefused() {
        assertEquals(List.of("Workload account contains invisible control characters; please retype it."),
                aCase(member).account("Caseload 130%\u0000 since May").build().problems());
    }

    @Test
    void tabsAndLineBreaksInTheAccountAreNotControlCharactersToRefuse() {
        assertEquals(List.of(), aCase(member).account("Line one\r\n\tindented\nline three").build().problems());
    }

    @Test
    void theManagerIsASingleLine() {
        assertEquals(List.of("Manager must be on one line."), aCase(member).manager("Pat\nSmith").build().problems());
    }

    @Test
    void tidyingTrimsTheStageAndClearsABlankManager() {
        CaseFile c = aCase(member).stage("  Formal stage 1 (first written warning) ").manager("  ").build().tidied();
        assertEquals("Formal stage 1 (first written warning)", c.stage());
        assertEquals(null, c.manager());
    }

    @Test
    void aNewCaseStartsOpenWithNoReferenceYet() {
        CaseFile c = CaseFile.open(member.id(), CaseType.SICKNESS_ABSENCE, "Consideration point", OPENED,
                WorkloadFactor.DISPUTED);
        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals(null, c.reference());
        assertEquals(List.of(), c.problems());
    }

    @Test
    void aYearTypedShortIsRefusedNotStoredAsYearTwentySix() {
        var c = aCase(aMember().build()).openedOn(java.time.LocalDate.of(26, 3, 2)).build();
        assertTrue(c.problems().contains("Opened on has the year 26: write the year in full, like 2026."),
                c.problems().toString());
    }
}
