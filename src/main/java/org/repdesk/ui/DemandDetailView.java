package org.repdesk.ui;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.DemandStatus;
import org.repdesk.ui.FrameByFrame.PutTogetherFirst;
import org.repdesk.ui.demands.DemandDetailViewModel;
import org.repdesk.ui.demands.DemandDetailViewModel.HistoryLine;
import org.repdesk.ui.demands.DemandWords;
import org.repdesk.ui.papers.Runner;

/**
 * One demand: its wording, the dated history of status changes, responses and meetings, and its
 * evidence. Laid out here; its state and commands are {@link DemandDetailViewModel}'s.
 */
final class DemandDetailView extends StackPane {

    private final DeskState state;
    private final DemandDetailViewModel vm;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label text = new Label();
    private final ListView<HistoryLine> history = new ListView<>();
    private final Label counts = new Label();
    private final TableView<CaseListRow> linked = caseTable("demand-linked");
    private final TableView<CaseListRow> suggested = caseTable("demand-suggested");
    private final Label empty = new Label(Messages.text("boards.detail.placeholder"));
    private final VBox content;
    private final javafx.scene.control.ScrollPane scroller;
    /** A demand is shown (the placeholder is not). */
    private final javafx.beans.binding.BooleanBinding showsADemand = empty.visibleProperty().not();
    private final Tab evidenceTab = new Tab(Messages.text("boards.detail.evidence"));
    private final PutTogetherFirst putTogether;

    DemandDetailView(DeskState state, Runnable changed) {
        this.state = state;
        setId("demand-detail");
        // A casebook's reader has the evidence counts, never the cases behind them.
        this.vm = new DemandDetailViewModel(state.desk().demands(), state.desk().cases()::today,
                !state.desk().figuresOnly(), Runner.of(state, state::owner), state.dialogs(), changed);
        title.textProperty().bind(vm.titleProperty());
        meta.textProperty().bind(vm.metaProperty());
        text.textProperty().bind(vm.textProperty());
        counts.textProperty().bind(vm.countsProperty());
        history.setItems(vm.history());
        linked.setItems(vm.linked());
        suggested.setItems(vm.suggested());
        title.getStyleClass().add("title-3");
        title.setId("demand-detail-title");
        title.setWrapText(true);
        meta.getStyleClass().add("muted");
        meta.setId("demand-detail-meta");
        text.setWrapText(true);
        text.setId("demand-detail-text");
        for (Label l : List.of(title, meta, text)) { // wrapped whole, never cut to "reviewed o…"
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        Button respond = new Button(Messages.text("boards.detail.respond"));
        respond.setId("demand-respond");
        respond.setOnAction(e -> respond());
        MenuButton status = new MenuButton(Messages.text("boards.detail.changeStatus"));
        status.setId("demand-status-menu");
        for (DemandStatus to : DemandStatus.values()) {
            MenuItem item = new MenuItem(DemandWords.status(to));
            item.setOnAction(e -> changeStatus(to));
            status.getItems().add(item);
        }
        Button edit = new Button(Messages.text("boards.detail.edit"));
        edit.setId("demand-edit");
        edit.setOnAction(e -> edit());
        Button delete = new Button(Messages.text("boards.detail.delete"));
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> vm.delete(() -> empty.setVisible(true)));
        delete.setId("demand-delete");
        // Wraps onto a second line on a narrow window rather than cutting a button's words.
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, respond, status, edit, delete);

        history.setId("demand-history");
        history.setAccessibleText(Messages.text("a11y.demand.history"));
        history.getStyleClass().add("history-list");
        history.setCellFactory(lv -> new HistoryCell());
        history.setPlaceholder(new Label(Messages.text("boards.detail.noHistory")));
        Button deleteLine = new Button(Messages.text("boards.detail.deleteEntry"));
        deleteLine.disableProperty().bind(history.getSelectionModel().selectedItemProperty().isNull());
        deleteLine.setOnAction(e -> vm.deleteHistoryLine(history.getSelectionModel().getSelectedItem()));
        if (!state.desk().mayKeepDemandsLog()) { // a casebook's rep or reader: see DemandsView
            for (javafx.scene.control.Control c : List.of(respond, status, edit, delete, deleteLine)) {
                c.setVisible(false);
                c.setManaged(false);
            }
            Label readOnly = new Label(Messages.text("boards.readOnly.hint"));
            readOnly.getStyleClass().add("muted");
            readOnly.setWrapText(true);
            readOnly.setTooltip(new javafx.scene.control.Tooltip(Messages.text("boards.readOnly.hint")));
            actions.getChildren().add(readOnly);
        }
        deleteLine.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox historyBox = new VBox(6, history, deleteLine);
        VBox.setVgrow(history, Priority.ALWAYS);

