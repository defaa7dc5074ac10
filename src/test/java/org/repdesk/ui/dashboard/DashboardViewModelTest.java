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
    private final MovingClock clock = new MovingClock();
    private DashboardViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = new RepDesk(org.repdesk.store.Database.open(dir.resolve("repdesk.db")), clock);
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        vm = new DashboardViewModel((since, failure, show) -> atOnce.run(failure,
                () -> org.repdesk.ui.FirstRead.dashboardFigures(desk, since), read -> {
                    if (read.figures() != null) {
                        reads++;
                    }
                    show.accept(read);
                }), (failure, show) -> {
            throw new AssertionError("figures read whole: the workload is not asked for again");
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
    void theSameFiguresReadAgainOnReturnLeaveTheTilesAsTheyAre() {
        vm.reload();
        int[] changes = {0};
        vm.tiles().addListener((javafx.collections.ListChangeListener<DashboardViewModel.Tile>) change -> changes[0]++);

        vm.reload(); // the rep comes back to the dashboard: nothing changed meanwhile
        assertEquals(1, reads, "nothing written, the same day: not read again");
        assertEquals(0, changes[0], "the view fits and lays out the tiles again at each change of the list");

        desk.cases().addDeadline(Deadline.of(c.id(), TestDesk.TODAY.minusDays(1), "Grievance appeal letter", false));
        vm.reload();
        assertEquals(2, reads);
        assertEquals(1, changes[0], "new figures are shown");
        assertEquals("1", tile("tile-overdue").figure());
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

    /**
     * At start-up the figures come without the members' workload (its two statements wait for the first
     * frame, issue 21): the WMT tile says it is being read, under its own label, and is then filled in with
     * what a whole read gives; the other five tiles are the same objects' equals throughout.
     */
    @Test
    void figuresReadWithoutTheWorkloadShowTheWmtTileAsBeingReadThenFillItIn() {
        desk.workload().add(org.repdesk.model.WorkloadRecord.of(desk.members().all().get(0).id(),
                desk.cases().today().minusDays(3), 118.0, null, null, null, null, null, null));
        AtOnce later = new AtOnce();
        later.holdNext();
        int[] workloadReads = {0};
        DashboardViewModel first = new DashboardViewModel(
                (since, failure, show) -> atOnce.run(failure, () -> new DashboardViewModel.Read(
                        Caseload.withoutWorkload(desk, DashboardViewModel.SHOWN_PER_TILE), null), show),
                (failure, show) -> {
                    workloadReads[0]++;
                    later.run(failure, () -> Caseload.Workload.of(desk), show);
                }, new DueSoonNoticeViewModel(desk.hearings(), atOnce));
        vm.reload();
        List<DashboardViewModel.Tile> whole = List.copyOf(vm.tiles());

        first.reload();
        assertEquals(1, workloadReads[0]);
        DashboardViewModel.Tile reading = first.tiles().get(4);
        assertEquals("tile-wmt", reading.id());
        assertEquals("…", reading.figure());
        assertEquals(whole.get(4).label(), reading.label());
        assertEquals("Reading the workload records…", reading.detail());
        assertFalse(reading.alert());
        assertEquals(whole.subList(0, 4), first.tiles().subList(0, 4));
        assertEquals(whole.get(5), first.tiles().get(5));

        later.release();
        assertEquals(whole, first.tiles());
        assertEquals("118%", first.tiles().get(4).figure());
        assertEquals(1, workloadReads[0], "asked once");
        assertEquals(List.of(), later.failures);
    }

    /** Read again before the workload came (the rep back on the dashboard): the late workload is not put over it. */
    @Test
    void aWorkloadThatComesAfterTheFiguresWereReadAgainIsLeftOut() {
        AtOnce later = new AtOnce();
        later.holdNext();
        boolean[] whole = {false};
        DashboardViewModel first = new DashboardViewModel((since, failure, show) -> atOnce.run(failure,
                () -> new DashboardViewModel.Read(whole[0] ? Caseload.of(desk, DashboardViewModel.SHOWN_PER_TILE)
                        : Caseload.withoutWorkload(desk, DashboardViewModel.SHOWN_PER_TILE), null), show),
                (failure, show) -> later.run(failure, () -> new Caseload.Workload(7, 150.0, 7), show),
                new DueSoonNoticeViewModel(desk.hearings(), atOnce));
        first.reload();
        whole[0] = true;
        first.reload();
        later.release();
        assertEquals("—", first.tiles().get(4).figure());
        assertEquals("No WMT records yet.", first.tiles().get(4).detail());
    }

    /**
     * The figures in after the window was built (a busy machine): the workload is still asked for before what
     * falls due soon, so on the store worker its statements come first and the WMT tile is not left reading
     * behind the notice's.
     */
    @Test
    void figuresThatComeLateAskForTheWorkloadBeforeTheNotice() {
        List<String> asked = new java.util.ArrayList<>();
        AtOnce late = new AtOnce();
        late.holdNext();
        org.repdesk.ui.papers.Runner recorded = new org.repdesk.ui.papers.Runner() {
            @Override
            public <T> void run(String failure, org.repdesk.ui.Background.Job<T> job, java.util.function.Consumer<T> done) {
                asked.add("notice");
                atOnce.run(failure, job, done);
            }
        };
        DashboardViewModel first = new DashboardViewModel(
                (since, failure, show) -> late.run(failure, () -> new DashboardViewModel.Read(
                        Caseload.withoutWorkload(desk, DashboardViewModel.SHOWN_PER_TILE), null), show),
                (failure, show) -> {
                    asked.add("workload");
                    atOnce.run(failure, () -> Caseload.Workload.of(desk), show);
                }, new DueSoonNoticeViewModel(desk.hearings(), recorded));
        first.reload();
        assertEquals(List.of(), asked, "nothing before the figures are in");
        late.release();
        assertEquals(List.of("workload", "notice"), asked);
        assertTrue(first.notice().textProperty().get().startsWith("Nothing falls due"), first.notice().textProperty().get());
    }

    /** Returning to the dashboard (issue 21): read again only when something was written or the day changed. */
    @Test
    void returningTwiceWithNothingWrittenReadsOnceAndTheNoticeIsNotReadAgain() {
        int[] noticeReads = {0};
        org.repdesk.ui.papers.Runner counted = new org.repdesk.ui.papers.Runner() {
            @Override
            public <T> void run(String failure, org.repdesk.ui.Background.Job<T> job, java.util.function.Consumer<T> done) {
                noticeReads[0]++;
                atOnce.run(failure, job, done);
            }
        };
        DashboardViewModel dash = new DashboardViewModel((since, failure, show) -> atOnce.run(failure,
                () -> org.repdesk.ui.FirstRead.dashboardFigures(desk, since), read -> {
                    if (read.figures() != null) {
                        reads++;
                    }
                    show.accept(read);
                }), (failure, show) -> {
                    throw new AssertionError("figures read whole");
                }, new DueSoonNoticeViewModel(desk.hearings(), counted));
        dash.reload();
        dash.reload();
        dash.reload();
        assertEquals(1, reads);
        assertEquals(1, noticeReads[0]);
        assertEquals(List.of(), atOnce.failures);
    }

    @Test
    void aCaseSavedIsReadOnReturn() {
        vm.reload();
        CaseFile opened = desk.cases().byId(c.id()).orElseThrow();
        desk.cases().update(opened, opened.withStatus(org.repdesk.model.CaseStatus.CLOSED, TestDesk.TODAY, "Resolved"));
        vm.reload();
        assertEquals(2, reads);
        assertEquals("0", tile("tile-open").figure());
        vm.reload();
        assertEquals(2, reads);
    }

    @Test
    void anotherConnectionsWriteIsReadOnReturn() throws Exception {
        vm.reload();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repdesk.db"));
                java.sql.Statement st = other.createStatement()) {
            st.executeUpdate("UPDATE case_file SET status = 'CLOSED'");
        }
        vm.reload();
        assertEquals(2, reads);
        assertEquals("0", tile("tile-open").figure());
    }

    @Test
    void aNewDayIsReadOnReturn() {
        vm.reload();
        clock.advance(java.time.Duration.ofHours(15)); // past midnight: due soon and overdue count from a new today
        vm.reload();
        assertEquals(2, reads);
        assertEquals("Today, 24 November 2026", vm.headingProperty().get());
    }

    @Test
    void theTilesInAnotherLanguageAreReadAgain() {
        vm.reload();
        Messages.setLanguage(Messages.WELSH);
        vm.reload();
        assertEquals(2, reads);
        assertTrue(vm.headingProperty().get().startsWith("Heddiw"), vm.headingProperty().get());
    }

    /** A clock the test moves on, as the day turns while the app is open. */
    private static final class MovingClock extends java.time.Clock {
        private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(TestDesk.fixedClock().instant());

        void advance(java.time.Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneId.of("UTC");
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now.get();
        }
    }
}
