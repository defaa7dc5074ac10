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
import org.repdesk.report.Caseload;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** The dashboard's heading and tiles with no window: what each counts, what stands out, where it leads. */
class DashboardViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final AtOnce atOnce = new AtOnce();
    private int reads;
    private DashboardViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        vm = new DashboardViewModel((failure, show) -> {
            reads++;
            atOnce.run(failure, () -> Caseload.of(desk, DashboardViewModel.SHOWN_PER_TILE), show);
        }, new DueSoonNoticeViewModel(desk.hearings(), atOnce));
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private DashboardViewModel.Tile tile(String id) {
        return vm.tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void nothingIsReadUntilReloadedAndTheHeadingSaysTodayAlone() {
        assertEquals(0, reads);
        assertEquals(List.of(), vm.tiles());
        assertEquals("Today", vm.headingProperty().get());
    }

    @Test
    void sixTilesWithTodaysDateInTheHeading() {
        vm.reload();
        assertEquals(List.of(), atOnce.failures);
        assertEquals(List.of("tile-open", "tile-overdue", "tile-soon", "tile-factor", "tile-wmt", "tile-demands"),
                vm.tiles().stream().map(DashboardViewModel.Tile::id).toList());
        assertEquals("Today, 23 November 2026", vm.headingProperty().get());
        assertEquals("1", tile("tile-open").figure());
        assertEquals(DashboardViewModel.Opens.OPEN_CASES, tile("tile-open").opens());
        assertEquals("Nothing overdue.", tile("tile-overdue").detail());
        assertFalse(tile("tile-overdue").alert());
        assertEquals("No demands yet.", tile("tile-demands").detail());
        assertTrue(vm.notice().textProperty().get().startsWith("Nothing falls due"), vm.notice().textProperty().get());
    }

    @Test
    void overdueDeadlinesStandOutAndTheRestAreCountedBeyondFour() {
        for (int i = 1; i <= 5; i++) {
            desk.cases().addDeadline(Deadline.of(c.id(), TestDesk.TODAY.minusDays(i), "Grievance appeal letter " + i, false));
        }
        vm.reload();
        DashboardViewModel.Tile overdue = tile("tile-overdue");
        assertEquals("5", overdue.figure());
        assertTrue(overdue.alert());
        assertEquals(DashboardViewModel.Opens.OVERDUE_CASES, overdue.opens());
        List<String> lines = overdue.detail().lines().toList();
        assertEquals(5, lines.size(), overdue.detail());
        // It read "Grievance appeal…": the tile wraps a long title now, whole.
        assertTrue(lines.get(0).matches(".*  Grievance appeal letter \\d"), "a long title is whole: " + lines.get(0));
        assertEquals("… and 1 more", lines.get(4));
    }

    @Test
    void theTilesSpeakWelsh() {
        Messages.setLanguage(Messages.WELSH);
        vm.reload();
        assertTrue(vm.headingProperty().get().startsWith("Heddiw, 23 Tachwedd 2026"), vm.headingProperty().get());
        assertEquals("terfynau amser wedi mynd heibio", tile("tile-overdue").label());
        assertEquals("Dim gofynion eto.", tile("tile-demands").detail());
    }

    @Test
    void withNoLiveCasesAndNoWmtTheTilesSayNoneRatherThanZeroPercent() {
        desk.cases().delete(c.id());
        vm.reload();
        assertEquals("—", tile("tile-factor").figure());
        assertEquals("No open or on-hold cases.", tile("tile-factor").detail());
        assertEquals("—", tile("tile-wmt").figure());
        assertEquals("No WMT records yet.", tile("tile-wmt").detail());
        Messages.setLanguage(Messages.WELSH);
        vm.reload();
        assertEquals("Dim achosion ar agor nac wedi'u gohirio.", tile("tile-factor").detail());
        assertEquals("Dim cofnodion WMT eto.", tile("tile-wmt").detail());
    }

    @Test
    void aLiveCaseIsCountedAsAShare() {
        vm.reload();
        assertEquals("100%", tile("tile-factor").figure());
        assertEquals("1 of 1 open or on-hold cases", tile("tile-factor").detail());
    }

    @Test
    void aTilesBigNumberHasItsDigitsGroupedAsTheStatusLinesCountsAre() {
        assertEquals("51,371", DashboardViewModel.figure(51_371));
        assertEquals("999", DashboardViewModel.figure(999));
        Messages.setLanguage(Messages.WELSH);
        assertEquals("1,000", DashboardViewModel.figure(1_000));
    }
}