        counts.setId("demand-counts");
        counts.setWrapText(true);
        Button link = new Button(Messages.text("boards.detail.link"));
        link.setId("demand-link");
        link.disableProperty().bind(suggested.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> vm.link(List.copyOf(suggested.getSelectionModel().getSelectedItems())));
        Button linkAll = new Button(Messages.text("boards.detail.linkAll"));
        linkAll.setOnAction(e -> vm.link(List.copyOf(suggested.getItems())));
        Button unlink = new Button(Messages.text("boards.detail.unlink"));
        unlink.disableProperty().bind(linked.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> vm.unlink(linked.getSelectionModel().getSelectedItem()));
        suggested.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label linkedTitle = new Label(Messages.text("boards.detail.linked"));
        linkedTitle.getStyleClass().add("title-4");
        Label suggestedTitle = new Label(Messages.text("boards.detail.suggested"));
        suggestedTitle.getStyleClass().add("title-4");
        VBox linkedBox = new VBox(6, linkedTitle, linked, unlink);
        VBox suggestedBox = new VBox(6, suggestedTitle, suggested, new HBox(8, link, linkAll));
        for (VBox b : List.of(linkedBox, suggestedBox)) {
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setPrefWidth(400);
        }
        VBox.setVgrow(linked, Priority.ALWAYS);
        VBox.setVgrow(suggested, Priority.ALWAYS);
        HBox tables = new HBox(12, linkedBox, suggestedBox);
        VBox.setVgrow(tables, Priority.ALWAYS);
        VBox evidenceBox = new VBox(6, counts, tables);
        Tab historyTab = new Tab(Messages.text("boards.detail.history"), historyBox);
        evidenceTab.setId("tab-evidence");
        TabPane tabs = TabHeaders.followTheirText(new TabPane(historyTab, evidenceTab));
        // Room for about three entries of the history however short the pane (in the stylesheet, in
        // ems, so it grows with the text size): at 1024x700 it was one row tall, squeezed by the wording
        // and the buttons above it. A shorter pane scrolls instead.
        tabs.setId("demand-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content = new VBox(8, title, meta, text, actions, tabs);
        content.getStyleClass().add("pane-right");
        // A short pane scrolls rather than squeezing the history to a row (or cutting the wording).
        scroller = new javafx.scene.control.ScrollPane(content);
        scroller.setId("demand-detail-scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("edge-to-edge");
        empty.getStyleClass().add("placeholder");
        empty.setId("demand-detail-placeholder");
        // The details join the scene when the first demand is shown, the evidence tables a frame
        // later: made and styled with the board, hidden behind the placeholder, they were most of
        // the ~0.17 s the demands screen held the FX thread the first time it was opened.
        getChildren().add(empty);
        scroller.visibleProperty().bind(showsADemand);
        showsADemand.addListener((o, was, now) -> requestParentLayout());
        putTogether = new PutTogetherFirst(List.of(() -> getChildren().add(0, scroller),
                () -> evidenceTab.setContent(evidenceBox)));
    }

    private static TableView<CaseListRow> caseTable(String id) {
        TableView<CaseListRow> t = new TableView<>();
        t.setId(id);
        // A reference ("2026-0041") is never cut: it is how the rep finds the case again.
        TableColumn<CaseListRow, Object> reference = Tables.column(Messages.text("boards.detail.col.ref"), 96,
                CaseListRow::reference);
        reference.setMinWidth(96);
        reference.setResizable(false);
        t.getColumns().addAll(List.of(
                reference,
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.member"), 140,
                        r -> org.repdesk.model.Member.shownName(r.memberName(), Messages.language())),
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.type"), 115, CaseListRow::type),
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.status"), 70, CaseListRow::status),
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.region"), 130, CaseListRow::region)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.text("boards.detail.none")));
        t.setPrefHeight(150);
        return t;
    }

    /** Whether a demand is shown, rather than the words asking the rep to choose one. */
    javafx.beans.binding.BooleanExpression showsADemand() {
        return showsADemand;
    }

    /** While no demand is shown, the placeholder's line is all the pane needs (the board has the rest). */
    @Override
    protected double computeMaxHeight(double width) {
        return showsADemand.get() ? Double.MAX_VALUE
                : Math.ceil(snappedTopInset() + empty.prefHeight(width) + snappedBottomInset());
    }

    void show(UUID demandId) {
        vm.show(demandId, () -> putTogether.then(this, () -> empty.setVisible(false)));
    }

    private void respond() {
        vm.responseForm().ifPresent(form -> ResponseDialog.show(state.owner(), form));
    }

    private void changeStatus(DemandStatus to) {
        vm.statusChangeForm(to).ifPresent(form -> StatusChangeDialog.show(state.owner(), form));
    }

    private void edit() {
        vm.editForm().ifPresent(form -> DemandDialog.show(state.owner(), form));
    }

    private static final class HistoryCell extends ListCell<HistoryLine> {
        private final Label head = new Label();
        private final Label body = new Label();
        private final VBox box = new VBox(2, head, body);

        HistoryCell() {
            head.getStyleClass().add("entry-head");
            body.setWrapText(true);
            body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(30));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(HistoryLine line, boolean isEmpty) {
            super.updateItem(line, isEmpty);
            body.getStyleClass().remove("overdue");
            if (isEmpty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            head.setText(DateField.format(line.date()) + "  ·  " + line.kind());
            body.setText(line.text());
            setAccessibleText(head.getText() + ". " + line.text()); // drawn by labels: said as one line
            if (line.warn()) {
                body.getStyleClass().add("overdue");
            }
            setGraphic(box);
        }
    }
}
