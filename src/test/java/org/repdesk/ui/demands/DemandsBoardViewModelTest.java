package org.repdesk.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.Priority;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** The demands board's state and commands over a real data file, with no window. */
class DemandsBoardViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final List<String> failures = atOnce.failures;
    private DemandsBoardViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        vm = new DemandsBoardViewModel(desk.demands(), desk.cases()::today, true, atOnce);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNewFilesBoardIsEmptyAndLoadingTheCampaignFillsTheRaisedColumnOnce() {
        vm.reload(() -> { });
        assertTrue(vm.emptyProperty().get(), "a new file: the board offers the campaign's demands");
        List<Integer> added = new ArrayList<>();
        vm.loadBulletins(added::add);
        assertEquals(List.of(CampaignBulletins.size()), added);
        assertFalse(vm.emptyProperty().get());
        int onBoard = 0;
        for (DemandStatus s : DemandStatus.values()) {
            onBoard += vm.column(s).size();
        }
        assertEquals(CampaignBulletins.size(), onBoard);
        vm.loadBulletins(added::add);
        assertEquals(0, added.get(1), "loading again adds nothing");
        assertEquals(List.of("The log already holds every demand from the bulletins."),
                DemandsBoardViewModel.loadedMessage(0));
    }

    @Test
    void movingACardRecordsTheChangeSelectsItAndTheHeadingsCount() {
        vm.loadBulletins(n -> { });
        var first = vm.column(DemandStatus.RAISED).isEmpty()
                ? vm.column(DemandStatus.IN_DISCUSSION).get(0) : vm.column(DemandStatus.RAISED).get(0);
        int agreedBefore = vm.column(DemandStatus.AGREED).size();
        StatusChangeViewModel form = vm.moveForm(first.demand().id(), DemandStatus.AGREED, () -> { }).orElseThrow();
        assertTrue(vm.moveForm(first.demand().id(), first.demand().status(), () -> { })
                .isEmpty(), "a card is not moved to the column it is in");
        form.noteProperty().set("Agreed at JNCC");
        assertTrue(form.save(d -> { }));
        assertEquals(List.of(), failures);
        assertEquals(first.demand().id(), vm.selectedProperty().get());
        assertEquals(agreedBefore + 1, vm.column(DemandStatus.AGREED).size());
        assertEquals("Agreed (" + (agreedBefore + 1) + ")", vm.heading(DemandStatus.AGREED).get());
        assertEquals(DemandStatus.AGREED, desk.demands().byId(first.demand().id()).orElseThrow().status());
    }

    @Test
    void aNewDemandIsRaisedSelectedAndOnTheBoard() {
        vm.reload(() -> { });
        int[] then = {0};
        DemandFormViewModel form = vm.newDemandForm(() -> then[0]++);
        assertEquals(TestDesk.TODAY, form.raisedOnProperty().get(), "raised today by the desk's clock");
        form.titleProperty().set("A maximum caseload in the Cardiff PDU");
        assertTrue(form.save(d -> { }));
        assertEquals(List.of(), failures);
        assertEquals(1, vm.column(DemandStatus.RAISED).size());
        assertEquals(vm.column(DemandStatus.RAISED).get(0).demand().id(), vm.selectedProperty().get());
        assertEquals(1, then[0]);
    }

    @Test
    void aMeetingFormOffersEveryDemandAndTheBoardIsReadAgainOnceSaved() {
        vm.loadBulletins(n -> { });
        List<MeetingViewModel> opened = new ArrayList<>();
        int[] then = {0};
        vm.meetingForm(() -> then[0]++, opened::add);
        MeetingViewModel form = opened.get(0);
        assertEquals(TestDesk.TODAY, form.dateProperty().get(), "held today by the desk's clock");
        assertEquals(CampaignBulletins.size(), form.demands().size());
        form.titleProperty().set("Regional JNCC");
        var discussed = form.demands().get(0);
        DemandStatus to = discussed.status() == DemandStatus.AGREED ? DemandStatus.REFUSED : DemandStatus.AGREED;
        form.discussed().add(discussed);
        form.response(discussed).statusProperty().set(to);
        assertTrue(form.save(m -> { }));
        assertEquals(1, then[0]);
        assertEquals(1, desk.demands().meetings().size());
        assertEquals(to, desk.demands().byId(discussed.id()).orElseThrow().status(), "the status given at the meeting");
        assertEquals(1, desk.demands().responses(discussed.id()).size());
    }

    @Test
    void aCardSaysItsKindPriorityAndCasesInWelshToo() {
        vm.loadBulletins(n -> { });
        var card = vm.column(DemandStatus.RAISED).isEmpty() ? vm.column(DemandStatus.REFUSED).get(0)
                : vm.column(DemandStatus.RAISED).get(0);
        assertTrue(DemandWords.cardMeta(card).endsWith("priority"), DemandWords.cardMeta(card));
        Messages.setLanguage(Messages.WELSH);
        try {
            assertTrue(DemandWords.cardMeta(card).contains("blaenoriaeth"), DemandWords.cardMeta(card));
            assertTrue(DemandWords.cardFacts(card).endsWith(card.linkedCases() + " achos"), DemandWords.cardFacts(card));
            assertEquals("Wedi'i gytuno (2)", DemandWords.heading(DemandStatus.AGREED, 2),
                    "the glossary's words, as the documents and the command line say it");
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }

    @Test
    void aStatusChangeIsDatedTodayAndOnlyALoginThatKeepsTheLogMayChangeIt() {
        vm.reload(() -> { });
        var raised = vm.newDemandForm(() -> { });
        raised.titleProperty().set("A maximum caseload in the Cardiff PDU");
        assertTrue(raised.save(d -> { }));
        UUID id = vm.column(DemandStatus.RAISED).get(0).demand().id();
        assertEquals(TestDesk.TODAY, vm.moveForm(id, DemandStatus.AGREED, () -> { }).orElseThrow().dateProperty().get());
        assertTrue(vm.keepsLog());
        assertFalse(new DemandsBoardViewModel(desk.demands(), desk.cases()::today, false, atOnce).keepsLog(),
                "a casebook's rep or reader");
    }
}
