package org.repdesk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatus;
import org.repdesk.report.Caseload;
import org.repdesk.report.Dates;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.common.Labels;
import org.repdesk.ui.demands.DemandWords;

/**
 * The dashboard's state: today's heading, the tiles (each a figure, what it counts, a few lines
 * of detail, whether it stands out, and the list it opens) and the due-soon notice. The figures
 * are read through {@link Figures}, never on the FX thread; the view lays the tiles out.
 */
public final class DashboardViewModel {

    /** How many deadlines a tile lists before "and N more" (the figures are read for this many). */
    public static final int SHOWN_PER_TILE = 4;

    /** The list behind a tile. */
    public enum Opens { OPEN_CASES, OVERDUE_CASES, WORKLOAD_FACTOR_CASES, OVER_THRESHOLD, DEMANDS }

    /** One tile: "3", "Overdue", its lines, whether it stands out (something is late), and where it leads. */
    public record Tile(String id, String figure, String label, List<Line> lines, boolean alert, Opens opens) {

        /** A tile whose lines are plain words (no deadline among them). */
        public Tile(String id, String figure, String label, String detail, boolean alert, Opens opens) {
            this(id, figure, label, detail.lines().map(l -> new Line("", l)).toList(), alert, opens);
        }

        /** Its lines as one text, a line each. */
        public String detail() {
            return lines.stream().map(l -> l.lead() + l.text()).collect(Collectors.joining("\n"));
        }
    }

    /**
     * A line of a tile: for a deadline its date and reference ({@code lead}, "08/12/2026  2026-0052  ")
     * and its title, which the view wraps under its own first word; otherwise {@code lead} is empty.
     */
    public record Line(String lead, String text) {
    }

    /**
     * Figures as read ({@code figures} null: not read, since nothing had changed), with what the data and the day
     * were as they were read ({@code seen}, null where that cannot be told: a casebook).
     */
    public record Read(Caseload figures, RepDesk.Seen seen) {
    }

    /**
     * Reads the caseload's figures off the FX thread and gives them back on it (at start-up, those read ahead,
     * which may be without the members' workload: see {@link Caseload#workloadRead()}); when the data and the day
     * are still as {@code since} says (null: read them), reads nothing and gives back no figures.
     */
    @FunctionalInterface
    public interface Figures {
        void read(RepDesk.Seen since, String failure, Consumer<Read> show);
    }

    /** Reads the members' workload (the WMT tile) off the FX thread and gives it back on it. */
    @FunctionalInterface
    public interface WorkloadFigures {
        void read(String failure, Consumer<Caseload.Workload> show);
    }

    private final Figures figures;
    private final WorkloadFigures workload;
    private final DueSoonNoticeViewModel notice;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(Messages.text("boards.dash.todayAlone"));
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    /** The figures the tiles show (null before the first are read). */
    private Caseload shown;
    /** What the data and the day were as {@link #shown} was read (null: unknown, read again). */
    private RepDesk.Seen seen;
    /** The language the tiles were worded in. */
    private Locale shownIn;

    /** {@code workload} is asked only when {@code figures} gave figures without the members' workload. */
    public DashboardViewModel(Figures figures, WorkloadFigures workload, DueSoonNoticeViewModel notice) {
        this.figures = figures;
        this.workload = workload;
        this.notice = notice;
    }

    /** "Today, Saturday 5 December 2026" once the figures are read. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public DueSoonNoticeViewModel notice() {
        return notice;
    }

    /**
     * Reads the figures (aggregate queries: no need to wait for the cases list), then what falls due soon. The
     * notice is asked for once the figures are in, so at start-up, where they come without the members' workload,
     * the workload's statements are the store worker's first job after the first frame, not behind the notice's
     * (2.5-3 s at 100,000 cases on a busy machine: the WMT tile read "Reading…" 3.7 s after the first frame).
     * On the worker the two ran one after the other before as well.
     */
    public void reload() {
        boolean[] noticeAsked = {false};
        // Returning to the dashboard read every figure again (about 1 s of a core at 100,000 cases, competing with
        // the FX thread as the rep looks on, issue 21): now only when something was written or the day changed.
        // Tiles still being filled in, or in another language, are read again as before.
        boolean whole = shown != null && shown.workloadRead() && Messages.language().equals(shownIn);
        figures.read(whole ? seen : null, Messages.text("boards.dash.readFailed"), read -> {
            if (read.figures() == null) {
                return; // nothing changed since the figures shown (and the notice) were read
            }
            Caseload c = read.figures();
            seen = read.seen();
            show(c);
            if (!noticeAsked[0]) {
                noticeAsked[0] = true;
                notice.reload();
            }
        });
    }

