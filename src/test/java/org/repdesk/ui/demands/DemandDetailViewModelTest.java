package org.repdesk.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.Member;
import org.repdesk.model.Priority;
import org.repdesk.model.ResponseChannel;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.demands.DemandDetailViewModel.HistoryLine;

/** One demand with no window: its history newest first, its evidence, and each destructive command asked first. */
class DemandDetailViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Demand demand;
    private CaseFile evidence;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private int changes;
    private DemandDetailViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        demand = desk.demands().raise(Demand.raise("Suspend capability where workload is a factor", null,
                DemandKind.URGENT_DEMAND, null, TestDesk.TODAY.minusMonths(2), Priority.HIGH));
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        evidence = desk.cases().open(aCase(m).build());
        vm = new DemandDetailViewModel(desk.demands(), () -> TestDesk.TODAY, true, atOnce, dialogs, () -> changes++);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private void showIt() {
        int[] shown = {0};
        vm.show(demand.id(), () -> shown[0]++);
        assertEquals(1, shown[0]);
    }

    @Test
    void showsTheDemandItsHistoryNewestFirstAndAnOverduePromiseWarned() {
        desk.demands().recordResponse(EmployerResponse.of(demand.id(), TestDesk.TODAY.minusWeeks(3),
                "Will consider it", "Regional director", ResponseChannel.MEETING, DemandStatus.IN_DISCUSSION,
                TestDesk.TODAY.minusDays(1), null));
        showIt();
        assertEquals("Suspend capability where workload is a factor", vm.titleProperty().get());
        List<HistoryLine> lines = vm.history();
        assertEquals(3, lines.size(), lines.toString()); // raised, the response, the change it made
        assertTrue(lines.get(0).date().compareTo(lines.get(lines.size() - 1).date()) >= 0, "newest first");
        assertTrue(lines.stream().anyMatch(HistoryLine::warn), "the promise is overdue");
        assertEquals(Messages.text("boards.detail.noLinks"), vm.countsProperty().get());
        assertEquals(List.of(), atOnce.failures);
    }

    @Test
    void aReadForAnEarlierDemandIsDropped() {
        Demand other = desk.demands().raise(Demand.raise("A maximum caseload agreed", null, DemandKind.URGENT_DEMAND,
                null, TestDesk.TODAY.minusMonths(1), Priority.HIGH));
        atOnce.holdNext();
        vm.show(demand.id(), () -> { });
        vm.show(other.id(), () -> { });
        atOnce.release();
        assertEquals("A maximum caseload agreed", vm.titleProperty().get());
    }

    @Test
    void aDemandRecordedWhileRepDeskSpokeWelshReadsInEnglishWithNoWelshWordsAndTheRepsOwnNoteStays() {
        Messages.setLanguage(Messages.WELSH);
        demand = desk.demands().raise(Demand.raise("Cap caseloads at 45", null, DemandKind.URGENT_DEMAND, null,
                TestDesk.TODAY.minusMonths(1), Priority.HIGH));
        Messages.setLanguage(Messages.ENGLISH);
        desk.demands().changeStatus(demand.id(), DemandStatus.IN_DISCUSSION, TestDesk.TODAY, "Talks began");

        showIt();

        assertEquals(List.of("Raised → In discussion: Talks began", "Recorded as raised"),
                vm.history().stream().map(HistoryLine::text).toList());
    }

    @Test
    void aResponseRecordedWhileRepDeskSpokeWelshReadsInEnglishAsTheEmployersResponse() {
        Messages.setLanguage(Messages.WELSH);
        desk.demands().recordResponse(org.repdesk.model.EmployerResponse.of(demand.id(), TestDesk.TODAY,
                "Will consider a cap of 45\nSubject to funding", "Regional director",
                org.repdesk.model.ResponseChannel.MEETING, DemandStatus.IN_DISCUSSION, null, null));
        Messages.setLanguage(Messages.ENGLISH);

        showIt();

        assertTrue(vm.history().stream().map(HistoryLine::text)
                .anyMatch(t -> t.endsWith("In discussion: Employer response: Will consider a cap of 45")),
                vm.history().toString());
        assertTrue(vm.history().stream().map(HistoryLine::text).noneMatch(t -> t.contains("Ymateb")));
    }

    @Test
    void aResponsesNoteAFileKeptInWelshIsReadInTheLanguageOfTheDayInstead() {
        var r = desk.demands().recordResponse(org.repdesk.model.EmployerResponse.of(demand.id(), TestDesk.TODAY,
                "No cap this year", null, org.repdesk.model.ResponseChannel.EMAIL, null, null, null));
        org.repdesk.store.DemandStore store = new org.repdesk.store.DemandStore(desk.database());
        desk.database().write(c -> {
            store.insertChange(org.repdesk.model.DemandStatusChange.of(demand.id(), TestDesk.TODAY,
                    demand.status(), DemandStatus.REFUSED, "Ymateb y cyflogwr: No cap this year", r.id())); // as written before
            return null;
        });

        showIt();

        assertTrue(vm.history().stream().map(HistoryLine::text)
                .anyMatch(t -> t.endsWith(": Employer response: No cap this year")), vm.history().toString());
        assertTrue(vm.history().stream().map(HistoryLine::text).noneMatch(t -> t.contains("Ymateb")));
    }

    @Test
    void aFirstEntryWhoseRecordingWordsAFileKeptIsReadWithoutThemInEitherLanguage() {
        Demand older = Demand.raise("A maximum caseload agreed", null, DemandKind.URGENT_DEMAND, null,
                TestDesk.TODAY.minusYears(1), Priority.HIGH);
        org.repdesk.store.DemandStore store = new org.repdesk.store.DemandStore(desk.database());
        desk.database().write(c -> {
            store.insert(older);
            store.insertChange(org.repdesk.model.DemandStatusChange.of(older.id(), older.raisedOn(), null,
                    DemandStatus.RAISED, "Cofnodwyd y gofyniad", null)); // as an earlier RepDesk wrote it in Welsh
            return null;
        });
        demand = older;

        showIt();
        assertEquals(List.of("Recorded as raised"), vm.history().stream().map(HistoryLine::text).toList());

        Messages.setLanguage(Messages.WELSH);
        showIt();
        assertEquals(List.of("Cofnodwyd fel wedi’i godi"), vm.history().stream().map(HistoryLine::text).toList());
    }

    @Test
    void theFirstLineStaysAndSaysWhy() {
        showIt();
        HistoryLine raised = vm.history().get(0);
        assertNull(raised.delete());
        vm.deleteHistoryLine(raised);
        assertEquals("inform", dialogs.last().kind());
        assertEquals(0, changes);
    }

    @Test
    void deletingTheDemandIsAskedFirstAndCancelKeepsIt() {
        showIt();
        int[] gone = {0};
        dialogs.answering(false);
        vm.delete(() -> gone[0]++);
        assertTrue(desk.demands().byId(demand.id()).isPresent());
        assertEquals(0, gone[0]);

        dialogs.answering(true);
        vm.delete(() -> gone[0]++);
        assertTrue(desk.demands().byId(demand.id()).isEmpty());
        assertEquals(1, gone[0]);
        assertNull(vm.currentProperty().get());
        assertEquals(1, changes);
    }

    @Test
    void aCaseLinkedIsCountedAndUnlinkingIsAskedFirst() {
        showIt();
        vm.link(List.of(desk.cases().listRows().get(0)));
        assertEquals(1, changes);
        showIt();
        assertEquals(1, vm.linked().size());
        assertEquals(evidence.id(), vm.linked().get(0).caseId());

        dialogs.answering(false);
        vm.unlink(vm.linked().get(0));
        showIt();
        assertEquals(1, vm.linked().size(), "Cancel keeps the link");

        dialogs.answering(true);
        vm.unlink(vm.linked().get(0));
        showIt();
        assertTrue(vm.linked().isEmpty());
        assertNotNull(vm.currentProperty().get());
        assertEquals(List.of(), atOnce.failures);
    }

    @Test
    void aStatusChangeIsSavedAndMovingToTheSameStatusIsNothing() {
        assertTrue(vm.statusChangeForm(DemandStatus.AGREED).isEmpty(), "no demand shown: no form");
        showIt();
        assertTrue(vm.statusChangeForm(demand.status()).isEmpty(), "the status it has: nothing to date");
        StatusChangeViewModel form = vm.statusChangeForm(DemandStatus.IN_DISCUSSION).orElseThrow();
        form.noteProperty().set("Raised at the JNCC");
        assertTrue(form.save(d -> { }));
        assertEquals(1, changes);
        assertEquals(DemandStatus.IN_DISCUSSION, desk.demands().byId(demand.id()).orElseThrow().status());
    }

    @Test
    void aResponseAndAnEditAreSavedThroughTheirFormsAndTheBoardFollows() {
        showIt();
        ResponseViewModel response = vm.responseForm().orElseThrow();
        response.saidProperty().set("Will consider it at the next JNCC");
        assertTrue(response.save(r -> { }));
        assertEquals(1, desk.demands().responses(demand.id()).size());
        assertEquals(1, changes);

        DemandFormViewModel edit = vm.editForm().orElseThrow();
        edit.titleProperty().set("Suspend capability proceedings where workload is a factor");
        assertTrue(edit.save(d -> { }));
        assertEquals("Suspend capability proceedings where workload is a factor",
                desk.demands().byId(demand.id()).orElseThrow().title());
        assertEquals(2, changes);
        assertEquals(List.of(), atOnce.failures);
    }
}
