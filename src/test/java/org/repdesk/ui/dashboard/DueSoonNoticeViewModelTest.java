package org.repdesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.repdesk.testing.TestDesk;

/** The dashboard's due-soon notice: what it says, hiding it, and coming back when something new falls due. */
class DueSoonNoticeViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final AtOnce atOnce = new AtOnce();
    private DueSoonNoticeViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        vm = new DueSoonNoticeViewModel(desk.hearings(), atOnce);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void saysWhatFallsDueAndStaysHiddenUntilSomethingNewDoes() {
        desk.cases().addDeadline(Deadline.of(c.id(), desk.cases().today(), "Appeal letter", false));
        vm.reload();
        assertEquals(List.of(), atOnce.failures);
        assertTrue(vm.textProperty().get().startsWith("One thing falls due"), vm.textProperty().get());
        assertTrue(vm.textProperty().get().contains("Appeal letter"), vm.textProperty().get());
        assertTrue(vm.shownProperty().get());
        assertTrue(vm.anythingDueProperty().get());

        vm.hide();
        assertFalse(vm.shownProperty().get());
        vm.reload();
        assertFalse(vm.shownProperty().get(), "the same things due: still hidden");

        desk.cases().addDeadline(Deadline.of(c.id(), desk.cases().today(), "Fit note", false));
        vm.reload();
        assertTrue(vm.shownProperty().get(), "something new falls due: shown again");
        assertTrue(vm.textProperty().get().contains("Fit note"));
    }

    @Test
    void theSameThingsDueReadAgainDisturbNothing() {
        desk.cases().addDeadline(Deadline.of(c.id(), desk.cases().today(), "Appeal letter", false));
        vm.reload();
        int[] invalidated = {0};
        vm.shownProperty().addListener((javafx.beans.Observable o) -> invalidated[0]++);
        assertTrue(vm.shownProperty().get()); // valid again, so an invalidation would be seen

        vm.reload(); // the rep comes back to the dashboard
        assertEquals(0, invalidated[0], "bound to it, the notice's managed property lays the whole dashboard out again");
        assertTrue(vm.shownProperty().get());

        desk.cases().addDeadline(Deadline.of(c.id(), desk.cases().today(), "Fit note", false));
        vm.reload();
        assertEquals(1, invalidated[0], "something new falls due: the notice follows");
        assertTrue(vm.textProperty().get().contains("Fit note"));
    }

    @Test
    void withNothingDueItSaysSoQuietly() {
        vm.reload();
        assertTrue(vm.textProperty().get().startsWith("Nothing falls due"), vm.textProperty().get());
        assertFalse(vm.anythingDueProperty().get());
        assertTrue(vm.shownProperty().get());
    }
}
