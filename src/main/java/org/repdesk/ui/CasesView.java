package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import org.repdesk.ui.FrameByFrame.WhenAssembled;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
import org.repdesk.i18n.Messages;
import org.repdesk.ui.cases.CasesListViewModel;
import org.repdesk.ui.cases.CasesListViewModel.Order;

/** The cases list: filters, free-text search over names, references and notes, and the case detail. */
public final class CasesView extends BorderPane implements BuiltInSteps {

    private final DeskState state;
    private final TextField search = new TextField();
    private final CasesListViewModel filters;
    private final ChoiceMenu<CaseType> type = ChoiceMenu.filter(Messages.text("cases.filter.all-types"),
            Arrays.asList(CaseType.values()));
    private final ChoiceMenu<CaseStatus> status = ChoiceMenu.filter(Messages.text("cases.filter.all-statuses"),
            Arrays.asList(CaseStatus.values()));
    // Stages stored in English, shown in the rep's language (a starting stage the rep has not renamed).
    private final ChoiceMenu<String> stage = new ChoiceMenu<>(org.repdesk.ui.common.Labels::stage);
    private final ChoiceMenu<WorkloadFactor> factor = ChoiceMenu.filter(Messages.text("cases.filter.any-workload"),
            Arrays.asList(WorkloadFactor.values()));
    private final ChoiceMenu<Region> region = ChoiceMenu.filter(Messages.text("cases.filter.all-regions"),
            Arrays.asList(Region.values()));
    private final CheckBox overdue = new CheckBox(Messages.text("cases.filter.overdue"));
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
    private final List<Runnable> assemblySteps;
    /**
     * The rows the list shows once it is filled (the last step of putting it together): the searched
     * rows themselves in the order read (newest first), else those rows sorted. A sorted list keeps an
     * object per row: in the order read it held 100,000 of them for nothing, made on the FX thread
     * when the rows came in and still young at the collection after (issue 21).
     */
    private javafx.collections.ObservableList<CaseListRow> sorted;
    private boolean listFilled;
    private final WhenAssembled whenAssembled = new WhenAssembled();
    /** The filters the list was last filtered by, so an event that changes none of them costs nothing. */
    private List<Object> appliedFilters;

