package org.repdesk.ui.workload;

import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.workload.WorkloadRecordViewModel.Field;

/** The workload screen's state and commands over a real data file, with no window. */
class WorkloadViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Member over;
    private Member under;
    private WorkloadViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        over = desk.members().save(aMember().named("Siân Prydderch").build());
        under = desk.members().save(aMember().named("Tom Ellis").build());
        LocalDate monday = LocalDate.of(2026, 11, 2);
        for (int week = 0; week < 4; week++) {
            desk.workload().add(WorkloadRecord.of(over.id(), monday.plusWeeks(week), 120.0 + week, null, 37.0, null,
                    null, null, null));
        }
        desk.workload().add(WorkloadRecord.of(under.id(), monday, 95.0, null, 37.0, null, null, null, null));
        vm = new WorkloadViewModel(desk.workload(), desk.settings(), desk.cases()::today, atOnce, dialogs, () -> List.of(over, under),
                (m, text) -> text == null || m.name().toLowerCase().contains(text.toLowerCase()));
        vm.reload();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theDashboardTileShowsOnlyMembersOverTheThreshold() {
        assertEquals(2, vm.shown().size());
        vm.searchProperty().set("tom");
        vm.showOverThreshold();
        assertEquals("", vm.searchProperty().get());
        assertEquals(List.of(over.id()), vm.shown().stream().map(r -> r.member().id()).toList());
    }

    @Test
    void theSelectedMembersRecordsAreNewestFirstAndTheFlagSaysSince() {
        vm.selectedProperty().set(vm.shown().stream().filter(r -> r.member().equals(over)).findFirst().orElseThrow());
        assertEquals(4, vm.records().size());
        assertEquals(123.0, vm.records().get(0).capacityPercent());
        assertTrue(vm.flagProperty().get().startsWith("Over 110% for 4 consecutive weeks"), vm.flagProperty().get());
        assertTrue(vm.headingProperty().get().startsWith("Siân Prydderch"));
    }

    @Test
    void aRecordAddedThroughTheFormJoinsTheMembersRecordsAndTheSelectionStays() {
        vm.selectedProperty().set(vm.shown().stream().filter(r -> r.member().equals(under)).findFirst().orElseThrow());
        WorkloadRecordViewModel form = vm.newRecordForm().orElseThrow();
        assertEquals(TestDesk.TODAY, form.weekOfProperty().get(), "this week's record, dated the desk's today");
        form.text(Field.CAPACITY).set("101%");
        vm.add(form.save().orElseThrow());
        assertEquals(List.of(), atOnce.failures);
        assertEquals(under.id(), vm.selectedProperty().get().member().id());
        assertEquals(2, vm.records().size());
        assertEquals(101.0, vm.records().get(0).capacityPercent());
        dialogs.answering(true);
        vm.delete(vm.records().get(0));
        assertEquals(1, vm.records().size());
    }

    @Test
    void deletingARecordAsksFirstAndCancelKeepsIt() {
        vm.selectedProperty().set(vm.shown().stream().filter(r -> r.member().equals(under)).findFirst().orElseThrow());
        dialogs.answering(false);
        vm.delete(vm.records().get(0));
        assertEquals("Delete this workload record?", dialogs.last().header());
        assertEquals("The record for the week of 02/11/2026 will be deleted. This cannot be undone.", dialogs.last().lines().get(0));
        assertEquals(1, desk.workload().ofMember(under.id()).size());
        assertEquals(1, vm.records().size());
    }

    @Test
    void withNoMemberSelectedThereIsNoFormAndTheHeadingAsksForOne() {
        assertTrue(vm.newRecordForm().isEmpty());
        assertEquals("Select a member", vm.headingProperty().get());
        assertEquals("", vm.flagProperty().get());
    }
}
