package org.repdesk.ui.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.service.Retention;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** The retention review's state and commands over a real data file, with no window. */
class RetentionViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private int reloads;
    private RetentionViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Jones").build());
        desk.cases().open(aCase(m).type(CaseType.CAPABILITY, "Informal").openedOn(LocalDate.of(2019, 1, 2))
                .closed(LocalDate.of(2019, 6, 30), "Resolved").build());
        vm = new RetentionViewModel(() -> desk, atOnce, dialogs, () -> reloads++);
        vm.reload();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theReviewListsTheOldCaseAndItsMemberWithTheUnionsPeriods() {
        assertEquals(2, vm.items().size());
        assertEquals("2 records are past the retention period.", vm.summaryProperty().get());
        assertEquals(6, vm.caseYearsProperty().get());
        assertTrue(vm.nothingSelected().get(), "Delete and Anonymise wait for a selection");
    }

    @Test
    void deletingAsksFirstAndCancelKeepsEverything() {
        vm.selected().setAll(vm.items());
        assertFalse(vm.nothingSelected().get());
        dialogs.answering(false);
        vm.remove(Retention.Removal.DELETE);
        assertEquals("confirm", dialogs.last().kind());
        assertEquals("Delete 2 records past the retention period?", dialogs.last().header());
        assertEquals(2, desk.retention().review().size());
        assertEquals(0, reloads);
    }

    @Test
    void deletingOnceConfirmedRemovesTheSelectionAndSaysToCompact() {
        vm.selected().setAll(vm.items());
        dialogs.answering(true);
        vm.remove(Retention.Removal.DELETE);
        assertEquals(0, desk.retention().review().size());
        assertEquals(0, vm.items().size());
        assertEquals(1, reloads, "the desk's lists are read again");
        assertEquals("inform", dialogs.last().kind());
        assertEquals("2 records deleted", dialogs.last().header());
        assertTrue(atOnce.failures.isEmpty(), atOnce.failures.toString());
    }

    @Test
    void longerPeriodsSavedTakeTheCaseOutOfTheReview() {
        vm.caseYearsProperty().set(50);
        vm.memberYearsProperty().set(50);
        vm.savePeriods();
        assertEquals(50, desk.retention().policy().closedCaseYears());
        assertEquals(0, vm.items().size());
        assertEquals("0 records are past the retention period.", vm.summaryProperty().get());
    }

    @Test
    void compactingSaysTheDeletedDataIsGone() {
        vm.compact();
        assertEquals("Data file compacted", dialogs.last().header());
    }

    @Test
    void theReviewSpeaksWelsh() {
        Messages.setLanguage(Messages.WELSH);
        try {
            vm.reload();
            assertEquals("Mae 2 gofnod wedi mynd heibio i’r cyfnod cadw.", vm.summaryProperty().get());
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }
}
