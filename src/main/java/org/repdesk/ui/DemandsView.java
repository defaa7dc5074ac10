package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatus;
import org.repdesk.service.DemandService.DemandSummary;
import org.repdesk.ui.demands.DemandWords;
import org.repdesk.ui.demands.DemandsBoardViewModel;
import org.repdesk.ui.papers.Runner;

/**
 * The demands board: one column per status. A card moves by dragging it to another column or
 * from its menu; either way the rep gives a date and a note, and the change joins the history.
 * The state and commands are the {@link DemandsBoardViewModel}'s; this class lays out and binds.
 */
public final class DemandsView extends BorderPane implements BuiltInSteps, WindowMemory.ChosenDivider {

    static final DataFormat DEMAND_ID = new DataFormat("application/x-repdesk-demand");
    /** A column holding cards keeps this width: narrower, the cards' words broke mid-word. */
    static final double COLUMN_MIN = 136;
    /** An empty column needs room only for its heading: the columns with cards get the width. */
    static final double EMPTY_COLUMN_MIN = 112; // "Withdrawn (0)" in bold, wrapped after the word
    /**
     * The board's share of the height while a demand is shown below it, until the rep moves the divider:
     * at 1024x700 a card whole in each column above the demand's wording, its buttons and three entries
     * of its history. With none shown the detail folds to its one line and the board has the rest (it
     * had half the screen, blank but for "Select a demand").
     */
    static final double BOARD_SHARE = 0.5;

    private final DeskState state;
    private final DemandsBoardViewModel vm;
    private final Map<DemandStatus, ListView<DemandSummary>> lists = new EnumMap<>(DemandStatus.class);
    private final DemandDetailView detail;
    private final SplitPane split = new SplitPane();
    /** Where the rep wants the divider while a demand is shown (remembered: see WindowMemory). */
    private final javafx.beans.property.DoubleProperty chosenDivider =
            new javafx.beans.property.SimpleDoubleProperty(BOARD_SHARE);
    /** The card menu last made, so the keyboard does not open a second one over it. */
    private ContextMenu openCardMenu;

    /** Each column's list put in its column, two a frame as the board is put together. */
    private final List<Runnable> columnLists = new java.util.ArrayList<>();
    /** Its two sides, a frame apart the first time it is opened (see Screens.putTogether). */
    private final List<Runnable> assemblySteps;

