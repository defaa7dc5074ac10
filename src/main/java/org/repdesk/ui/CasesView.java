package org.repdesk.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.Observable;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseMatches;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Region;
import org.repdesk.model.WorkloadFactor;

/** The cases list: filters, free-text search over names, references and notes, and the case detail. */
public final class CasesView extends BorderPane {

    private final DeskState state;
    private final TextField search = new TextField();
    private final ComboBox<Pick<CaseType>> type = Pick.box("All types", Arrays.asList(CaseType.values()));
    private final ComboBox<Pick<CaseStatus>> status = Pick.box("All statuses", Arrays.asList(CaseStatus.values()));
    private final ComboBox<Pick<String>> stage = Pick.box("All stages", List.of());
    private final ComboBox<Pick<WorkloadFactor>> factor = Pick.box("Workload: any",
            Arrays.asList(WorkloadFactor.values()));
    private final ComboBox<Pick<Region>> region = Pick.box("All regions", Arrays.asList(Region.values()));
    private final CheckBox overdue = new CheckBox("Overdue only");
    private final Label count = new Label();
    private final TableView<CaseListRow> table = new TableView<>();
    /**
     * The rows the filters keep that the search text also matches: a list over a list, so a keystroke
     * re-checks only the rows the filters kept (on 100,000 cases visiting every row took 15-30 ms of
     * the FX thread, most of it memory reads). Both are made anew when a filter changes ({@link #applyFilter}).
     */
    private FilteredList<CaseListRow> searched;
    /** The case last selected in the list (kept across a save, which replaces its row). */
    private UUID selectedCase;
    /** Shows "select a case" until the first case is selected, then the case form. */
    private final javafx.scene.layout.StackPane detailPane = new javafx.scene.layout.StackPane(
            CaseDetailView.noCaseSelected());
    /** Built when the first case is shown: it was 55-80 ms of the list's first opening (issue 6). */
    private CaseDetailView detail;
    private final AtomicLong searchGeneration = new AtomicLong();
    /** Cases matching the search text; null when there is no text. */
    private CaseMatches textMatches;
    /** The filters the list was last filtered by, so an event that changes none of them costs nothing. */
    private List<Object> appliedFilters;

    public CasesView(DeskState state) {
        this.state = state;
        getStyleClass().add("cases-view");

        search.setId("case-search");
        search.setPromptText("Search names, references and notes (Ctrl+F)");
        HBox.setHgrow(search, Priority.ALWAYS);
        Button newCase = new Button("New case");
        newCase.setId("case-new");
        newCase.setOnAction(e -> NewCaseDialog.show(state, null, this::select));
        HBox searchRow = new HBox(8, search, newCase);
        type.setId("filter-type");
        status.setId("filter-status");
        stage.setId("filter-stage");
        stage.setPrefWidth(230);
        factor.setId("filter-factor");
        region.setId("filter-region");
        overdue.setId("filter-overdue");
        Button clear = new Button("Clear filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> clearFilters());
        FlowPane filters = new FlowPane(8, 6, type, status, stage, factor, region, overdue, clear, count);
        filters.getStyleClass().add("filters");
        count.setId("case-count");
        count.getStyleClass().add("muted");

        table.setId("case-table");
        buildColumns();
        Label none = new Label();
        none.setWrapText(true);
        none.getStyleClass().add("placeholder");
        none.textProperty().bind(javafx.beans.binding.Bindings.when(state.loadingProperty())
                .then("Reading the cases list…")
                .otherwise(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(state.caseRows()))
                        .then("No cases yet. Add a member (Ctrl+N), then open a case for them (Ctrl+Shift+N).")
                        .otherwise("No cases match these filters. Press \"Clear filters\" to see them all.")));
        none.setMaxWidth(360);
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                selectedCase = row.caseId();
                detail().show(row.caseId());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, searchRow, filters, table);
        left.getStyleClass().add("pane-left");

        SplitPane split = new SplitPane(left, detailPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        setCenter(split);

        refreshStages(); // before the listeners: building the list filters 100,000 rows once, not three times
        type.valueProperty().addListener((o, a, t) -> refreshStages());
        for (Observable o : List.of(type.valueProperty(), status.valueProperty(), stage.valueProperty(),
                factor.valueProperty(), region.valueProperty(), overdue.selectedProperty())) {
            o.addListener(x -> applyFilter());
        }
        // Every keystroke searches at once and stops the search it replaces (no pause after typing).
        search.textProperty().addListener((o, a, text) -> runSearch(text));
        state.caseRows().addListener((javafx.collections.ListChangeListener<CaseListRow>) c -> {
            updateCount();
            // A saved case's row is replaced, and the table drops the selection of a replaced row.
            // Later, so the filtered lists (listening after this) hold the new row.
            javafx.application.Platform.runLater(this::keepSelection);
        });
        applyFilter();
        state.background().search(null, () -> {
            state.desk().cases().prepareMatching();
            return null;
        }, nothing -> { });
    }

