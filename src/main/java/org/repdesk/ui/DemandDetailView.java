package org.repdesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.ui.FrameByFrame.PutTogetherFirst;
import org.repdesk.ui.common.Labels;
import org.repdesk.ui.demands.DemandWords;

/** One demand: its wording, the dated history of status changes, responses and meetings, and its evidence. */
final class DemandDetailView extends StackPane {

    /** One line of the history, newest first; {@code delete} is null for lines that cannot be deleted. */
    private record HistoryLine(LocalDate date, String kind, String text, boolean warn, Runnable delete) {
    }

    private record Loaded(Demand demand, List<DemandStatusChange> changes, List<EmployerResponse> responses,
            List<NegotiationMeeting> meetings, EvidenceCounts counts, List<CaseListRow> linked,
            List<CaseListRow> suggested) {
    }

    private final DeskState state;
    private final Runnable changed;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label text = new Label();
    private final ListView<HistoryLine> history = new ListView<>();
    private final Label counts = new Label();
    private final TableView<CaseListRow> linked = caseTable("demand-linked");
    private final TableView<CaseListRow> suggested = caseTable("demand-suggested");
    private final Label empty = new Label(Messages.text("boards.detail.placeholder"));
    private final VBox content;
    private final Tab evidenceTab = new Tab(Messages.text("boards.detail.evidence"));
    private final PutTogetherFirst putTogether;
    private Demand current;