    public DemandsView(DeskState state) {
        this.state = state;
        this.vm = new DemandsBoardViewModel(state.desk().demands(), state.desk().cases()::today,
                state.desk().mayKeepDemandsLog(), Runner.of(state, state::owner));
        this.detail = new DemandDetailView(state, this::reload);
        getStyleClass().add("demands-view");

        Button add = new Button(Messages.text("boards.demands.new"));
        add.setId("demand-new");
        add.setOnAction(e -> DemandDialog.show(state.owner(),
                vm.newDemandForm(this::showSelected)));
        Button meeting = new Button(Messages.text("boards.demands.meeting"));
        meeting.setId("demand-meeting");
        meeting.setOnAction(e -> vm.meetingForm(this::showSelected,
                form -> MeetingDialog.show(state.owner(), form)));
        Button load = new Button(Messages.text("boards.demands.load"));
        load.setId("demand-load-bulletins");
        load.setOnAction(e -> loadBulletins());
        Label hint = new Label(Messages.text("fit.demands.hint"));
        hint.setId("demands-hint");
        hint.getStyleClass().add("muted");
        // Beside the buttons, wrapping onto a second line on a narrow window rather than cut (it was,
        // at 1024x700, with only a tooltip to read it whole); a line of its own would take height
        // the board needs (DemandsBoardTest).
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        for (Button b : List.of(add, meeting, load)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        boolean keeps = vm.keepsLog();
        if (!keeps) { // a casebook's rep or reader: the server would refuse these, so they are not offered
            for (Button b : List.of(add, meeting, load)) {
                b.setVisible(false);
                b.setManaged(false);
            }
            hint.setText(Messages.text("boards.readOnly.hint"));
            hint.setId("demands-read-only");
        }
        HBox bar = new HBox(8, add, meeting, load, hint);
        bar.getStyleClass().add("tool-bar-row");
        bar.setAlignment(Pos.CENTER_LEFT);

        HBox board = new HBox(6);
        board.getStyleClass().add("board");
        for (DemandStatus status : DemandStatus.values()) {
            board.getChildren().add(column(status));
        }
        // As wide as the screen, scrolling sideways only when the columns' minimum widths do not fit
        // (a narrow window): narrower columns broke their cards' words.
        ScrollPane boardScroller = new ScrollPane(board);
        boardScroller.setId("board-scroller");
        boardScroller.setFitToWidth(true);
        boardScroller.setFitToHeight(true);
        boardScroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // each column scrolls its own cards
        boardScroller.getStyleClass().add("edge-to-edge");

        // A new file: the board says how to start rather than showing six empty columns.
        Label emptyText = new Label(Messages.text("boards.demands.empty"));
        emptyText.setWrapText(true);
        emptyText.setMaxWidth(520);
        Button emptyLoad = new Button(Messages.text("boards.demands.load"));
        emptyLoad.setId("board-empty-load");
        emptyLoad.setDefaultButton(false);
        emptyLoad.setOnAction(e -> loadBulletins());
        if (!keeps) {
            emptyText.setText(Messages.text("boards.readOnly.empty"));
            emptyLoad.setVisible(false);
            emptyLoad.setManaged(false);
        }
        VBox emptyBox = new VBox(10, emptyText, emptyLoad);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.setId("board-empty");
        emptyBox.getStyleClass().add("board-empty");
        emptyBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        emptyBox.visibleProperty().bind(vm.emptyProperty());
        emptyBox.managedProperty().bind(vm.emptyProperty());
        StackPane boardArea = new StackPane(boardScroller, emptyBox);
        VBox top = new VBox(8, bar, boardArea);
        VBox.setVgrow(boardArea, Priority.ALWAYS);
        top.getStyleClass().add("pane-left");
        top.setMinHeight(0);
        split.setOrientation(Orientation.VERTICAL);
        setCenter(split);
        List<Runnable> sides = BuiltInSteps.twoSides(split, top, detail, BOARD_SHARE);
        // The columns' lists two a frame, after the board and its headings: each list has its own skin
        // and scroll bars, and the six styled with the board's scroll pane in one frame were the
        // screen's longest wait the first time (issue 21: 164 ms once in the quiet bench). The columns
        // are all in from the first frame, so each list is laid out at its final width (added a column
        // at a time, the first lists' scroll bars were sized for wider cards).
        List<Runnable> steps = new java.util.ArrayList<>();
        steps.add(sides.get(0));
        for (int i = 0; i < columnLists.size(); i += 2) {
            List<Runnable> two = columnLists.subList(i, Math.min(i + 2, columnLists.size()));
            steps.add(() -> two.forEach(Runnable::run));
        }
        steps.add(() -> {
            sides.get(1).run();
            foldOrUnfold();
            split.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
                if (detail.showsADemand().get() && !placing) { // the rep's drag, not the fold
                    chosenDivider.set(now.doubleValue());
                }
            });
        });
        assemblySteps = List.copyOf(steps);
        detail.showsADemand().addListener((o, was, now) -> foldOrUnfold());
        // Moved for the rep while a demand is shown: the remembered place arriving after assembly.
        chosenDivider.addListener((o, was, now) -> {
            if (detail.showsADemand().get() && !placing && !split.getDividers().isEmpty()) {
                place(now.doubleValue());
            }
        });
        vm.selectedProperty().addListener((o, a, id) -> {
            if (id != null) {
                detail.show(id);
            }
        });
    }

    /** The divider is being moved here, not by the rep. */
    private boolean placing;

    /**
     * With no demand shown, the detail is only its placeholder's line and the board has the rest of the
     * height; with one shown, the divider goes where the rep last put it.
     */
    private void foldOrUnfold() {
        if (split.getItems().size() < 2) {
            return; // not yet put together: done once it is
        }
        // The detail's own maximum height folds it to the placeholder's line (DemandDetailView).
        place(detail.showsADemand().get() ? chosenDivider.get() : 1);
    }

    private void place(double at) {
        placing = true;
        try {
            split.setDividerPositions(at);
        } finally {
            placing = false;
        }
    }

    @Override
    public javafx.beans.property.DoubleProperty chosenDivider() {
        return chosenDivider;
    }

    /** A status's column: its heading (wrapping rather than cut) over its cards. */
    private VBox column(DemandStatus status) {
        ListView<DemandSummary> list = new ListView<>(vm.column(status));
        list.setId(boardId(status));
        list.setCellFactory(lv -> new CardCell(lv));
        list.setPlaceholder(new Label(""));
        list.setAccessibleText(DemandWords.status(status));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                lists.values().stream().filter(l -> l != list).forEach(l -> l.getSelectionModel().clearSelection());
                if (s.demand().id().equals(vm.selectedProperty().get())) {
                    detail.show(s.demand().id());
                } else {
                    vm.selectedProperty().set(s.demand().id());
                }
            }
        });
        acceptDrops(list, status);
        // From the keyboard (Shift+F10, the menu key; see WindowKeys) the request goes to the
        // focused column, not a card: the selected card's menu, at the card.
        list.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                showCardMenuAtSelection(list);
                e.consume();
            }
        });
        lists.put(status, list);
        Label heading = new Label();
        heading.setId(boardId(status) + "-heading");
        heading.getStyleClass().add("board-heading");
        heading.textProperty().bind(vm.heading(status));
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox column = new VBox(6, heading);
        columnLists.add(() -> column.getChildren().add(list)); // as the board is put together
        column.getStyleClass().addAll("board-column", "status-" + status.name().toLowerCase(Locale.ROOT));
        VBox.setVgrow(list, Priority.ALWAYS);
        column.setPrefWidth(200);
        Runnable fit = () -> {
            boolean holdsCards = !vm.column(status).isEmpty() || vm.emptyProperty().get();
            column.setMinWidth(holdsCards ? COLUMN_MIN : EMPTY_COLUMN_MIN);
            column.setPrefWidth(holdsCards ? 200 : EMPTY_COLUMN_MIN);
            HBox.setHgrow(column, holdsCards ? Priority.ALWAYS : Priority.NEVER);
        };
        vm.column(status).addListener((javafx.collections.ListChangeListener<DemandSummary>) c -> fit.run());
        vm.emptyProperty().addListener(x -> fit.run());
        fit.run();
        return column;
    }

    static String boardId(DemandStatus status) {
        return "board-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Re-reads the board (after any change) and keeps the selected demand shown. */
    public void reload() {
        vm.reload(this::showSelected);
    }

    /** Selects the view-model's selected demand on its column and shows it beside the board. */
    private void showSelected() {
        UUID selected = vm.selectedProperty().get();
        if (selected != null) {
            for (var entry : lists.entrySet()) {
                entry.getValue().getItems().stream().filter(s -> s.demand().id().equals(selected))
                        .findFirst().ifPresent(s -> entry.getValue().getSelectionModel().select(s));
            }
            detail.show(selected);
        }
    }

    void loadBulletins() {
        vm.loadBulletins(added -> state.dialogs().inform(Messages.text(added == 0 ? "boards.load.alreadyTitle" : "boards.load.addedTitle"),
                DemandsBoardViewModel.loadedMessage(added)));
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
        if (!vm.keepsLog()) {
            return; // dropped or picked by a rep who may not change the log: nothing is asked, nothing refused
        }
        vm.moveForm(demandId, to, this::showSelected)
                .ifPresent(form -> StatusChangeDialog.show(state.owner(), form));
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
        Menu move = new Menu(Messages.text("boards.card.moveTo"));
        for (DemandStatus to : DemandStatus.values()) {
            MenuItem item = new MenuItem(DemandWords.status(to));
            item.setDisable(to == s.demand().status() || !vm.keepsLog());
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
            card.show(s.demand().title(), DemandWords.cardMeta(s), DemandWords.cardFacts(s), s.promiseOverdue());
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
