package org.repdesk.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatus;
import org.repdesk.report.Caseload;
import org.repdesk.report.CaseloadHtml;
import org.repdesk.report.Dates;
import org.repdesk.report.Pdf;
import org.repdesk.ui.common.Labels;

/** What needs attention today, tile by tile; each tile opens the list behind it. */
public final class DashboardView extends BorderPane {

    /** Where each tile leads. */
    public interface Destinations {
        void openCases();

        void overdueCases();

        void workloadFactorCases();

        void overThreshold();

        void demands();
    }

    /** A compile-time constant: {@link FirstRead} reads it on its own thread without initialising this class. */
    static final int SHOWN_PER_TILE = 4;
    private static final double TILE_WIDTH = 330;
    /** What fits on a deadline's line in a tile, after its date and reference. */
    private static final int WHAT_CHARS = 17;

    private final DeskState state;
    private final Destinations go;
    private final TilePane tiles = new TilePane(14, 14);
    private final Label heading = new Label(Messages.text("boards.dash.todayAlone"));
    /** What falls due today and in the next two working days, said in words above the tiles. */
    private final Label dueSoon = new Label();
    private final org.repdesk.ui.dashboard.DueSoonNoticeViewModel notice;
    private final VBox content;

    public DashboardView(DeskState state, Destinations go) {
        this.state = state;
        this.go = go;
        getStyleClass().add("dashboard");
        heading.getStyleClass().add("title-3");
        Button report = new Button(Messages.text("boards.dash.report"));
        report.setId("dashboard-report");
        report.setOnAction(e -> showCaseloadReport(state));
        Button hearings = new Button(Messages.text("boards.dash.hearings", java.util.Map.of("n", 14)));
        hearings.setOnAction(e -> DocumentDialog.show(state,
                org.repdesk.i18n.Messages.text("print.job.hearings", java.util.Map.of("n", 14)),
                "hearing-summaries-" + state.desk().cases().today() + ".pdf",
                () -> Pdf.bytes(org.repdesk.report.CaseSummaryHtml.render(
                        org.repdesk.report.CaseSummary.withHearingWithin(state.desk(), 14).stream()
                                .map(id -> org.repdesk.report.CaseSummary.of(state.desk(), id)).toList()))));
        tiles.setPrefColumns(3);
        tiles.setPrefTileWidth(TILE_WIDTH);
        tiles.setPrefTileHeight(200);
        notice = new org.repdesk.ui.dashboard.DueSoonNoticeViewModel(state.desk().hearings(),
                org.repdesk.ui.papers.Runner.of(state, state::owner));
        dueSoon.setId("dashboard-due-soon");
        dueSoon.getStyleClass().add("due-soon");
        dueSoon.setWrapText(true);
        dueSoon.setMinHeight(USE_PREF_SIZE);
        dueSoon.setMaxWidth(Double.MAX_VALUE);
        dueSoon.textProperty().bind(notice.textProperty());
        Button hide = new Button(Messages.text("views.dueSoon.hide"));
        hide.setId("dashboard-due-soon-hide");
        hide.getStyleClass().addAll("flat", "small");
        hide.setMinWidth(USE_PREF_SIZE);
        hide.setOnAction(e -> notice.hide());
        HBox.setHgrow(dueSoon, javafx.scene.layout.Priority.ALWAYS);
        HBox dueBox = new HBox(10, dueSoon, hide);
        dueBox.getStyleClass().add("due-soon-notice");
        dueBox.visibleProperty().bind(notice.shownProperty());
        dueBox.managedProperty().bind(notice.shownProperty());
        notice.anythingDueProperty().addListener((o, was, now) ->
                dueBox.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("due"), now));
        // The date in full and both buttons' words: on a narrow window (or in Welsh) the buttons wrap
        // onto a second line rather than cutting "Today, 5 December 2026" and their own words.
        heading.setMinWidth(USE_PREF_SIZE);
        report.setMinWidth(USE_PREF_SIZE);
        hearings.setMinWidth(USE_PREF_SIZE);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(10, 8, heading, report, hearings);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content = new VBox(14, top, dueBox, tiles);
        content.getStyleClass().add("pane-right");
        setCenter(content);
        setMinHeight(0); // takes the height the window has, so the check below can see the tiles do not fit
    }

    /**
     * The tiles scroll only once the window is too small for them: a scroll pane's first styling was
     * about 70 ms of the start-up's first frame (issue 6), and at the usual sizes they fit.
     */
    @Override
    protected void layoutChildren() {
        if (getCenter() == content && content.prefHeight(getWidth()) > getHeight()) {
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            setCenter(scroll);
            scroll.applyCss(); // styled and skinned in this layout, not drawn bare for a frame
        }
        super.layoutChildren();
    }

    /** Recomputes the tiles in the background, by aggregate queries: it need not wait for the cases list. */
    public void reload() {
        state.showFirstOr(FirstRead::dashboard, () -> FirstRead.dashboardFigures(state.desk()),
                Messages.text("boards.dash.readFailed"), this::show);
        notice.reload();
    }

    /** The caseload report, previewed to print or save (the dashboard's button, File ▸ Caseload report…). */
    static void showCaseloadReport(DeskState state) {
        DocumentDialog.show(state, Messages.text("boards.dash.reportTitle"), "caseload-report-"
                + state.desk().cases().today() + ".pdf", () -> Pdf.bytes(CaseloadHtml.render(Caseload.of(state.desk()))));
    }

    private void show(Caseload c) {
        heading.setText(Messages.text("boards.dash.today", Dates.longForm(Messages.language(), c.today())));
        String byType = c.openByTypeAndStage().entrySet().stream()
                .map(e -> org.repdesk.ui.common.Labels.of(e.getKey()) + ": " + e.getValue().values().stream().mapToInt(Integer::intValue).sum())
                .collect(Collectors.joining("\n"));
        tiles.getChildren().setAll(
                tile("tile-open", String.valueOf(c.openCases()), Messages.text("boards.dash.open"),
                        byType.isEmpty() ? Messages.text("boards.dash.noOpen") : byType, false, go::openCases),
                tile("tile-overdue", String.valueOf(c.overdueCount()), Messages.text("boards.dash.overdue"),
                        due(c.overdue(), c.overdueCount(), Messages.text("boards.dash.noOverdue")), c.overdueCount() > 0, go::overdueCases),
                tile("tile-soon", String.valueOf(c.dueSoonCount()), Messages.text("boards.dash.soon", java.util.Map.of("n", Caseload.SOON_DAYS)),
                        due(c.dueSoon(), c.dueSoonCount(), Messages.text("boards.dash.noSoon")), false, go::openCases),
                tile("tile-factor", c.workloadFactorPercent() + "%", Messages.text("boards.dash.factor"),
                        Messages.text("boards.dash.factorDetail", c.openWithWorkloadFactor(), c.openCases() + c.onHoldCases()), false, go::workloadFactorCases),
                tile("tile-wmt", c.medianCapacity() == null ? "—" : String.format(java.util.Locale.UK, "%.0f%%",
                        c.medianCapacity()), Messages.text("boards.dash.wmt"),
                        Messages.text("boards.dash.wmtDetail", c.membersOverThreshold(), c.membersWithWmt()), c.membersOverThreshold() > 0,
                        go::overThreshold),
                tile("tile-demands", String.valueOf(c.demandsByStatus().values().stream().mapToInt(Integer::intValue)
                        .sum()), Messages.text("boards.dash.demands"), demands(c), c.promisesOverdue() > 0, go::demands));
    }

    private static String due(List<Caseload.DueItem> items, int count, String none) {
        if (items.isEmpty()) {
            return none;
        }
        // One line each, so the count of the rest stays in the tile.
        String list = items.stream().limit(SHOWN_PER_TILE).map(d -> Dates.uk(d.due()) + "  " + d.reference()
                + "  " + (d.hearing() ? Messages.text("boards.dash.hearing") : shortened(d.what()))).collect(Collectors.joining("\n"));
        return count > SHOWN_PER_TILE ? list + "\n" + Messages.text("boards.dash.more", java.util.Map.of("n", count - SHOWN_PER_TILE)) : list;
    }

    private static String shortened(String what) {
        return what.length() <= WHAT_CHARS ? what : what.substring(0, WHAT_CHARS - 1).stripTrailing() + "…";
    }

    private static String demands(Caseload c) {
        Map<DemandStatus, Integer> by = c.demandsByStatus();
        String lines = by.entrySet().stream().map(e -> org.repdesk.ui.demands.DemandWords.status(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        if (c.promisesOverdue() > 0) {
            lines += "\n" + Messages.text("boards.dash.promises", java.util.Map.of("n", c.promisesOverdue()));
        }
        return lines.isEmpty() ? Messages.text("boards.dash.noDemands") : lines;
    }

    private static VBox tile(String id, String figure, String label, String detail, boolean alert, Runnable open) {
        VBox tile = new VBox(4, text(figure, "tile-figure"), text(label, "tile-label"), text(detail, "tile-detail"));
        tile.setId(id);
        tile.getStyleClass().add("tile");
        if (alert) {
            tile.getStyleClass().add("tile-alert");
        }
        tile.setCursor(Cursor.HAND);
        tile.setOnMouseClicked(e -> open.run());
        // Reachable and opened from the keyboard as well (Tab, then Enter or Space), and read out as a button.
        tile.setFocusTraversable(true);
        tile.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        tile.setAccessibleText(figure + " " + label);
        tile.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                e.consume();
                open.run();
            }
        });
        return tile;
    }

    /**
     * Plain text rather than labels: the tiles are read, not clicked into, and eighteen label skins
     * were about 40 ms of the first frame (issue 6). Wrapped to the tile's width, inside its padding.
     */
    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.setWrappingWidth(TILE_WIDTH - 2 * 14 - 4);
        return text;
    }
}
