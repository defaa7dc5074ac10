package org.repdesk.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        vm.moveTo(first.demand().id(), DemandStatus.AGREED, LocalDate.of(2026, 11, 20), "Agreed at JNCC", () -> { });
        assertEquals(List.of(), failures);
        assertEquals(first.demand().id(), vm.selectedProperty().get());
        assertEquals(agreedBefore + 1, vm.column(DemandStatus.AGREED).size());
        assertEquals("Agreed (" + (agreedBefore + 1) + ")", vm.heading(DemandStatus.AGREED).get());
        assertEquals(DemandStatus.AGREED, desk.demands().byId(first.demand().id()).orElseThrow().status());
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
            assertEquals("Cytunwyd (2)", DemandWords.heading(DemandStatus.AGREED, 2));
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }

    @Test
    void aRaisedDemandIsOnTheBoardSelectedAndTheBoardIsNoLongerEmpty() {
        vm.reload(() -> { });
        assertTrue(vm.emptyProperty().get());
        Demand d = Demand.raise("Caseload weighting for PQiPs", "Weight trainees' cases fairly.",
                DemandKind.LOCAL_DEMAND, "Cardiff branch", TestDesk.TODAY, Priority.HIGH);
        List<String> then = new ArrayList<>();
        vm.raise(d, () -> then.add("shown"));
        assertEquals(List.of(), failures);
        assertEquals(List.of("shown"), then, "the view selects it once it is on the board");
        assertEquals(d.id(), vm.selectedProperty().get());
        assertEquals(List.of(d.id()), vm.column(DemandStatus.RAISED).stream().map(s -> s.demand().id()).toList());
        assertFalse(vm.emptyProperty().get());
        assertEquals("Caseload weighting for PQiPs", desk.demands().byId(d.id()).orElseThrow().title());
    }

    @Test
    void aDemandTheServiceRefusesIsNotOnTheBoardAndTheRepIsTold() {
        vm.reload(() -> { });
        Demand untitled = Demand.raise(" ", "No title.", DemandKind.LOCAL_DEMAND, "Cardiff branch", TestDesk.TODAY,
                Priority.LOW);
        vm.raise(untitled, () -> { throw new AssertionError("not raised: nothing to show"); });
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith(Messages.text("boards.error.demandNotSaved")), failures.get(0));
        assertTrue(vm.emptyProperty().get());
    }

    @Test
    void aStatusChangeIsDatedTodayAndOnlyALoginThatKeepsTheLogMayChangeIt() {
        assertEquals(TestDesk.TODAY, vm.today());
        assertTrue(vm.keepsLog());
        assertFalse(new DemandsBoardViewModel(desk.demands(), desk.cases()::today, false, atOnce).keepsLog(),
                "a casebook's rep or reader");
    }
}