    /**
     * The tiles for {@code c}. Figures read without the members' workload (at start-up, so the first frame
     * does not wait for its two statements) show the WMT tile as being read, with the same label, and it is
     * filled in once the workload is read: the other tiles and the layout stay as they are.
     */
    private void show(Caseload c) {
        shown = c;
        shownIn = Messages.language();
        List<Tile> now = tilesOf(c);
        // Returning to the dashboard reads the figures again; the same figures change nothing on screen, so the
        // view does not fit the six tiles' words again and lay the dashboard out for nothing (issue 21).
        if (!now.equals(tiles)) {
            tiles.setAll(now);
        }
        if (!c.workloadRead()) {
            workload.read(Messages.text("boards.dash.readFailed"), w -> {
                if (shown == c) { // not read again meanwhile
                    show(c.with(w));
                }
            });
        }
    }

    private List<Tile> tilesOf(Caseload c) {
        heading.set(Messages.text("boards.dash.today", Dates.longForm(Messages.language(), c.today())));
        String byType = c.openByTypeAndStage().entrySet().stream()
                .map(e -> Labels.of(e.getKey()) + ": " + figure(e.getValue().values().stream().mapToInt(Integer::intValue).sum()))
                .collect(Collectors.joining("\n"));
        int demands = c.demandsByStatus().values().stream().mapToInt(Integer::intValue).sum();
        int live = c.openCases() + c.onHoldCases();
        return List.of(
                new Tile("tile-open", figure(c.openCases()), Messages.text("boards.dash.open"),
                        byType.isEmpty() ? Messages.text("boards.dash.noOpen") : byType, false, Opens.OPEN_CASES),
                new Tile("tile-overdue", figure(c.overdueCount()), Messages.text("boards.dash.overdue"),
                        due(c.overdue(), c.overdueCount(), Messages.text("boards.dash.noOverdue")), c.overdueCount() > 0,
                        Opens.OVERDUE_CASES),
                new Tile("tile-soon", figure(c.dueSoonCount()), Messages.text("boards.dash.soon", Map.of("n", Caseload.SOON_DAYS)),
                        due(c.dueSoon(), c.dueSoonCount(), Messages.text("boards.dash.noSoon")), false, Opens.OPEN_CASES),
                // A share of nothing is no figure: "0%" of no live cases would read as a finding.
                new Tile("tile-factor", live == 0 ? "—" : c.workloadFactorPercent() + "%", Messages.text("boards.dash.factor"),
                        live == 0 ? Messages.text("boards.dash.noLive")
                                : Messages.text("boards.dash.factorDetail", c.openWithWorkloadFactor(), live),
                        false, Opens.WORKLOAD_FACTOR_CASES),
                wmt(c),
                new Tile("tile-demands", figure(demands), Messages.text("boards.dash.demands"), demands(c),
                        c.promisesOverdue() > 0, Opens.DEMANDS));
    }

    private static Tile wmt(Caseload c) {
        if (!c.workloadRead()) {
            return new Tile("tile-wmt", "…", Messages.text("boards.dash.wmt"), Messages.text("boards.dash.wmtReading"),
                    false, Opens.OVER_THRESHOLD);
        }
        return new Tile("tile-wmt", c.medianCapacity() == null ? "—" : String.format(Locale.UK, "%.0f%%", c.medianCapacity()),
                Messages.text("boards.dash.wmt"),
                c.membersWithWmt() == 0 ? Messages.text("boards.dash.noWmt")
                        : Messages.text("boards.dash.wmtDetail", c.membersOverThreshold(), c.membersWithWmt()),
                c.membersOverThreshold() > 0, Opens.OVER_THRESHOLD);
    }

    /** A number on a tile with its digits grouped, as the status line's counts are ("51,371", not "51371"). */
    static String figure(int n) {
        return org.repdesk.i18n.Figures.whole(n);
    }

    private static List<Line> due(List<Caseload.DueItem> items, int count, String none) {
        if (items.isEmpty()) {
            return List.of(new Line("", none));
        }
        // One deadline a line, its title whole: the tile wraps a long one rather than cutting it.
        List<Line> lines = new ArrayList<>(items.stream().limit(SHOWN_PER_TILE).map(d -> new Line(
                Dates.uk(d.due()) + "  " + d.reference() + "  ",
                d.hearing() ? Messages.text("boards.dash.hearing") : d.what())).toList());
        if (count > SHOWN_PER_TILE) {
            lines.add(new Line("", Messages.text("boards.dash.more", Map.of("n", count - SHOWN_PER_TILE))));
        }
        return lines;
    }

    private static String demands(Caseload c) {
        Map<DemandStatus, Integer> by = c.demandsByStatus();
        String lines = by.entrySet().stream().map(e -> DemandWords.status(e.getKey()) + ": " + figure(e.getValue()))
                .collect(Collectors.joining("\n"));
        if (c.promisesOverdue() > 0) {
            lines += "\n" + Messages.text("boards.dash.promises", Map.of("n", c.promisesOverdue()));
        }
        return lines.isEmpty() ? Messages.text("boards.dash.noDemands") : lines;
    }
}
