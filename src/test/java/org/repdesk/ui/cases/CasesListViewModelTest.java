package org.repdesk.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.cases.CasesListViewModel.Order;

/** The cases list's filters, order, count, search and stage choices, with no window. */
class CasesListViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce runner = new AtOnce();
    private final AtOnce searcher = new AtOnce();
    private CasesListViewModel list;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        list = new CasesListViewModel(Comparator.naturalOrder(), desk.cases(), desk.settings(), runner, searcher);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private CaseListRow rowOf(org.repdesk.model.Member m) {
        UUID caseId = desk.cases().open(aCase(desk.members().save(m)).build()).id();
        return desk.cases().listRow(caseId).orElseThrow();
    }

    @Test
    void theSearchMatchesAsTheRepTypesAccentsFoldedAndOneLetterMatchesEveryCase() {
        CaseListRow sian = rowOf(aMember().named("Siân Evans").build());
        CaseListRow tomos = rowOf(aMember().named("Tomos Price").build());
        list.search("Sian");
        assertTrue(list.matchesProperty().get().contains(sian), "Siân from Sian, as every search finds her");
        assertFalse(list.matchesProperty().get().contains(tomos));
        list.search("S");
        assertNull(list.matchesProperty().get(), "one letter: no search, every case listed");
        list.search("zebra");
        assertTrue(list.matchesProperty().get().isEmpty());
        list.search("");
        assertNull(list.matchesProperty().get());
        assertEquals(List.of(), searcher.failures);
    }

    @Test
    void aNewerKeystrokeWinsOverASearchStillRunning() {
        CaseListRow sian = rowOf(aMember().named("Siân Evans").build());
        CaseListRow tomos = rowOf(aMember().named("Tomos Price").build());
        searcher.holdNext();
        list.search("Siân");
        list.search("Tomos");
        assertTrue(list.matchesProperty().get().contains(tomos));
        searcher.release(); // the search "Siân" ends after "Tomos" was typed
        assertTrue(list.matchesProperty().get().contains(tomos), "the older search's matches are not shown");
        assertFalse(list.matchesProperty().get().contains(sian));
    }

    @Test
    void theStageFilterOffersEveryTypesStagesOnceThenTheChosenTypes() {
        list.readStages();
        var stages = desk.settings().stages();
        Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CaseType t : CaseType.values()) {
            all.addAll(stages.stagesFor(t));
        }
        assertEquals(List.copyOf(all), list.stageChoices());
        list.typeProperty().set(CaseType.GRIEVANCE);
        assertEquals(stages.stagesFor(CaseType.GRIEVANCE), list.stageChoices(), "read again for the type chosen");
        assertEquals(List.of(), runner.failures);
    }

    @Test
    void readingTheStagesAgainKeepsTheChosenStageAndOffersStagesChangedInSettings() {
        list.typeProperty().set(CaseType.GRIEVANCE);
        List<String> before = List.copyOf(list.stageChoices());
        int[] offered = {0};
        list.stageChoices().addListener((javafx.collections.ListChangeListener<String>) c -> offered[0]++);
        list.readStages();
        assertEquals(0, offered[0], "the same stages are not offered again (that would reset the rep's stage)");
        desk.settings().saveStages(CaseType.GRIEVANCE, List.of("Written complaint", "Appeal hearing"));
        list.readStages();
        assertEquals(1, offered[0]);
        assertEquals(List.of("Written complaint", "Appeal hearing"), list.stageChoices(), "as Settings now has them");
        assertFalse(before.equals(list.stageChoices()));
        assertEquals(List.of(), runner.failures);
    }

    private static CaseListRow row(String reference, String member, CaseStatus status, LocalDate nextDeadline) {
        return new CaseListRow(UUID.randomUUID(), reference, UUID.randomUUID(), member, Region.WALES, Grade.PO,
                CaseType.CAPABILITY, status, "Informal", LocalDate.of(2026, 9, 1), WorkloadFactor.YES, nextDeadline, 1);
    }

    private List<String> shown(List<CaseListRow> rows) {
        Predicate<CaseListRow> keep = list.filter(TODAY);
        List<CaseListRow> kept = new ArrayList<>(rows.stream().filter(r -> keep == null || keep.test(r)).toList());
        if (list.comparator() != null) {
            kept.sort(list.comparator());
        }
        return kept.stream().map(CaseListRow::reference).toList();
    }

    @Test
    void noFilterKeepsEveryRowWithoutLookingAtThem() {
        assertNull(list.filter(TODAY), "no predicate: 100,000 rows are not visited");
        assertNull(list.comparator(), "newest first is the order the rows are read in");
    }

    @Test
    void overdueOnlyListsTheMostOverdueFirst() {
        List<CaseListRow> rows = List.of(
                row("2026-0003", "Ann", CaseStatus.OPEN, LocalDate.of(2026, 11, 20)),
                row("2026-0002", "Bea", CaseStatus.OPEN, LocalDate.of(2026, 12, 1)),
                row("2026-0001", "Cai", CaseStatus.OPEN, LocalDate.of(2026, 10, 2)),
                row("2025-0009", "Dai", CaseStatus.OPEN, null));
        list.overdueOnlyProperty().set(true);
        assertEquals(Order.MOST_OVERDUE, list.orderProperty().get());
        assertEquals(List.of("2026-0001", "2026-0003"), shown(rows), "2 October before 20 November; none not yet due");
        list.overdueOnlyProperty().set(false);
        assertEquals(Order.NEWEST, list.orderProperty().get(), "back to the usual order");
    }

    @Test
    void anOrderTheRepChoseStaysWhenOverdueOnlyIsTurnedOn() {
        list.orderProperty().set(Order.MEMBER);
        list.showOverdue();
        assertEquals(Order.MEMBER, list.orderProperty().get());
    }

    @Test
    void theDashboardsTilesSetOneFilterEach() {
        List<CaseListRow> rows = List.of(row("A", "Ann", CaseStatus.OPEN, null), row("B", "Bea", CaseStatus.CLOSED, null));
        list.showOpen();
        assertEquals(List.of("A"), shown(rows));
        list.clear();
        assertEquals(List.of("A", "B"), shown(rows));
    }

    @Test
    void theCountSaysHowManyOfHowManyInEitherLanguage() {
        list.counted(120, 121);
        assertEquals("120 of 121 cases", list.countProperty().get());
        list.counted(1, 1);
        assertEquals("1 of 1 case", list.countProperty().get());
        Messages.setLanguage(Messages.WELSH);
        try {
            list.counted(3, 3);
            assertEquals("3 o 3 achos", list.countProperty().get());
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }
}