    DemandDetailView(DeskState state, Runnable changed) {
        this.state = state;
        this.changed = changed;
        title.getStyleClass().add("title-3");
        title.setId("demand-detail-title");
        title.setWrapText(true);
        meta.getStyleClass().add("muted");
        meta.setId("demand-detail-meta");
        text.setWrapText(true);

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
        delete.setOnAction(e -> delete());
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
        deleteLine.setOnAction(e -> deleteHistoryLine());
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
        VBox historyBox = new VBox(6, history, deleteLine);
        VBox.setVgrow(history, Priority.ALWAYS);

        counts.setId("demand-counts");
        counts.setWrapText(true);
        Button link = new Button(Messages.text("boards.detail.link"));
        link.setId("demand-link");
        link.disableProperty().bind(suggested.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> link(List.copyOf(suggested.getSelectionModel().getSelectedItems())));
        Button linkAll = new Button(Messages.text("boards.detail.linkAll"));
        linkAll.setOnAction(e -> link(List.copyOf(suggested.getItems())));
        Button unlink = new Button(Messages.text("boards.detail.unlink"));
        unlink.disableProperty().bind(linked.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> unlink());
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
        TabPane tabs = new TabPane(historyTab, evidenceTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content = new VBox(8, title, meta, text, actions, tabs);
        content.getStyleClass().add("pane-right");
        empty.getStyleClass().add("placeholder");
        // The details join the scene when the first demand is shown, the evidence tables a frame
        // later: made and styled with the board, hidden behind the placeholder, they were most of
        // the ~0.17 s the demands screen held the FX thread the first time it was opened.
        getChildren().add(empty);
        content.visibleProperty().bind(empty.visibleProperty().not());
        putTogether = new PutTogetherFirst(List.of(() -> getChildren().add(0, content),
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
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.member"), 140, CaseListRow::memberName),
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.type"), 115, CaseListRow::type),
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.status"), 70, CaseListRow::status),
                Tables.<CaseListRow, Object>column(Messages.text("boards.detail.col.region"), 130, CaseListRow::region)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(Messages.text("boards.detail.none")));
        t.setPrefHeight(150);
        return t;
    }

    void show(UUID demandId) {
        var demands = state.desk().demands();
        // A casebook's reader has the evidence counts, never the cases behind them.
        boolean casesShown = !state.desk().figuresOnly();
        state.background().run(state.owner(), Messages.text("boards.detail.readFailed"), () -> {
            Demand d = demands.byId(demandId).orElseThrow();
            return new Loaded(d, demands.history(demandId), demands.responses(demandId), demands.meetingsOf(demandId),
                    demands.evidenceCounts(demandId), casesShown ? demands.linkedCases(demandId) : List.of(),
                    casesShown ? demands.suggestedCases(demandId) : List.of());
        }, this::fill);
    }

    private void fill(Loaded l) {
        putTogether.then(this, () -> showLoaded(l));
    }

    private void showLoaded(Loaded l) {
        current = l.demand();
        Demand d = l.demand();
        empty.setVisible(false);
        title.setText(d.title());
        meta.setText(d.raisedBy() == null
                ? Messages.text("boards.detail.meta", DemandWords.status(d.status()), DemandWords.kind(d.kind()),
                        DemandWords.priority(d.priority()), DateField.format(d.raisedOn()))
                : Messages.text("boards.detail.metaBy", DemandWords.status(d.status()), DemandWords.kind(d.kind()),
                        DemandWords.priority(d.priority()), DateField.format(d.raisedOn()), d.raisedBy()));
        text.setText(d.text() == null ? "" : d.text());
        LocalDate today = state.desk().cases().today();
        List<HistoryLine> lines = new ArrayList<>();
        for (DemandStatusChange ch : l.changes()) {
            String what = ch.from() == null ? Messages.text("boards.detail.recordedAs", DemandWords.status(ch.to()))
                    : DemandWords.status(ch.from()) + " → " + DemandWords.status(ch.to());
            boolean plain = ch.note() == null || (ch.from() == null && ch.note().equals("Demand recorded")); // not for reps: the note DemandService stores
            lines.add(new HistoryLine(ch.changedOn(), Messages.text("boards.detail.kindStatus"), what + (plain ? "" : ": " + ch.note()),
                    false, ch.from() == null || ch.responseId() != null ? null
                            : () -> state.desk().demands().deleteStatusChange(d.id(), ch.id())));
        }
        for (EmployerResponse r : l.responses()) {
            String promise = r.promisedBy() == null ? ""
                    : "\n" + Messages.text(r.promiseKept() ? "boards.detail.promiseKept" : r.isPromiseOverdue(today)
                            ? "boards.detail.promiseOverdue" : "boards.detail.promise", DateField.format(r.promisedBy()));
            lines.add(new HistoryLine(r.respondedOn(), Messages.text("boards.detail.kindResponse",
                    DemandWords.channel(r.channel())) + (r.by() == null ? "" : " · " + r.by()), r.said() + promise,
                    r.isPromiseOverdue(today),
                    () -> state.desk().demands().deleteResponse(d.id(), r.id())));
        }
        for (NegotiationMeeting m : l.meetings()) {
            lines.add(new HistoryLine(m.heldOn(), Messages.text("boards.channel.MEETING"), m.title()
                    + (m.attendees() == null ? "" : " (" + m.attendees() + ")")
                    + (m.notes() == null ? "" : "\n" + m.notes()), false, null));
        }
        lines.sort(Comparator.comparing(HistoryLine::date).reversed());
        history.getItems().setAll(lines);
        EvidenceCounts c = l.counts();
        counts.setText(c.total() == 0 ? Messages.text("boards.detail.noLinks")
                : Messages.text("boards.detail.counts", java.util.Map.of("n", c.total(), "open", c.open(),
                        "closed", c.closed(), "types", c.byType().entrySet().stream()
                                .map(e -> org.repdesk.ui.common.Labels.of(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")),
                        "regions", c.byRegion().entrySet().stream()
                                .map(e -> org.repdesk.ui.common.Labels.of(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")))));
        linked.getItems().setAll(l.linked());
        suggested.getItems().setAll(l.suggested());
    }

    private void afterChange() {
        changed.run();
    }

    private void respond() {
        if (current != null) {
            ResponseDialog.show(state, current).ifPresent(r -> state.background().run(state.owner(),
                    Messages.text("boards.detail.responseNotSaved"), () -> state.desk().demands().recordResponse(r), x -> afterChange()));
        }
    }

    private void changeStatus(DemandStatus to) {
        if (current == null || current.status() == to) {
            return;
        }
        Demand d = current;
        StatusChangeDialog.show(state.owner(), d, to, state.desk().cases().today())
                .ifPresent(ch -> state.background().run(state.owner(), Messages.text("boards.error.status"),
                        () -> state.desk().demands().changeStatus(d.id(), to, ch.date(), ch.note()), x -> afterChange()));
    }

    private void edit() {
        if (current != null) {
            DemandDialog.show(state, current).ifPresent(d -> state.background().run(state.owner(),
                    Messages.text("boards.error.demandNotSaved"), () -> state.desk().demands().update(d), x -> afterChange()));
        }
    }

    private void delete() {
        Demand d = current;
        if (d != null && state.dialogs().confirm(Messages.text("boards.detail.deleteHeader", d.title()),
                Messages.text("boards.detail.deleteText"), Messages.text("boards.detail.deleteOk"))) {
            state.background().run(state.owner(), Messages.text("boards.detail.notDeleted"), () -> {
                state.desk().demands().delete(d.id());
                return null;
            }, x -> {
                current = null;
                empty.setVisible(true);
                afterChange();
            });
        }
    }

    private void deleteHistoryLine() {
        HistoryLine line = history.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        if (line.delete() == null) {
            state.dialogs().inform(Messages.text("boards.detail.keptHeader"),
                    List.of(Messages.text("boards.detail.keptText")));
            return;
        }
        if (state.dialogs().confirm(Messages.text("boards.detail.entryHeader"),
                Messages.text("boards.detail.entryText", DateField.format(line.date()) + " — " + line.kind() + "\n"
                        + line.text()), Messages.text("boards.detail.entryOk"))) {
            state.background().run(state.owner(), Messages.text("boards.detail.entryNotDeleted"), () -> {
                line.delete().run();
                return null;
            }, x -> afterChange());
        }
    }

    private void link(List<CaseListRow> rows) {
        Demand d = current;
        if (d == null || rows.isEmpty()) {
            return;
        }
        List<UUID> ids = rows.stream().map(CaseListRow::caseId).toList();
        state.background().run(state.owner(), Messages.text("boards.detail.notLinked"), () -> {
            state.desk().demands().linkCases(d.id(), ids);
            return null;
        }, x -> afterChange());
    }

    private void unlink() {
        Demand d = current;
        CaseListRow row = linked.getSelectionModel().getSelectedItem();
        if (d != null && row != null && state.dialogs().confirm(Messages.text("boards.detail.unlinkHeader", row.reference()),
                Messages.text("boards.detail.unlinkText"), Messages.text("boards.detail.unlinkOk"))) {
            state.background().run(state.owner(), Messages.text("boards.detail.notUnlinked"), () -> {
                state.desk().demands().unlinkCase(d.id(), row.caseId());
                return null;
            }, x -> afterChange());
        }
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
