package org.repdesk.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.ui.FrameByFrame.PutTogetherFirst;
import org.repdesk.ui.cases.CaseFormViewModel;
import org.repdesk.ui.common.Labels;
import org.repdesk.ui.papers.DocumentsPanel;
import org.repdesk.ui.papers.FoundOnCase;
import org.repdesk.ui.papers.Runner;

/**
 * One case: its details (stage, status, workload factor, outcome), timeline and deadlines. The
 * form's state, checks and save are the {@link CaseFormViewModel}'s; this lays it out and binds.
 */
public final class CaseDetailView extends StackPane {

    private final DeskState state;
    private final CaseFormViewModel form;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    // Menus rather than combo boxes: lighter to make and style the first time (see ChoiceMenu).
    private final ChoiceMenu<String> stage = new ChoiceMenu<>(org.repdesk.ui.common.Labels::stage);
    private final ChoiceMenu<CaseStatus> status = ChoiceMenu.of(List.of(CaseStatus.values()));
    private final GrowingLine manager = new GrowingLine(); // a long manager wraps (1024 pixels)
    private final ChoiceMenu<WorkloadFactor> factor = ChoiceMenu.of(List.of(WorkloadFactor.values()));
    private final TextArea account = new TextArea();
    private final DateField closedOn = new DateField(Messages.text("cases.form.closed-on"), null);
    private final TextArea outcome = new TextArea();
    private final Label saveProblem = new Label();
    private final Button save = new Button(Messages.text("cases.form.save"));
    private final Button revert = new Button(Messages.text("cases.form.revert"));
    private final Button delete = new Button(Messages.text("cases.form.delete"));
    private final Button absenceRecord = new Button(Messages.text("absence.ui.open"));
    private Member currentMember;
    private final TimelinePanel timeline;
    /** Made as the form is put together (its last steps), like the changes view. */
    private DeadlinesPanel deadlines;
    private AuditView audit;
    private final Tab auditTab = new Tab(Messages.text("cases.tab.history"));
    private final Tab timelineTab = new Tab(Messages.text("cases.tab.timeline", Map.of("n", 0)));
    private final Tab deadlinesTab = new Tab(Messages.text("cases.tab.deadlines", Map.of("n", 0)));
    private final Tab documentsTab = new Tab(Messages.text("cases.tab.papers", Map.of("n", 0)));
    private DocumentsPanel documents;
    /** Where the cases list's search text was found on this case (notes, documents), when there is one. */
    private final Label found = new Label();
    private final VBox content;
    private final ScrollPane scroller;
    private final PutTogetherFirst putTogether;
    private boolean tabsFilledOnce;
    private final Label empty = noCaseSelected();
    private Consumer<UUID> onSaved = id -> { };
    /** Runs once a case read is in the form: the list may have left it out meanwhile ("Overdue only" ticked). */
    private Runnable onShown = () -> { };

    public CaseDetailView(DeskState state) {
        this.state = state;
        this.form = new CaseFormViewModel(Runner.of(state, () -> getScene() == null ? null : getScene().getWindow()),
                state.desk().cases(), state.desk().members(), state.desk().settings(), state.desk().documents(),
                state.desk().noteDrafts(), state.dialogs());
        getStyleClass().add("case-detail");
        title.getStyleClass().add("title-3");
        title.setId("case-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        stage.setId("case-stage");
        status.setId("case-status");
        manager.setId("case-manager");
        factor.setId("case-factor");
        account.setId("case-account");
        outcome.setId("case-outcome");
        closedOn.setId("case-closed-on");
        save.setId("case-save");
        revert.setId("case-revert");
        delete.setId("case-delete");
        saveProblem.setId("case-save-problem");
        for (ChoiceMenu<?> box : List.of(stage, status, factor)) {
            box.setMaxWidth(Double.MAX_VALUE);
            // A long stage wraps onto a second line in the button: at 1024x700 the field is ~260 pixels
            // and "Cam anffurfiol (cynllun cymorth a gwella)" read "Cam anffurfiol (cynllun cy…".
            box.setWrapText(true);
        }
        account.setPromptText(Messages.text("cases.form.account.prompt"));
        account.setPrefRowCount(3);
        account.setWrapText(true);
        outcome.setPrefRowCount(2);
        outcome.setWrapText(true);
        outcome.setPromptText(Messages.text("cases.form.outcome.prompt"));
        bindForm();
        // The long fields are kept in the data file as they are typed, as a note's text is, so a crash
        // loses at most the last pause in typing (issue 17); offered back at the next start.
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));
        typing.setOnFinished(e -> form.keepDrafts());
        account.textProperty().addListener((o, a, t) -> typing.playFromStart());
        outcome.textProperty().addListener((o, a, t) -> typing.playFromStart());

