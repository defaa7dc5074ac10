package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.PutTogetherFirst;
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
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.NegotiationMeeting;

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
    private final Label empty = new Label("Select a demand on the board to see its history and evidence.");
    private final VBox content;
    private final Tab evidenceTab = new Tab("Evidence");
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

        Button respond = new Button("Record employer response…");
        respond.setId("demand-respond");
        respond.setOnAction(e -> respond());
        MenuButton status = new MenuButton("Change status");
        status.setId("demand-status-menu");
        for (DemandStatus to : DemandStatus.values()) {
            MenuItem item = new MenuItem(to.label());
            item.setOnAction(e -> changeStatus(to));
            status.getItems().add(item);
        }
        Button edit = new Button("Edit…");
        edit.setOnAction(e -> edit());
        Button delete = new Button("Delete demand…");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> delete());
        HBox actions = new HBox(8, respond, status, edit, delete);

        history.setId("demand-history");
        history.getStyleClass().add("history-list");
        history.setCellFactory(lv -> new HistoryCell());
        history.setPlaceholder(new Label("No history."));
        Button deleteLine = new Button("Delete selected entry…");
        deleteLine.disableProperty().bind(history.getSelectionModel().selectedItemProperty().isNull());
        deleteLine.setOnAction(e -> deleteHistoryLine());
        VBox historyBox = new VBox(6, history, deleteLine);
        VBox.setVgrow(history, Priority.ALWAYS);

        counts.setId("demand-counts");
        counts.setWrapText(true);
        Button link = new Button("Link selected suggestions");
        link.setId("demand-link");
        link.disableProperty().bind(suggested.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> link(List.copyOf(suggested.getSelectionModel().getSelectedItems())));
        Button linkAll = new Button("Link all suggestions");
        linkAll.setOnAction(e -> link(List.copyOf(suggested.getItems())));
        Button unlink = new Button("Unlink selected…");
        unlink.disableProperty().bind(linked.getSelectionModel().selectedItemProperty().isNull());
        unlink.setOnAction(e -> unlink());
        suggested.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label linkedTitle = new Label("Linked cases (evidence)");
        linkedTitle.getStyleClass().add("title-4");
        Label suggestedTitle = new Label("Suggested: cases matching this demand's evidence rule, not yet linked");
        suggestedTitle.getStyleClass().add("title-4");
        suggestedTitle.setText("Suggested (match the evidence rule)");
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
        Tab historyTab = new Tab("History", historyBox);
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
        t.getColumns().addAll(List.of(
                Tables.<CaseListRow, Object>column("Ref.", 90, CaseListRow::reference),
                Tables.<CaseListRow, Object>column("Member", 140, CaseListRow::memberName),
                Tables.<CaseListRow, Object>column("Type", 115, CaseListRow::type),
                Tables.<CaseListRow, Object>column("Status", 70, CaseListRow::status),
                Tables.<CaseListRow, Object>column("Region", 130, CaseListRow::region)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label("None."));
        t.setPrefHeight(150);
        return t;
    }

    void show(UUID demandId) {
        var demands = state.desk().demands();
        state.background().run(state.owner(), "Could not read the demand", () -> {
            Demand d = demands.byId(demandId).orElseThrow();
            return new Loaded(d, demands.history(demandId), demands.responses(demandId), demands.meetingsOf(demandId),
                    demands.evidenceCounts(demandId), demands.linkedCases(demandId), demands.suggestedCases(demandId));
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
        meta.setText(d.status().label() + " · " + d.kind().label() + " · " + d.priority().label() + " priority · raised "
                + DateField.format(d.raisedOn()) + (d.raisedBy() == null ? "" : " by " + d.raisedBy()));
        text.setText(d.text() == null ? "" : d.text());
        LocalDate today = state.desk().cases().today();
        List<HistoryLine> lines = new ArrayList<>();
        for (DemandStatusChange ch : l.changes()) {
            String what = ch.from() == null ? "Recorded as " + ch.to().label().toLowerCase(java.util.Locale.UK)
                    : ch.from().label() + " → " + ch.to().label();
            boolean plain = ch.note() == null || (ch.from() == null && ch.note().equals("Demand recorded"));
            lines.add(new HistoryLine(ch.changedOn(), "Status", what + (plain ? "" : ": " + ch.note()),
                    false, ch.from() == null || ch.responseId() != null ? null
                            : () -> state.desk().demands().deleteStatusChange(d.id(), ch.id())));
        }
        for (EmployerResponse r : l.responses()) {
            String promise = r.promisedBy() == null ? ""
                    : "\nPromised by " + DateField.format(r.promisedBy()) + (r.promiseKept() ? " (kept)"
                            : r.isPromiseOverdue(today) ? " — OVERDUE" : "");
            lines.add(new HistoryLine(r.respondedOn(), "Employer response · " + r.channel().label()
                    + (r.by() == null ? "" : " · " + r.by()), r.said() + promise, r.isPromiseOverdue(today),
                    () -> state.desk().demands().deleteResponse(d.id(), r.id())));
        }
        for (NegotiationMeeting m : l.meetings()) {
            lines.add(new HistoryLine(m.heldOn(), "Meeting", m.title()
                    + (m.attendees() == null ? "" : " (" + m.attendees() + ")")
                    + (m.notes() == null ? "" : "\n" + m.notes()), false, null));
        }
        lines.sort(Comparator.comparing(HistoryLine::date).reversed());
        history.getItems().setAll(lines);
        EvidenceCounts c = l.counts();
        counts.setText(c.total() == 0 ? "No cases linked yet."
                : c.total() + " linked cases: " + c.open() + " open, " + c.closed() + " closed. By type: "
                        + c.byType().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                                .collect(Collectors.joining(", "))
                        + ". By region: " + c.byRegion().entrySet().stream()
                                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "))
                        + ".");
        linked.getItems().setAll(l.linked());
        suggested.getItems().setAll(l.suggested());
    }

    private void afterChange() {
        changed.run();
    }

    private void respond() {
        if (current != null) {
            ResponseDialog.show(state, current).ifPresent(r -> state.background().run(state.owner(),
                    "The response was not saved", () -> state.desk().demands().recordResponse(r), x -> afterChange()));
        }
    }

    private void changeStatus(DemandStatus to) {
        if (current == null || current.status() == to) {
            return;
        }
        Demand d = current;
        StatusChangeDialog.show(state.owner(), d, to, state.desk().cases().today())
                .ifPresent(ch -> state.background().run(state.owner(), "The status was not changed",
                        () -> state.desk().demands().changeStatus(d.id(), to, ch.date(), ch.note()), x -> afterChange()));
    }

    private void edit() {
        if (current != null) {
            DemandDialog.show(state, current).ifPresent(d -> state.background().run(state.owner(),
                    "The demand was not saved", () -> state.desk().demands().update(d), x -> afterChange()));
        }
    }

    private void delete() {
        Demand d = current;
        if (d != null && Alerts.confirm(state.owner(), "Delete the demand \"" + d.title() + "\"?",
                "Its history, responses and evidence links will be deleted (the cases themselves stay). "
                        + "This cannot be undone. To keep the record, change its status to Withdrawn instead.",
                "Delete demand")) {
            state.background().run(state.owner(), "The demand was not deleted", () -> {
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
            Alerts.info(state.owner(), "This entry cannot be deleted here", List.of(
                    "The first entry records when the demand was raised; a status change made by a response goes "
                            + "when that response is deleted; meetings are kept as the record of what was discussed."));
            return;
        }
        if (Alerts.confirm(state.owner(), "Delete this entry from the history?", DateField.format(line.date()) + " — "
                + line.kind() + "\n" + line.text() + "\n\nThe status is recomputed from the entries that remain.",
                "Delete entry")) {
            state.background().run(state.owner(), "The entry was not deleted", () -> {
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
        state.background().run(state.owner(), "The cases were not linked", () -> {
            state.desk().demands().linkCases(d.id(), ids);
            return null;
        }, x -> afterChange());
    }

    private void unlink() {
        Demand d = current;
        CaseListRow row = linked.getSelectionModel().getSelectedItem();
        if (d != null && row != null && Alerts.confirm(state.owner(), "Unlink case " + row.reference() + "?",
                "The case stays; it no longer counts as evidence for this demand.", "Unlink")) {
            state.background().run(state.owner(), "The case was not unlinked", () -> {
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
                return;
            }
            head.setText(DateField.format(line.date()) + "  ·  " + line.kind());
            body.setText(line.text());
            if (line.warn()) {
                body.getStyleClass().add("overdue");
            }
            setGraphic(box);
        }
    }
}
