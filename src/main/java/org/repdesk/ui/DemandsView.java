package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.repdesk.model.DemandStatus;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.DemandService.DemandSummary;

/**
 * The demands board: one column per status. A card moves by dragging it to another column or
 * from its menu; either way the rep gives a date and a note, and the change joins the history.
 */
public final class DemandsView extends BorderPane implements BuiltInSteps {

    static final DataFormat DEMAND_ID = new DataFormat("application/x-repdesk-demand");

    private final DeskState state;
    private final Map<DemandStatus, ObservableList<DemandSummary>> columns = new EnumMap<>(DemandStatus.class);
    private final Map<DemandStatus, ListView<DemandSummary>> lists = new EnumMap<>(DemandStatus.class);
    private final DemandDetailView detail;
    private UUID selected;
    /** The card menu last made, so the keyboard does not open a second one over it. */
    private ContextMenu openCardMenu;

    /** Its two sides, a frame apart the first time it is opened (see MainWindow.putTogether). */
    private final List<Runnable> assemblySteps;

    public DemandsView(DeskState state) {
        this.state = state;
        this.detail = new DemandDetailView(state, this::reload);
        getStyleClass().add("demands-view");

        Button add = new Button("New demand…");
        add.setId("demand-new");
        add.setOnAction(e -> DemandDialog.show(state, null).ifPresent(d -> state.background().run(state.owner(),
                "The demand was not saved", () -> state.desk().demands().raise(d), saved -> {
                    selected = saved.id();
                    reload();
                })));
        Button meeting = new Button("Record a meeting…");
        meeting.setId("demand-meeting");
        meeting.setOnAction(e -> MeetingDialog.show(state, this::reload));
        Button load = new Button("Load the campaign's demands");
        load.setId("demand-load-bulletins");
        load.setOnAction(e -> loadBulletins());
        Label hint = new Label("To change a status, drag the card to its column, or right-click it (Shift+F10).");
        hint.getStyleClass().add("muted");
        hint.setMinWidth(0); // on a narrow window the hint gives way, not the buttons
        for (Button b : List.of(add, meeting, load)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, add, meeting, load, hint);
        bar.getStyleClass().add("tool-bar-row");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        HBox board = new HBox(8);
        board.getStyleClass().add("board");
        for (DemandStatus status : DemandStatus.values()) {
            ObservableList<DemandSummary> items = FXCollections.observableArrayList();
            columns.put(status, items);
            ListView<DemandSummary> list = new ListView<>(items);
            list.setId("board-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            list.setCellFactory(lv -> new CardCell(lv));
            list.setPlaceholder(new Label(""));
            list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
                if (s != null) {
                    selected = s.demand().id();
                    lists.values().stream().filter(l -> l != list).forEach(l -> l.getSelectionModel().clearSelection());
                    detail.show(s.demand().id());
                }
            });
            acceptDrops(list, status);
            // From the keyboard (Shift+F10, the menu key; see KeyboardMenus) the request goes to the
            // focused column, not a card: the selected card's menu, at the card.
            list.setOnContextMenuRequested(e -> {
                if (e.isKeyboardTrigger()) {
                    showCardMenuAtSelection(list);
                    e.consume();
                }
            });
            lists.put(status, list);
            Label heading = new Label();
            heading.getStyleClass().add("board-heading");
            heading.textProperty().bind(javafx.beans.binding.Bindings.size(items).asString(status.label() + " (%d)"));
            VBox column = new VBox(6, heading, list);
            column.getStyleClass().addAll("board-column", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
            VBox.setVgrow(list, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMinWidth(140);
            column.setPrefWidth(200);
            board.getChildren().add(column);
        }
        // As wide as the screen, scrolling sideways only when the six columns' minimum widths do not fit
        // (a narrow window): narrower columns broke their cards' words.
        ScrollPane boardScroller = new ScrollPane(board);
        boardScroller.setId("board-scroller");
        boardScroller.setFitToWidth(true);
        boardScroller.setFitToHeight(true);
        boardScroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // each column scrolls its own cards
        boardScroller.getStyleClass().add("edge-to-edge");
        VBox top = new VBox(8, bar, boardScroller);
        VBox.setVgrow(boardScroller, Priority.ALWAYS);
        top.getStyleClass().add("pane-left");
        SplitPane split = new SplitPane();
        split.setOrientation(Orientation.VERTICAL);
        setCenter(split);
        assemblySteps = BuiltInSteps.twoSides(split, top, detail, 0.42);
    }

    /** Re-reads the board (after any change) and keeps the selected demand shown. */
    public void reload() {
        state.background().run(state.owner(), "Could not read the demands", () -> state.desk().demands().summaries(),
                summaries -> {
                    columns.values().forEach(List::clear);
                    for (DemandSummary s : summaries) {
                        columns.get(s.demand().status()).add(s);
                    }
                    if (selected != null) {
                        for (var entry : lists.entrySet()) {
                            entry.getValue().getItems().stream().filter(s -> s.demand().id().equals(selected))
                                    .findFirst().ifPresent(s -> entry.getValue().getSelectionModel().select(s));
                        }
                        detail.show(selected);
                    }
                });
    }

    /** Offers to load the bulletins' demands when the log is empty (first run). */
    public void offerBulletinsIfEmpty() {
        state.background().run(state.owner(), "Could not read the demands", () -> state.desk().demands().all().isEmpty(),
                empty -> {
                    if (empty && Alerts.confirm(state.owner(), "Start the demands log from the campaign?",
                            "Load Operation Protect's five campaign aims and twelve urgent demands (Bulletin #2), "
                                    + "and the employer's record from Bulletin 3 (1 May 2025)? You can edit them, "
                                    + "and loading again never makes duplicates.",
                            "Load demands")) {
                        loadBulletins();
                    }
                });
    }

    void loadBulletins() {
        state.background().run(state.owner(), "The campaign's demands were not loaded",
                () -> CampaignBulletins.load(state.desk().demands()), added -> {
                    reload();
                    Alerts.info(state.owner(), added == 0 ? "Already loaded" : "Demands loaded",
                            List.of(added == 0 ? "The log already holds every demand from the bulletins."
                                    : added + " demands were added from the campaign bulletins."));
                });
    }

    private void acceptDrops(ListView<DemandSummary> list, DemandStatus status) {
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(DEMAND_ID)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(DEMAND_ID);
            e.setDropCompleted(id != null);
            e.consume();
            if (id != null) {
                moveTo(UUID.fromString(id.toString()), status);
            }
        });
    }

    /** Asks for the date and a note, then records the change (nothing changes if the rep cancels). */
    void moveTo(UUID demandId, DemandStatus to) {
        columns.values().stream().flatMap(List::stream).filter(s -> s.demand().id().equals(demandId)).findFirst()
                .filter(s -> s.demand().status() != to)
                .ifPresent(s -> StatusChangeDialog.show(state.owner(), s.demand(), to, state.desk().cases().today())
                        .ifPresent(change -> state.background().run(state.owner(), "The status was not changed",
                                () -> state.desk().demands().changeStatus(demandId, to, change.date(), change.note()),
                                d -> {
                                    selected = d.id();
                                    reload();
                                })));
    }

    /** The selected card's menu, shown at its card, unless a card's menu is already open. */
    private void showCardMenuAtSelection(ListView<DemandSummary> list) {
        DemandSummary s = list.getSelectionModel().getSelectedItem();
        if (s == null || (openCardMenu != null && openCardMenu.isShowing())) {
            return;
        }
        Node at = list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof CardCell cell && cell.getItem() == s && cell.isVisible())
                .findFirst().orElse(list);
        javafx.geometry.Point2D corner = at.localToScreen(12, 12);
        cardMenu(s).show(at, corner.getX(), corner.getY());
    }

    /** A card's menu: move the demand to another status (through the dated status dialog). */
    private ContextMenu cardMenu(DemandSummary s) {
        Menu move = new Menu("Move to");
        for (DemandStatus to : DemandStatus.values()) {
            MenuItem item = new MenuItem(to.label());
            item.setDisable(to == s.demand().status());
            item.setOnAction(x -> moveTo(s.demand().id(), to));
            move.getItems().add(item);
        }
        openCardMenu = new ContextMenu(move);
        return openCardMenu;
    }

    /** A demand card: title, kind and priority, last response, evidence, any overdue promise. */
    private final class CardCell extends ListCell<DemandSummary> {
        private final DemandCard card = new DemandCard();

        private final ListView<DemandSummary> list;

        CardCell(ListView<DemandSummary> list) {
            this.list = list;
            card.setMinWidth(0);
            setPrefWidth(0); // as wide as the column, never wider
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(DEMAND_ID, getItem().demand().id().toString());
                    board.setContent(content);
                    e.consume();
                }
            });
            // Made when asked for by a right click, not for every card shown (the keyboard: see the column).
            setOnContextMenuRequested(e -> {
                if (getItem() != null) {
                    cardMenu(getItem()).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(DemandSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            LocalDate last = s.lastResponseOn();
            card.show(s.demand().title(),
                    s.demand().kind().label() + " · " + s.demand().priority().label() + " priority",
                    (last == null ? "No response yet" : "Last response " + DateField.format(last)) + " · "
                            + s.linkedCases() + (s.linkedCases() == 1 ? " case" : " cases"),
                    s.promiseOverdue());
            setAccessibleText(card.text());
            setGraphic(card);
        }

        /** The card's height at the width it will have: the cell's own, less its padding. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double outer = width > 0 ? width : getWidth() > 0 ? getWidth() : list.getWidth();
            return snappedTopInset() + card.prefHeight(outer - snappedLeftInset() - snappedRightInset())
                    + snappedBottomInset();
        }

        /** The card fills the cell, within its padding: the size its height was measured for. */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() != null) {
                card.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                        getWidth() - snappedLeftInset() - snappedRightInset(),
                        getHeight() - snappedTopInset() - snappedBottomInset());
            }
        }
    }

    @Override
    public List<Runnable> assemblySteps() {
        return assemblySteps;
    }
}