        FormGrid grid = new FormGrid();
        saveProblem.getStyleClass().add("problems");
        saveProblem.setWrapText(true);
        saveProblem.textProperty().bind(form.saveProblemProperty());
        saveProblem.visibleProperty().bind(Bindings.isNotEmpty(form.saveProblemProperty()));
        saveProblem.managedProperty().bind(saveProblem.visibleProperty());
        save.setOnAction(e -> save());
        revert.setOnAction(e -> form.revert());
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> deleteCase());
        Button summary = new Button(Messages.text("cases.form.summary"));
        summary.setId("case-summary");
        summary.setOnAction(e -> showSummary());
        absenceRecord.setId("case-absence");
        absenceRecord.setOnAction(e -> openAbsenceRecord());
        // Wraps rather than squeezes: the buttons do not fit beside each other in a narrow detail
        // pane, and a squeezed button read "Sa…" at 1024x700.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save, revert, summary,
                absenceRecord, delete);
        for (Button b : List.of(save, revert, summary, absenceRecord, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        timeline = new TimelinePanel(state);
        auditTab.setId("tab-audit");
        timelineTab.setId("tab-timeline");
        deadlinesTab.setId("tab-deadlines");
        documentsTab.setId("tab-documents");
        found.setId("case-found");
        found.getStyleClass().add("muted");
        found.setWrapText(true);
        found.managedProperty().bind(found.visibleProperty());
        found.textProperty().bind(Bindings.createStringBinding(() -> FoundOnCase.describe(form.foundProperty().get()),
                form.foundProperty()));
        found.visibleProperty().bind(Bindings.createBooleanBinding(() -> !form.foundProperty().get().isEmpty(),
                form.foundProperty()));
        TabPane tabs = TabHeaders.followTheirText(new TabPane(timelineTab, documentsTab, deadlinesTab, auditTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(280);
        // AtlantaFX's dense tabs: "Timeline (10)", "Documents (2)", "Deadlines (5)" and "Changes" side
        // by side in the form at 1024x700 (with the theme's roomier tabs the header scrolled, "eline (3)");
        // in Welsh "Papurau" and "Hanes", as "Dogfennau" and "Newidiadau" pushed the last tab into the menu.
        tabs.getStyleClass().add("dense");
        timeline.countProperty().addListener((o, a, n) ->
                timelineTab.setText(Messages.text("cases.tab.timeline", Map.of("n", n))));

        content = new VBox(10);
        content.getStyleClass().add("pane-right");
        // Put in place a frame at a time when the first case is shown (see fill): made and styled all
        // at once they held the FX thread 0.3-0.4 s at the first case (each control's first use).
        scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        putTogether = new PutTogetherFirst(List.of(
                () -> {
                    getChildren().add(0, scroller);
                    content.getChildren().addAll(new VBox(2, title, subtitle, found), grid);
                    // Each problem under its field, not on a line of its own: the five empty lines took
                    // the grid's gap each (35 pixels at 7), the room a long manager's second line needs
                    // while the timeline below stays in sight at 1024x700.
                    grid.add(Messages.text("cases.form.stage"), stage, form.stageProblem().shownProperty(),
                            "case-stage-problem");
                    grid.add(Messages.text("cases.form.status"), status);
                },
                () -> {
                    grid.add(Messages.text("cases.form.manager"), manager, form.managerProblem().shownProperty(),
                            "case-manager-problem");
                    grid.add(Messages.text("cases.form.factor"), factor);
                },
                () -> { // the first text area is styled one frame, laid out the next
                    account.setManaged(false);
                    grid.add(Messages.text("cases.form.account"), account, form.accountProblem().shownProperty(),
                            "case-account-problem");
                },
                () -> account.setManaged(true),
                () -> {
                    grid.add(Messages.text("cases.form.closed-on.label"), closedOn,
                            form.closedOnProblem().shownProperty(), "case-closed-on-problem");
                },
                () -> {
                    grid.add(Messages.text("cases.form.outcome"), outcome, form.outcomeProblem().shownProperty(),
                            "case-outcome-problem");
                    content.getChildren().addAll(saveProblem, buttons);
                },
                () -> content.getChildren().add(tabs),
                () -> timelineTab.setContent(timeline),
                () -> {
                    deadlines = new DeadlinesPanel(state, () -> onSaved.accept(current().id()));
                    deadlines.countProperty().addListener((o, a, n) ->
                            deadlinesTab.setText(Messages.text("cases.tab.deadlines", Map.of("n", n))));
                    deadlinesTab.setContent(deadlines);
                },
                () -> {
                    documents = new DocumentsPanel(state);
                    documents.countProperty().addListener((o, a, n) ->
                            documentsTab.setText(Messages.text("cases.tab.papers", Map.of("n", n))));
                    documents.setOnChanged(() -> showCurrentIn(timeline::show));
                    documents.acceptDropsOn(this); // a file dropped anywhere on the case goes to its documents
                    documentsTab.setContent(documents);
                },
                () -> {
                    audit = new AuditView(state, AuditView.Scope.CASE);
                    auditTab.setContent(audit);
                }));
        // The form and its tabs join the scene when the first case is shown: their skins and CSS
        // were most of the time the cases list took to open the first time.
        getChildren().add(empty);
        scroller.visibleProperty().bind(empty.visibleProperty().not());
    }

    /** The fields to the view-model's properties; Save and Revert enabled by its bindings. */
    private void bindForm() {
        form.stages().addListener((javafx.collections.ListChangeListener<String>) c ->
                stage.setChoices(null, List.copyOf(form.stages())));
        stage.valueProperty().bindBidirectional(form.stageProperty());
        status.valueProperty().bindBidirectional(form.statusProperty());
        manager.textProperty().bindBidirectional(form.managerProperty());
        factor.valueProperty().bindBidirectional(form.factorProperty());
        account.textProperty().bindBidirectional(form.accountProperty());
        outcome.textProperty().bindBidirectional(form.outcomeProperty());
        // The date field: its text read as typed (before it loses focus), its own "not a date" problem.
        closedOn.getEditor().textProperty().addListener((o, a, text) -> {
            form.closedOnTypedProperty().set(closedOn.problemProperty().get());
            if (!java.util.Objects.equals(closedOn.date(), form.closedOnProperty().get())) {
                form.closedOnProperty().set(closedOn.date());
            }
        });
        closedOn.valueProperty().addListener((o, a, date) -> {
            if (!java.util.Objects.equals(date, form.closedOnProperty().get())) {
                form.closedOnProperty().set(date);
            }
        });
        form.closedOnProperty().addListener((o, a, date) -> {
            if (!java.util.Objects.equals(date, closedOn.date())) {
                closedOn.setValue(date);
                closedOn.getEditor().setText(DateField.format(date));
            }
        });
        save.disableProperty().bind(form.canSaveProperty().not());
        revert.disableProperty().bind(form.canRevertProperty().not());
        form.setOnSaved(saved -> {
            onSaved.accept(saved.id());
            showCurrentIn(timeline::show); // a change of stage or status wrote an entry
            if (audit != null) {
                showCurrentIn(audit::show);
            }
        });
    }

    /** What the detail side shows before a case is selected. */
    static Label noCaseSelected() {
        Label empty = new Label(Messages.text("cases.detail.none"));
        empty.setId("case-none");
        empty.setPadding(new javafx.geometry.Insets(12));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        return empty;
    }

    public void setOnSaved(Consumer<UUID> handler) {
        this.onSaved = handler;
    }

    /** {@code handler} runs each time a case read in the background is put in the form (it may clear it again). */
    public void setOnShown(Runnable handler) {
        this.onShown = handler;
    }

    /** The case form's view-model (the unsaved-changes question reads its dirty state). */
    public CaseFormViewModel form() {
        return form;
    }

    private CaseFile current() {
        return form.openedProperty().get();
    }

    /**
     * Puts the form together ahead, hidden behind "select a case", in the rep's {@code pauses}, then runs
     * {@code then}; false (and {@code then} not run) if it is put together already, or being put together for a case.
     */
    boolean putTogetherAhead(Runnable then, FrameByFrame.Pauses pauses) {
        if (putTogether.begun()) {
            return false;
        }
        putTogether.ahead(this, then, pauses);
        return true;
    }

    /** Loads a case in the background and shows it. */
    public void show(UUID caseId) {
        form.read(caseId, this::fill);
    }

    private void fill(CaseFormViewModel.Loaded loaded) {
        // The first case: the form joins the scene a part a frame, hidden, then shows this case (or
        // the last one asked for meanwhile).
        putTogether.then(this, () -> showCase(loaded));
    }

    private void showCase(CaseFormViewModel.Loaded loaded) {
        CaseFile c = loaded.caseFile();
        Member m = loaded.member();
        currentMember = m;
        // The absence record is what a sickness-absence case turns on (issue 18).
        absenceRecord.setVisible(c.type() == org.repdesk.model.CaseType.SICKNESS_ABSENCE);
        absenceRecord.setManaged(absenceRecord.isVisible());
        empty.setVisible(false);
        title.setText(Messages.text("cases.detail.title", Map.of("reference", c.reference(), "name", m.shownName())));
        String where = String.join(", ", java.util.stream.Stream.of(m.region() == null ? null : org.repdesk.ui.common.Labels.of(m.region()),
                m.team()).filter(java.util.Objects::nonNull).toList());
        // The kind of case worded whole in each language ("Achos absenoldeb salwch", not "Achos Absenoldeb salwch").
        subtitle.setText(Messages.text("cases.detail.subtitleOfKind", Map.of("kind", Messages.text("cases.detail.kind." + c.type().name()),
                "opened", DateField.format(c.openedOn()), "grade", org.repdesk.ui.common.Labels.of(m.grade())))
                + (where.isEmpty() ? "" : ", " + where));
        form.show(loaded);
        onShown.run();
        if (shownCase() == null) {
            return; // left again at once: no longer listed, nothing to fill the tabs for
        }
        if (tabsFilledOnce) {
            timeline.show(c.id());
            documents.show(c.id());
            deadlines.show(c.id());
            audit.show(c.id());
        } else {
            // The first time, a tab a frame: their first rows (a list's, two tables') in one frame
            // were ~0.1 s of the FX thread.
            tabsFilledOnce = true;
            // The case shown when each step runs: another may have been picked meanwhile.
            FrameByFrame.run(getScene(), List.of(() -> showCurrentIn(timeline::show),
                    () -> showCurrentIn(documents::show),
                    () -> showCurrentIn(deadlines::show), () -> showCurrentIn(audit::show)), () -> { });
        }
    }

    /** Shows "select a case" again (the case was deleted, or the list no longer holds it). */
    public void showNoCase() {
        form.clear();
        currentMember = null;
        empty.setVisible(true);
    }

    /** The case shown, or null. */
    public UUID shownCase() {
        CaseFile c = current();
        return c == null ? null : c.id();
    }

    /** The member's absence record in its own window; the case's timeline shows its changes once it closes. */
    private void openAbsenceRecord() {
        if (currentMember == null) {
            return;
        }
        javafx.stage.Stage w = org.repdesk.ui.absence.AbsenceWindow.show(getScene().getWindow(), state.background(),
                state.desk().absences(), currentMember);
        w.setOnHidden(e -> showCurrentIn(timeline::show));
    }

    /** The cases list's search text: the case shown says where on it the words were found. */
    public void setSearchText(String text) {
        form.setSearchText(text);
    }

    private void showCurrentIn(Consumer<UUID> tab) {
        CaseFile c = current();
        if (c != null && tab != null) { // not deleted meanwhile
            tab.accept(c.id());
        }
    }

    /** Forgets the long fields' kept text of the case shown (the rep discarded the changes). */
    public void discardDrafts() {
        form.discardDrafts();
    }

    /** Saves the shown case (Ctrl+S). */
    public void save() {
        form.save();
    }

    /** True when the shown case's form holds changes not saved. */
    public boolean hasUnsavedChanges() {
        return form.isDirty();
    }

    /** The case's reference, for "Save the changes to case 2026-0042?". */
    public String shownReference() {
        CaseFile c = current();
        return c == null ? "" : c.reference();
    }

    /** Saves, then runs {@code after}; false when the form cannot be saved as it is (it says why). */
    public boolean saveThen(Runnable after) {
        return form.saveThen(after); // saved: the view-model forgets the long fields' kept text
    }

    private void showSummary() {
        CaseFile c = current();
        if (c == null) {
            return;
        }
        DocumentDialog.show(state, org.repdesk.ui.papers.DocumentViewModel.caseSummary(state.desk(), c.id(),
                c.reference(), Runner.of(state, state::owner), state.dialogs(), state::plainTextAllowed));
    }

    private void deleteCase() {
        form.delete(id -> {
            showNoCase();
            onSaved.accept(id);
        });
    }
}