    private void buildColumns() {
        TableColumn<CaseListRow, Object> due = Tables.column("Next deadline", 110, CaseListRow::nextDeadline);
        due.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                LocalDate d = (LocalDate) item;
                boolean late = d.isBefore(state.desk().cases().today());
                setText(DateField.format(d) + (late ? "  overdue" : ""));
                if (late) {
                    getStyleClass().add("overdue");
                }
            }
        });
        TableColumn<CaseListRow, Object> opened = Tables.column("Opened", 95, CaseListRow::openedOn);
        opened.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateField.format((LocalDate) item));
            }
        });
        table.getColumns().addAll(List.of(
                Tables.<CaseListRow, Object>column("Ref.", 104, CaseListRow::reference),
                Tables.<CaseListRow, Object>column("Member", 145, CaseListRow::memberName),
                Tables.<CaseListRow, Object>column("Type", 115, CaseListRow::type),
                Tables.<CaseListRow, Object>column("Stage", 175, CaseListRow::stage),
                Tables.<CaseListRow, Object>column("Status", 70, CaseListRow::status),
                Tables.<CaseListRow, Object>column("Workload", 80, CaseListRow::workloadFactor),
                Tables.<CaseListRow, Object>column("Region", 130, CaseListRow::region),
                opened, due));
    }

    private void refreshStages() {
        CaseType t = Pick.selected(type);
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        var catalogue = state.desk().settings().stages();
        if (t == null) {
            Arrays.stream(CaseType.values()).forEach(ct -> names.addAll(catalogue.stagesFor(ct)));
            Pick.setChoices(stage, "All stages", List.copyOf(names));
        } else {
            Pick.setChoices(stage, "All stages", catalogue.stagesFor(t));
        }
    }

    private void runSearch(String text) {
        long generation = searchGeneration.incrementAndGet();
        state.desk().cases().cancelMatching();
        // One letter matches nearly every case and would hold the search for seconds on a large file.
        if (text == null || text.strip().length() < 2) {
            textMatches = null;
            applySearch();
            return;
        }
        state.background().search(getScene() == null ? null : getScene().getWindow(),
                () -> state.desk().cases().match(text), found -> {
                    if (generation == searchGeneration.get()) { // a newer keystroke wins
                        textMatches = found;
                        applySearch();
                    }
                });
    }

    private void applyFilter() {
        CaseType t = Pick.selected(type);
        CaseStatus s = Pick.selected(status);
        String st = Pick.selected(stage);
        WorkloadFactor f = Pick.selected(factor);
        Region r = Pick.selected(region);
        boolean lateOnly = overdue.isSelected();
        LocalDate today = state.desk().cases().today();
        List<Object> filters = Arrays.asList(t, s, st, f, r, lateOnly, today);
        if (filters.equals(appliedFilters)) {
            return; // e.g. a new type resets the stage: one change of filters, two events
        }
        appliedFilters = filters;
        boolean none = t == null && s == null && st == null && f == null && r == null && !lateOnly;
        java.util.function.Predicate<CaseListRow> kept = none ? null : row -> (t == null || row.type() == t)
                && (s == null || row.status() == s)
                && (st == null || st.equalsIgnoreCase(row.stage()))
                && (f == null || row.workloadFactor() == f)
                && (r == null || row.region() == r)
                && (!lateOnly || row.isOverdue(today));
        // New lists, not a new predicate: a new predicate on the list the table shows passed a change
        // of up to 100,000 rows through the search list, the sorted list and the table's selection
        // (about 0.2 s of the FX thread the first time); new lists have no listeners when they filter.
        searched = new FilteredList<>(new FilteredList<>(state.caseRows(), kept), searchPredicate());
        SortedList<CaseListRow> sorted = new SortedList<>(searched);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted); // clears the selection
        keepSelection();
        updateCount();
    }

    /** Selects the last selected case again, when still listed, after new lists or a replaced row dropped it. */
    private void keepSelection() {
        if (table.getSelectionModel().getSelectedItem() == null && selectedCase != null) {
            searched.stream().filter(r -> r.caseId().equals(selectedCase)).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        }
    }

    private void applySearch() {
        searched.setPredicate(searchPredicate());
        updateCount();
    }

    private java.util.function.Predicate<CaseListRow> searchPredicate() {
        CaseMatches matches = textMatches;
        return matches == null ? null : matches::contains;
    }

    private void updateCount() {
        if (searched == null) {
            return; // not filtered yet (the constructor filters once everything is wired)
        }
        count.setText(searched.size() + " of " + state.caseRows().size() + " cases");
    }

    private void clearFilters() {
        for (ComboBox<?> box : List.of(type, status, stage, factor, region)) {
            box.getSelectionModel().selectFirst();
        }
        overdue.setSelected(false);
        search.clear();
    }

    /** Shows only overdue cases (from the Overdue menu item or a dashboard tile). */
    public void showOverdue() {
        clearFilters();
        overdue.setSelected(true);
    }

    /** Shows open cases only (a dashboard tile). */
    public void showOpen() {
        clearFilters();
        status.getItems().stream().filter(p -> p.value() == CaseStatus.OPEN).findFirst().ifPresent(status::setValue);
    }

    /** Shows live cases where excessive workload is a factor (a dashboard tile). */
    public void showWorkloadFactor() {
        clearFilters();
        factor.getItems().stream().filter(p -> p.value() == WorkloadFactor.YES).findFirst().ifPresent(factor::setValue);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void saveCurrent() {
        if (detail != null) {
            detail.save();
        }
    }

    private CaseDetailView detail() {
        if (detail == null) {
            detail = new CaseDetailView(state);
            detail.setOnSaved(state::reloadCase);
            detailPane.getChildren().setAll(detail);
        }
        return detail;
    }

    /** Selects a case in the list (e.g. one just opened), clearing filters that would hide it. */
    public void select(UUID caseId) {
        if (!selectIfListed(caseId)) {
            state.reloadCase(caseId, () -> selectIfListed(caseId));
        }
    }

    private boolean selectIfListed(UUID caseId) {
        return state.caseRows().stream().filter(r -> r.caseId().equals(caseId)).findFirst().map(row -> {
            if (!searched.contains(row)) {
                clearFilters();
            }
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            return true;
        }).orElse(false);
    }
}
