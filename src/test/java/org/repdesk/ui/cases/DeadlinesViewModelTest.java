package org.repdesk.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.papers.ScheduleViewModel;

/** A case's deadlines with no window: listing, ticking done, adding, and deleting only once the rep says yes. */
class DeadlinesViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private int changes;
    private DeadlinesViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        vm = new DeadlinesViewModel(desk.cases(), desk.hearings(), atOnce, dialogs, () -> changes++);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Deadline due(int daysFromToday, String what) {
        return desk.cases().addDeadline(Deadline.of(c.id(), TestDesk.TODAY.plusDays(daysFromToday), what, false));
    }

    @Test
    void listsTheCasesDeadlinesAndFlagsTheOverdueOne() {
        Deadline late = due(-3, "Appeal letter");
        due(5, "Fit note");
        vm.show(c.id());
        assertEquals(2, vm.countProperty().get());
        assertEquals(List.of(), atOnce.failures);
        assertTrue(vm.isOverdue(late));
        assertEquals("20/11/2026  overdue", vm.dueText(late));
        assertTrue(vm.nothingSelectedProperty().get(), "Edit and Delete wait for a selection");
        assertNull(vm.editForm());
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheDeadline() {
        Deadline d = due(2, "Appeal letter");
        vm.show(c.id());
        vm.selectedProperty().set(d);
        assertFalse(vm.nothingSelectedProperty().get());
        dialogs.answering(false);
        vm.deleteSelected();
        assertEquals("confirm", dialogs.last().kind());
        assertEquals("Delete this deadline?", dialogs.last().header());
        assertEquals("25/11/2026 — Appeal letter\n\nTick it as done instead to keep a record.", dialogs.last().lines().get(0));
        assertEquals(1, desk.hearings().ofCase(c.id()).size());
        assertEquals(0, changes);
    }

    @Test
    void deletingOnceConfirmedRemovesItAndTellsTheCase() {
        Deadline d = due(2, "Appeal letter");
        vm.show(c.id());
        vm.selectedProperty().set(d);
        dialogs.answering(true);
        vm.deleteSelected();
        assertEquals(0, desk.hearings().ofCase(c.id()).size());
        assertEquals(0, vm.countProperty().get());
        assertEquals(1, changes);
    }

    @Test
    void tickingDoneIsSavedAndNoLongerOverdue() {
        Deadline d = due(-1, "Appeal letter");
        vm.show(c.id());
        vm.setDone(d, true);
        Deadline saved = vm.deadlines().get(0);
        assertTrue(saved.done());
        assertFalse(vm.isOverdue(saved));
        assertEquals(1, changes);
    }

    @Test
    void aNewDeadlineIsWrittenOnlyWhenTheFormIsSaved() {
        vm.show(c.id());
        ScheduleViewModel form = vm.newForm();
        form.whatProperty().set("Stage 2 hearing");
        form.hearingProperty().set(true);
        form.dueDateProperty().set(TestDesk.TODAY.plusDays(10));
        assertEquals(0, desk.hearings().ofCase(c.id()).size(), "nothing is written while the form is filled in");
        vm.save(form.result());
        assertEquals(1, vm.countProperty().get());
        assertTrue(vm.whatIsDue(vm.deadlines().get(0)).contains("Stage 2 hearing"), vm.whatIsDue(vm.deadlines().get(0)));
        assertEquals(1, changes);
    }

    @Test
    void withNoCaseShownThereIsNothingToAddTo() {
        assertNull(vm.newForm());
        vm.reload();
        assertEquals(0, vm.deadlines().size());
    }

    @Test
    void theDeleteQuestionSpeaksWelsh() {
        Deadline d = due(2, "Llythyr apêl");
        vm.show(c.id());
        vm.selectedProperty().set(d);
        Messages.setLanguage(Messages.WELSH);
        try {
            dialogs.answering(false);
            vm.deleteSelected();
            assertEquals("Dileu'r terfyn amser hwn?", dialogs.last().header());
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }
}