    public CasesView(DeskState state) {
        this.state = state;
        java.util.function.Supplier<javafx.stage.Window> owner = () -> getScene() == null ? null : getScene().getWindow();
        this.filters = new CasesListViewModel(Tables::compare, state.desk().cases(), state.desk().settings(),
                org.repdesk.ui.papers.Runner.of(state, owner), org.repdesk.ui.papers.Runner.searchesOf(state, owner));
        getStyleClass().add("cases-view");

        search.setId("case-search");
        search.setPromptText(Messages.text("cases.search.hint")); // short enough to be read whole at 1024x700
        search.setAccessibleText(Messages.text("cases.search.accessible"));
        HBox.setHgrow(search, Priority.ALWAYS);
        Button newCase = new Button(Messages.text("cases.new"));
        newCase.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        newCase.setId("case-new");
        newCase.setOnAction(e -> NewCaseDialog.show(state, null, this::select));
        HBox searchRow = new HBox(8, search, newCase);
        type.setId("filter-type");
        status.setId("filter-status");
        stage.setChoices(Messages.text("cases.filter.all-stages"), List.of());
        stage.setId("filter-stage");
        stage.setMaxWidth(260); // stage names are long
        factor.setId("filter-factor");
        region.setId("filter-region");
        overdue.setId("filter-overdue");
        Button clear = new Button(Messages.text("cases.filter.clear"));
        clear.setId("filter-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> clearFilters());
        FlowPane filterRow = new FlowPane(8, 6, type, status, stage, factor, region, overdue, clear);
        filterRow.getStyleClass().add("filters");
        count.setId("case-count");
        count.getStyleClass().add("muted");
        order.setId("case-order");
        order.setChoices(null, filters.orders());
        order.getStyleClass().add("flat");
        order.setAccessibleText(Messages.text("cases.order.accessible"));
        type.setAccessibleText(Messages.text("cases.filter.type.accessible"));
        status.setAccessibleText(Messages.text("cases.filter.status.accessible"));
        stage.setAccessibleText(Messages.text("cases.filter.stage.accessible"));
        factor.setAccessibleText(Messages.text("cases.filter.factor.accessible"));
        region.setAccessibleText(Messages.text("cases.filter.region.accessible"));
        list.setAccessibleText(Messages.text("cases.list.accessible"));
        count.textProperty().bind(filters.countProperty());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox listHead = new HBox(8, count, gap, order);
        listHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        list.setId("case-list");
        list.setCellFactory(v -> new CaseRowCell(filters::today));
        Label none = new Label();
        none.setWrapText(true);
        none.getStyleClass().add("placeholder");
        none.textProperty().bind(javafx.beans.binding.Bindings.when(state.loadingProperty())
                .then(Messages.text("cases.list.reading"))
                .otherwise(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(state.caseRows()))
                        .then(Messages.text("cases.list.empty"))
                        .otherwise(Messages.text("cases.list.none-match"))));
        none.setMaxWidth(360);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row == null) {
                return;
            }
            boolean sameCase = row.isCase(selectedCase);
            if (sameCase && detail != null && detail.hasUnsavedChanges()) {
                return; // the same case listed again (the list was read again): what is typed stays
            }
            // Another case with the form's edits unsaved: Save / Discard / Cancel (issue 17).
            org.repdesk.ui.papers.UnsavedChanges.beforeSwitching(state.dialogs(),
                    sameCase ? null : unsavedForm(), () -> {
                        selectedCase = row.caseId();
                        detail().show(row.caseId());
                        detail().setSearchText(search.getText());
                    }, () -> javafx.application.Platform.runLater(() -> list.getItems().stream()
                            .filter(r -> r.isCase(selectedCase)).findFirst()
                            .ifPresent(r -> list.getSelectionModel().select(r))));
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8);
        left.getStyleClass().add("pane-left");
        // Put in place a frame at a time: styled all at once, the first time, they held the FX thread
        // 0.2-0.3 s. The search line; the filters; the empty list (its own parts); its rows.
        assemblySteps = List.of(() -> left.getChildren().add(searchRow),
                () -> left.getChildren().addAll(filterRow, listHead),
                () -> left.getChildren().add(list),
                () -> {
                    listFilled = true;
                    list.setItems(sorted);
                    keepSelection();
                });

        SplitPane split = new SplitPane(left, detailPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45); // at 1024 pixels wide the case form's four tabs fit, and the rows still show names whole
        setCenter(split);

        filters.stageChoices().addListener((javafx.collections.ListChangeListener<String>) c ->
                stage.setChoices(Messages.text("cases.filter.all-stages"), List.copyOf(filters.stageChoices())));
        filters.readStages(); // before the listeners: building the list filters 100,000 rows once, not three times
        type.valueProperty().bindBidirectional(filters.typeProperty());
        status.valueProperty().bindBidirectional(filters.statusProperty());
        stage.valueProperty().bindBidirectional(filters.stageProperty());
        factor.valueProperty().bindBidirectional(filters.factorProperty());
        region.valueProperty().bindBidirectional(filters.regionProperty());
        overdue.selectedProperty().bindBidirectional(filters.overdueOnlyProperty());
        order.valueProperty().bindBidirectional(filters.orderProperty());
        for (Observable o : List.of(type.valueProperty(), status.valueProperty(), stage.valueProperty(),
                factor.valueProperty(), region.valueProperty(), overdue.selectedProperty(), order.valueProperty())) {
            o.addListener(x -> applyFilter());
        }
        // Every keystroke searches at once and stops the search it replaces (no pause after typing).
        search.textProperty().addListener((o, a, text) -> filters.search(text));
        filters.matchesProperty().addListener((Observable o) -> applySearch());
        search.textProperty().addListener((o, a, text) -> {
            if (detail != null) {
                detail.setSearchText(text); // the case shown says where the words are on it
            }
        });
        state.caseRows().addListener((javafx.collections.ListChangeListener<CaseListRow>) c -> {
            updateCount();
            // A saved case's row is replaced, and the list drops the selection of a replaced row.
            // Later, so the filtered lists (listening after this) hold the new row.
            javafx.application.Platform.runLater(() -> {
                keepSelection();
                forgetCaseNotListed(); // e.g. an overdue case whose deadline was just met
            });
        });
        applyFilter();
        filters.prepareSearch();
    }

    private void applyFilter() {
        LocalDate today = filters.today();
        List<Object> now = filters.filtersAsOf(today);
        if (now.equals(appliedFilters)) {
            return; // e.g. a new type resets the stage: one change of filters, two events
        }
        appliedFilters = now;
        // New lists, not a new predicate: a new predicate on the list shown passed a change
        // of up to 100,000 rows through the search list, the sorted list and the list's selection
        // (about 0.2 s of the FX thread the first time); new lists have no listeners when they filter.
        searched = new FilteredList<>(new FilteredList<>(state.caseRows(), filters.filter(today)), searchPredicate());
        // The count follows the rows shown: counted when the case rows changed, it was counted before
        // these lists had taken a new case in ("120 of 121" after a new case, until F5).
        searched.addListener((javafx.collections.ListChangeListener<CaseListRow>) c -> updateCount());
        java.util.Comparator<CaseListRow> order = filters.comparator();
        sorted = order == null ? searched : new SortedList<>(searched, order);
        if (listFilled) {
            list.setItems(sorted); // clears the selection
        }
        keepSelection();
        forgetCaseNotListed();
        updateCount();
    }

    /**
     * The case form leaves a case the list no longer holds (filtered out, e.g. by "Overdue only"),
     * unless it holds changes not saved: those stay on screen until saved or reverted.
     */
    private void forgetCaseNotListed() {
        if (detail == null || detail.shownCase() == null || detail.hasUnsavedChanges()) {
            return;
        }
        UUID shown = detail.shownCase();
        if (searched.stream().noneMatch(r -> r.isCase(shown))) {
            detail.showNoCase();
        }
    }

    /** Selects the last selected case again, when still listed, after new lists or a replaced row dropped it. */
    private void keepSelection() {
        if (list.getSelectionModel().getSelectedItem() == null && selectedCase != null) {
            searched.stream().filter(r -> r.isCase(selectedCase)).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        }
    }

    private void applySearch() {
        searched.setPredicate(searchPredicate());
        updateCount();
    }

    private java.util.function.Predicate<CaseListRow> searchPredicate() {
        CaseMatches matches = filters.matchesProperty().get();
        return matches == null ? null : matches::contains;
    }

    private void updateCount() {
        if (searched == null) {
            return; // not filtered yet (the constructor filters once everything is wired)
        }
        // While the whole list is read after its first screenful, the total is the file's count.
        int listed = state.caseRows().size();
        int total = state.loadingProperty().get() ? Math.max(listed, state.caseCountProperty().get()) : listed;
        filters.counted(searched.size(), total);
    }

    private void clearFilters() {
        filters.clear();
        search.clear();
    }

    /** Offers the stages as Settings now has them; the same stages leave the chosen one picked. */
    void readStagesAgain() {
        filters.readStages();
    }

    /** Shows only overdue cases (from the Overdue menu item or a dashboard tile). */
    public void showOverdue() {
        search.clear();
        filters.showOverdue();
    }

    /** Shows open cases only (a dashboard tile). */
    public void showOpen() {
        search.clear();
        filters.showOpen();
    }

    /** Shows live cases where excessive workload is a factor (a dashboard tile). */
    public void showWorkloadFactor() {
        search.clear();
        filters.showWorkloadFactor();
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

            @Override
            public void discarded() {
                d.discardDrafts();
            }
        };
    }

    public void saveCurrent() {
        if (detail != null) {
            detail.save();
        }
    }

    /**
     * Puts the case form together ahead in the rep's {@code pauses} (ScreensAhead), then runs {@code then}; false (and {@code then}
     * not run) while the list is still being put together (the two a part a frame each would double each
     * frame's work), or if a case was asked for already, which puts it together itself.
     */
    boolean putFormTogetherAhead(Runnable then, FrameByFrame.Pauses pauses) {
        return whenAssembled.isComplete() && detail().putTogetherAhead(then, pauses);
    }

    private CaseDetailView detail() {
        if (detail == null) {
            detail = new CaseDetailView(state);
            detail.setOnSaved(state::reloadCase);
            // A case still being read when a filter left it out ("Overdue only" ticked meanwhile) is not shown.
            detail.setOnShown(this::forgetCaseNotListed);
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
        return state.caseRows().stream().filter(r -> r.isCase(caseId)).findFirst().map(row -> {
            if (!searched.contains(row)) {
                clearFilters();
            }
            selectedCase = caseId; // selected when the list is filled, if it is not yet
            list.getSelectionModel().select(row);
            whenAssembled.run(() -> list.scrollTo(row)); // scrolling is done by the list's skin, made when shown
            return true;
        }).orElse(false);
    }
}
