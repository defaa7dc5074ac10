package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import org.repdesk.ui.FrameByFrame.WhenAssembled;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
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
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
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
public final class CasesView extends BorderPane implements BuiltInSteps {

    private final DeskState state;
    private final TextField search = new TextField();
    private final ChoiceMenu<CaseType> type = ChoiceMenu.filter("All types", Arrays.asList(CaseType.values()));
    private final ChoiceMenu<CaseStatus> status = ChoiceMenu.filter("All statuses", Arrays.asList(CaseStatus.values()));
    private final ChoiceMenu<String> stage = ChoiceMenu.filter("All stages", List.of());
    private final ChoiceMenu<WorkloadFactor> factor = ChoiceMenu.filter("Workload: any",
            Arrays.asList(WorkloadFactor.values()));
    private final ChoiceMenu<Region> region = ChoiceMenu.filter("All regions", Arrays.asList(Region.values()));
    private final CheckBox overdue = new CheckBox("Overdue only");
    private final ChoiceMenu<Order> order = new ChoiceMenu<>(Order::label);
    private final Label count = new Label();
    private final ListView<CaseListRow> list = new ListView<>();
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
    private final List<Runnable> assemblySteps;
    /** The rows the list shows once it is filled (the last step of putting it together). */
    private SortedList<CaseListRow> sorted;
    private boolean listFilled;
    private final WhenAssembled whenAssembled = new WhenAssembled();
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
        stage.setMaxWidth(260); // stage names are long
        factor.setId("filter-factor");
        region.setId("filter-region");
        overdue.setId("filter-overdue");
        Button clear = new Button("Clear filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> clearFilters());
        FlowPane filters = new FlowPane(8, 6, type, status, stage, factor, region, overdue, clear);
        filters.getStyleClass().add("filters");
        count.setId("case-count");
        count.getStyleClass().add("muted");
        order.setId("case-order");
        order.setChoices(null, Arrays.asList(Order.values()));
        order.getStyleClass().add("flat");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox listHead = new HBox(8, count, gap, order);
        listHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        list.setId("case-list");
        list.setCellFactory(v -> new CaseRowCell(() -> state.desk().cases().today()));
        Label none = new Label();
        none.setWrapText(true);
        none.getStyleClass().add("placeholder");
        none.textProperty().bind(javafx.beans.binding.Bindings.when(state.loadingProperty())
                .then("Reading the cases list…")
                .otherwise(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(state.caseRows()))
                        .then("No cases yet. Add a member (Ctrl+N), then open a case for them (Ctrl+Shift+N).")
                        .otherwise("No cases match these filters. Press \"Clear filters\" to see them all.")));
        none.setMaxWidth(360);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                selectedCase = row.caseId();
                detail().show(row.caseId());
                detail().setSearchText(search.getText());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8);
        left.getStyleClass().add("pane-left");
        // Put in place a frame at a time: styled all at once, the first time, they held the FX thread
        // 0.2-0.3 s. The search line; the filters; the empty list (its own parts); its rows.
        assemblySteps = List.of(() -> left.getChildren().add(searchRow),
                () -> left.getChildren().addAll(filters, listHead),
                () -> left.getChildren().add(list),
                () -> {
                    listFilled = true;
                    list.setItems(sorted);
                    keepSelection();
                });

        SplitPane split = new SplitPane(left, detailPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        setCenter(split);

        refreshStages(); // before the listeners: building the list filters 100,000 rows once, not three times
        type.valueProperty().addListener((o, a, t) -> refreshStages());
        for (Observable o : List.of(type.valueProperty(), status.valueProperty(), stage.valueProperty(),
                factor.valueProperty(), region.valueProperty(), overdue.selectedProperty(), order.valueProperty())) {
            o.addListener(x -> applyFilter());
        }
        // Every keystroke searches at once and stops the search it replaces (no pause after typing).
        search.textProperty().addListener((o, a, text) -> runSearch(text));
        search.textProperty().addListener((o, a, text) -> {
            if (detail != null) {
                detail.setSearchText(text); // the case shown says where the words are on it
            }
        });
        state.caseRows().addListener((javafx.collections.ListChangeListener<CaseListRow>) c -> {
            updateCount();
            // A saved case's row is replaced, and the list drops the selection of a replaced row.
            // Later, so the filtered lists (listening after this) hold the new row.
            javafx.application.Platform.runLater(this::keepSelection);
        });
        applyFilter();
        state.background().search(null, () -> {
            state.desk().cases().prepareMatching();
            return null;
        }, nothing -> { });
    }

    private void refreshStages() {
        CaseType t = type.getValue();
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        var catalogue = state.desk().settings().stages();
        if (t == null) {
            Arrays.stream(CaseType.values()).forEach(ct -> names.addAll(catalogue.stagesFor(ct)));
            stage.setChoices("All stages", List.copyOf(names));
        } else {
            stage.setChoices("All stages", catalogue.stagesFor(t));
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
        CaseType t = type.getValue();
        CaseStatus s = status.getValue();
        String st = stage.getValue();
        WorkloadFactor f = factor.getValue();
        Region r = region.getValue();
        boolean lateOnly = overdue.isSelected();
        LocalDate today = state.desk().cases().today();
        List<Object> filters = Arrays.asList(t, s, st, f, r, lateOnly, today, order.getValue());
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
        // New lists, not a new predicate: a new predicate on the list shown passed a change
        // of up to 100,000 rows through the search list, the sorted list and the list's selection
        // (about 0.2 s of the FX thread the first time); new lists have no listeners when they filter.
        searched = new FilteredList<>(new FilteredList<>(state.caseRows(), kept), searchPredicate());
        sorted = new SortedList<>(searched, order.getValue().comparator);
        if (listFilled) {
            list.setItems(sorted); // clears the selection
        }
        keepSelection();
        updateCount();
    }

    /** Selects the last selected case again, when still listed, after new lists or a replaced row dropped it. */
    private void keepSelection() {
        if (list.getSelectionModel().getSelectedItem() == null && selectedCase != null) {
            searched.stream().filter(r -> r.caseId().equals(selectedCase)).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
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
        for (ChoiceMenu<?> filter : List.of(type, status, stage, factor, region)) {
            filter.pickFirst();
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
        status.setValue(CaseStatus.OPEN);
    }

    /** Shows live cases where excessive workload is a factor (a dashboard tile). */
    public void showWorkloadFactor() {
        clearFilters();
        factor.setValue(WorkloadFactor.YES);
    }

    public void focusSearch() {
        whenAssembled.focus(search);
    }

    @Override
    public List<Runnable> assemblySteps() {
        return assemblySteps;
    }

    @Override
    public void assembled() {
        whenAssembled.assembled();
    }

    /** The case form, when it holds changes not saved. */
    org.repdesk.ui.papers.UnsavedChanges.Form unsavedForm() {
        CaseDetailView d = detail;
        if (d == null || !d.hasUnsavedChanges()) {
            return null;
        }
        return new org.repdesk.ui.papers.UnsavedChanges.Form() {
            @Override
            public boolean hasUnsavedChanges() {
                return d.hasUnsavedChanges();
            }

            @Override
            public boolean saveThen(Runnable after) {
                return d.saveThen(after);
            }

            @Override
            public String what() {
                return org.repdesk.i18n.Messages.text("papers.unsaved.case", java.util.Map.of("reference", d.shownReference()));
            }
        };
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
            selectedCase = caseId; // selected when the list is filled, if it is not yet
            list.getSelectionModel().select(row);
            whenAssembled.run(() -> list.scrollTo(row)); // scrolling is done by the list's skin, made when shown
            return true;
        }).orElse(false);
    }

    /** The orders the list offers; newest first is the order the cases are read in. */
    enum Order {
        NEWEST("Newest first", null),
        OLDEST("Oldest first", Comparator.comparing(CaseListRow::openedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseListRow::reference)),
        NEXT_DEADLINE("Next deadline first", Comparator.comparing(CaseListRow::nextDeadline,
                Comparator.nullsLast(Comparator.naturalOrder()))),
        MEMBER("Member A–Z", (a, b) -> Tables.compare(a.memberName(), b.memberName()));

        private final String label;
        private final Comparator<CaseListRow> comparator;

        Order(String label, Comparator<CaseListRow> comparator) {
            this.label = label;
            this.comparator = comparator;
        }

        String label() {
            return label;
        }
    }
}
