package org.repdesk.ui.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** The members screen with no window: search, a member's cases, and deleting only once asked. */
class MembersViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Member sian;
    private Member lee;
    private final ObservableList<Member> all = FXCollections.observableArrayList();
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MembersViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        sian = desk.members().save(aMember().named("Siân Prydderch").build());
        lee = desk.members().save(aMember().named("Lee Oyelaran").build());
        desk.cases().open(aCase(sian).build());
        all.setAll(desk.members().all());
        vm = new MembersViewModel(desk.members(), desk.cases(), all, atOnce, dialogs);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theSearchFindsANameWithoutItsAccentAndSaysWhyTheTableIsEmpty() {
        vm.searchProperty().set("sian");
        assertEquals(List.of(sian), List.copyOf(vm.found()));
        vm.searchProperty().set("nobody");
        assertTrue(vm.found().isEmpty());
        assertEquals(Messages.text("members.none-match"), vm.emptyWordsProperty().get());
        all.clear();
        assertEquals(Messages.text("members.none"), vm.emptyWordsProperty().get());
    }

    @Test
    void choosingAMemberReadsTheirCasesAndAReadForAnEarlierChoiceIsDropped() {
        assertTrue(vm.nothingSelectedProperty().get());
        vm.show(sian);
        assertFalse(vm.nothingSelectedProperty().get());
        assertEquals(1, vm.casesOfSelected().size());

        atOnce.holdNext();
        vm.show(sian); // its read held back…
        vm.show(lee); // …while the rep chooses another member
        atOnce.release();
        assertTrue(vm.casesOfSelected().isEmpty(), "Siân's cases shown as Lee's");
        assertEquals(List.of(), atOnce.failures);
    }

    @Test
    void aMemberWithCasesIsNotDeletedAndTheRepIsToldWhy() {
        vm.show(sian);
        int[] deleted = {0};
        vm.deleteSelected(() -> deleted[0]++);
        assertEquals("warn", dialogs.last().kind());
        assertEquals(0, deleted[0]);
        assertTrue(desk.members().byId(sian.id()).isPresent());
        assertTrue(all.contains(sian));
    }

    @Test
    void deletingIsAskedFirstAndCancelKeepsTheMember() {
        vm.show(lee);
        int[] deleted = {0};
        dialogs.answering(false);
        vm.deleteSelected(() -> deleted[0]++);
        assertEquals("confirm", dialogs.last().kind());
        assertTrue(desk.members().byId(lee.id()).isPresent());
        assertEquals(0, deleted[0]);

        dialogs.answering(true);
        vm.deleteSelected(() -> deleted[0]++);
        assertFalse(desk.members().byId(lee.id()).isPresent());
        assertFalse(all.stream().anyMatch(m -> m.id().equals(lee.id())));
        assertEquals(1, deleted[0]);
        assertEquals(List.of(), atOnce.failures);
    }
}
