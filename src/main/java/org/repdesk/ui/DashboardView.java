package org.repdesk.ui;

import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.dashboard.DashboardViewModel;
import org.repdesk.ui.dashboard.DueSoonNoticeViewModel;
import org.repdesk.ui.papers.DocumentViewModel;
import org.repdesk.ui.papers.Runner;

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

    /** The narrowest a tile gets; a row's tiles share what is left over, so none is cut short. */
    private static final double TILE_WIDTH = 330;
    private static final double TILE_HEIGHT = 200;
    private static final double TILE_GAP = 14;
    /** The hearings whose cases' summaries the dashboard's second button makes: the next two weeks'. */
    private static final int HEARING_DAYS = 14;

    private final DashboardViewModel vm;
    private final Destinations go;
    private final TilePane tiles = new TilePane(TILE_GAP, TILE_GAP);
    private final VBox content;
    /** The scroll pane the dashboard moves into once it no longer fits; made, with its skin, after the first frame. */
    private ScrollPane scroll;
    private boolean scrollAsked;
    /** The name and due-soon notices are in (put in when the dashboard first has a scene, see {@link #noticesIn}). */
    private boolean noticesPut;
    /** The view-model's tiles changed while the dashboard was not on screen: they go in at an event of their own. */
    private boolean tilesWaiting;
    private boolean tilesQueued;

    public DashboardView(DeskState state, Destinations go) {
        this(state, new DashboardViewModel((since, failure, show) -> state.showFirstOr(FirstRead::dashboard,
                () -> FirstRead.dashboardFigures(state.desk(), since), failure, show),
                // At start-up, queued on the store worker held until the first frame: before the lists.
                (failure, show) -> state.background().run(state.owner(), failure,
                        () -> org.repdesk.report.Caseload.Workload.of(state.desk()), show),
                new DueSoonNoticeViewModel(state.desk().hearings(), Runner.of(state, state::owner))), go);
    }

    DashboardView(DeskState state, DashboardViewModel vm, Destinations go) {
        this.vm = vm;
        this.go = go;
        Label heading = new Label();
        heading.textProperty().bind(vm.headingProperty());
        getStyleClass().add("dashboard");
        heading.getStyleClass().add("title-3");
        Button report = new Button(Messages.text("boards.dash.report"));
        report.setId("dashboard-report");
        report.setOnAction(e -> showCaseloadReport(state));
        Button hearings = new Button(Messages.text("boards.dash.hearings", java.util.Map.of("n", HEARING_DAYS)));
        hearings.setId("dashboard-hearings");
        hearings.setOnAction(e -> DocumentDialog.show(state, DocumentViewModel.hearingSummaries(state.desk(), HEARING_DAYS,
                Runner.of(state, state::owner), state.dialogs(), state::plainTextAllowed)));
        tiles.setPrefColumns(3);
        tiles.setPrefTileWidth(TILE_WIDTH);
        // As tall as the tallest tile (a deadline's long title wraps), never less than 200.
        tiles.setMinWidth(TILE_WIDTH);
        tiles.widthProperty().addListener((o, was, now) -> fitTiles());
        DueSoonNoticeViewModel notice = vm.notice();
        Label dueSoon = new Label(); // what falls due today and in the next two working days, in words
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
        vm.tiles().addListener((javafx.beans.Observable o) -> tilesChanged());
        content = new VBox(14, top, tiles);
        content.getStyleClass().add("pane-right");
        setCenter(content);
        setMinHeight(0); // takes the height the window has, so the check below can see the tiles do not fit
        javafx.scene.Node[] notices = {new RepNameNotice(state), dueBox}; // asks for the name while unset
        sceneProperty().addListener((o, was, now) -> {
            noticesIn(now, notices);
            tilesIn(now);
            scrollOnceShown();
        });
    }

    /**
     * The two notices go in under the heading: at start, before the window is shown, in an event after the
     * rest of the dashboard was styled, each styled as it goes in. Styled with the rest, the dashboard's
     * five buttons' skins and its words held the FX thread 67-79 ms in one event before the first frame on
     * a busy machine (issue 21); the notices hold three of the buttons.
     */
    private void noticesIn(Scene scene, javafx.scene.Node... notices) {
        if (noticesPut || scene == null) {
            return;
        }
        noticesPut = true;
        Runnable in = () -> {
            content.getChildren().addAll(1, List.of(notices));
            for (javafx.scene.Node notice : notices) {
                notice.applyCss();
            }
        };
        if (onScreen(scene)) {
            in.run();
        } else {
            FrameByFrame.inAnEventOfItsOwn(in);
        }
    }

    /**
     * The tiles made again from the view-model's: at once in a window on screen (or when nothing will put
     * them in later); at start, before the window is shown, in an event of their own once the rest of the
     * dashboard is in its place and styled ({@link #tilesIn}).
     */
    private void tilesChanged() {
        Scene scene = getScene();
        if (scene != null && onScreen(scene)) {
            putTilesIn();
            return;
        }
        if (!tilesWaiting) {
            tilesWaiting = true;
            tilesIn(scene);
        }
    }

    /**
     * The tiles waiting to go in ({@link #tilesChanged}) go in, each styled, in an event after the one that
     * put the dashboard in {@code scene}. Made and styled with the rest of it, before the first frame, the
     * six tiles' words (their text measured, the first fonts found) and their styling held the FX thread
     * 53-94 ms when the dashboard was made and 51-75 ms when it was placed and styled (issue 21).
     */
    private void tilesIn(Scene scene) {
        if (!tilesWaiting || tilesQueued || scene == null) {
            return;
        }
        if (onScreen(scene)) {
            putTilesIn(); // a window already on screen (another desk taking it over): no frame without them
            return;
        }
        tilesQueued = true;
        FrameByFrame.inAnEventOfItsOwn(this::putTilesIn);
    }

    private void putTilesIn() {
        tilesWaiting = false;
        tilesQueued = false;
        showTiles();
        if (getScene() != null && !onScreen(getScene())) {
            // Before the first frame: styled in an event of their own, not when the window is shown.
            FrameByFrame.inAnEventOfItsOwn(() -> {
                tiles.applyCss();
                fitTiles();
                scrollOnceShown();
            });
            return;
        }
        fitTiles();
        scrollOnceShown();
    }

    /** {@code scene} is in a window on screen (after the first frame, or another desk taking the window over). */
    private static boolean onScreen(Scene scene) {
        return scene.getWindow() != null && scene.getWindow().isShowing();
    }

    /**
     * Once in a window with its tiles (the first screen's figures in), after the frame that shows them:
     * the scroll pane made, then the dashboard moved into it, each in an event of its own.
     */
    private void scrollOnceShown() {
        Scene scene = getScene();
        if (scene != null && !scrollAsked && !tiles.getChildren().isEmpty()) {
            scrollAsked = true;
            FrameByFrame.afterNextFrame(scene, () -> {
                readyToScroll();
                javafx.application.Platform.runLater(this::intoScrollPane);
            });
        }
    }

    /**
     * Once the first frame is out, the dashboard goes into its scroll pane in an event of its own, fitting
     * or not: moved there only once it no longer fit (when the due-soon notice came in beside the name
     * notice, 1-7 s later), the whole dashboard was styled again in that notice's frame, with its layout:
     * 43-65 ms of the FX thread on a busy machine, the longest wait while the 100,000-row list arrived
     * (issue 21). The notice then only lays it out again.
     */
    private void intoScrollPane() {
        if (getCenter() == content) {
            scroll.setContent(content);
            setCenter(scroll);
            scroll.applyCss();
        }
    }

    /**
     * Makes the scroll pane and its skin in an event of their own once the first frame is laid out, before
     * they are needed: made when the due-soon notice arrived beside the name notice, the skin (31 classes
     * and 58 lambdas from the jar) was made in the same frame as the whole dashboard was styled again
     * (issue 21). Not in the first frame: there it made the start's FX thread ~85 ms busier from the jar.
     */
    private void readyToScroll() {
        if (scroll == null) {
            scroll = new ScrollPane();
            scroll.setFitToWidth(true);
            scroll.setSkin(new javafx.scene.control.skin.ScrollPaneSkin(scroll));
        }
    }

    /**
     * Not in the scroll pane for the first frame (its first styling was about 70 ms of the start-up's first
     * frame, issue 6), unless the window is already too small for the tiles then; after it, see
     * {@link #intoScrollPane}.
     */
    @Override
    protected void layoutChildren() {
        if (getCenter() == content && content.prefHeight(getWidth()) > getHeight()) {
            readyToScroll(); // made already, unless the dashboard does not fit its first frame
            scroll.setContent(content);
            setCenter(scroll);
            scroll.applyCss(); // styled and skinned in this layout, not drawn bare for a frame
        }
        super.layoutChildren();
    }

    /**
     * A node for each of the view-model's tiles, made again only where the tile changed: the WMT tile filled
     * in after the start's first frame (see {@link DashboardViewModel}) leaves the other five as they are.
     */
    private void showTiles() {
        List<DashboardViewModel.Tile> now = vm.tiles();
        javafx.collections.ObservableList<javafx.scene.Node> shown = tiles.getChildren();
        if (shown.size() != now.size()) {
            shown.setAll(now.stream().map(this::tile).toList());
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(shown.get(i).getUserData())) {
                shown.set(i, tile(now.get(i)));
            }
        }
    }

    /**
     * The tiles share the row's width (two at 1024 pixels, three at 1280), and their words wrap
     * inside: a tile of 330 left a third of a 1024-pixel row blank while it cut "Return notes of…".
     */
    private void fitTiles() {
        double room = tiles.getWidth() - tiles.snappedLeftInset() - tiles.snappedRightInset();
        if (room <= 0) {
            return;
        }
        int columns = Math.max(1, Math.min(tiles.getPrefColumns(), (int) ((room + TILE_GAP) / (TILE_WIDTH + TILE_GAP))));
        double width = Math.floor((room - TILE_GAP * (columns - 1)) / columns);
        tiles.setPrefTileWidth(width);
        for (javafx.scene.Node tile : tiles.getChildren()) {
            for (javafx.scene.Node t : ((VBox) tile).getChildren()) {
                wrapWithin(t, inside(width));
            }
        }
    }

    /**
     * Wraps a tile's words at {@code width}; a deadline's title within what its date and reference leave,
     * or, where its longest word would not fit there (large text, Welsh: "gwra / ndaw / iad"), on its own
     * lines under them, so a line only ever breaks between words.
     */
    private static void wrapWithin(javafx.scene.Node words, double width) {
        if (words instanceof Text t) {
            t.setWrappingWidth(width);
        } else if (words instanceof javafx.scene.layout.FlowPane due) {
            Text at = (Text) due.getChildren().get(0);
            Text title = (Text) due.getChildren().get(1);
            // A pixel spare: beside the date the two must fit the row exactly, or the title drops below anyway.
            double beside = Math.floor(width - at.getLayoutBounds().getWidth()) - 1;
            title.setWrappingWidth(longestWord(title) <= beside ? beside : width);
            due.setPrefWrapLength(width);
        } else if (words instanceof VBox lines) {
            lines.getChildren().forEach(line -> wrapWithin(line, width));
        }
    }

    /**
     * A tile's lines under its label, one node a line: a deadline's title that wraps continues under
     * its own first word, not at the tile's edge under the date (a hanging indent).
     */
    private static VBox detail(List<DashboardViewModel.Line> lines) {
        VBox shown = new VBox();
        shown.getStyleClass().add("tile-detail-lines");
        for (DashboardViewModel.Line line : lines) {
            if (!line.lead().isEmpty()) {
                Text at = text(line.lead(), "tile-detail");
                at.setWrappingWidth(0); // one line, as wide as its words
                Text title = text(line.text(), "tile-detail");
                title.getStyleClass().add("tile-due-title");
                javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(at, title);
                row.setRowValignment(javafx.geometry.VPos.TOP); // the date by the title's first line
                wrapWithin(row, inside(TILE_WIDTH));
                shown.getChildren().add(row);
            } else {
                shown.getChildren().add(text(line.text(), "tile-detail"));
            }
        }
        return shown;
    }

    /**
     * Recomputes the tiles in the background, by aggregate queries (it need not wait for the cases list), when
     * anything may have changed since they were read (see {@link DashboardViewModel#reload}).
     */
    public void reload() {
        vm.reload();
    }

    /** The caseload report, previewed to print or save (the dashboard's button, File ▸ Caseload report…). */
    static void showCaseloadReport(DeskState state) {
        DocumentDialog.show(state, DocumentViewModel.caseloadReport(state.desk(), Runner.of(state, state::owner),
                state.dialogs(), state::plainTextAllowed));
    }

    private VBox tile(DashboardViewModel.Tile t) {
        Runnable open = switch (t.opens()) {
            case OPEN_CASES -> go::openCases;
            case OVERDUE_CASES -> go::overdueCases;
            case WORKLOAD_FACTOR_CASES -> go::workloadFactorCases;
            case OVER_THRESHOLD -> go::overThreshold;
            case DEMANDS -> go::demands;
        };
        VBox tile = new VBox(4, text(t.figure(), "tile-figure"), text(t.label(), "tile-label"), detail(t.lines()));
        tile.setId(t.id());
        tile.setUserData(t); // what it shows, so an unchanged tile is kept (showTiles)
        tile.getStyleClass().add("tile");
        tile.setMinHeight(TILE_HEIGHT);
        if (t.alert()) {
            tile.getStyleClass().add("tile-alert");
        }
        tile.setCursor(Cursor.HAND);
        tile.setOnMouseClicked(e -> open.run());
        // Reachable and opened from the keyboard as well (Tab, then Enter or Space), and read out as a button.
        tile.setFocusTraversable(true);
        tile.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        tile.setAccessibleText(t.figure() + " " + t.label());
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
        text.setWrappingWidth(inside(TILE_WIDTH));
        return text;
    }

    /** The width of the title's widest word in its own font. */
    private static double longestWord(Text title) {
        double widest = 0;
        for (String word : title.getText().split("\\s+")) {
            Text measured = new Text(word);
            measured.setFont(title.getFont());
            widest = Math.max(widest, measured.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /** A tile's words' width: inside its padding (14 pixels a side in the stylesheet) and border. */
    private static double inside(double tileWidth) {
        return tileWidth - 2 * 14 - 4;
    }
}
