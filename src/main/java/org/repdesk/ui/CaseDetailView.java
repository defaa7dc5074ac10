package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.PutTogetherFirst;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.ui.papers.DocumentsPanel;
import org.repdesk.ui.papers.FoundOnCase;

/** One case: its details (stage, status, workload factor, outcome), timeline and deadlines. */
public final class CaseDetailView extends StackPane {

    private final DeskState state;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    // Menus rather than combo boxes: lighter to make and style the first time (see ChoiceMenu).
    private final ChoiceMenu<String> stage = new ChoiceMenu<>(String::valueOf);
    private final ChoiceMenu<CaseStatus> status = ChoiceMenu.of(List.of(CaseStatus.values()));
    private final TextField manager = new TextField();
    private final ChoiceMenu<WorkloadFactor> factor = ChoiceMenu.of(List.of(WorkloadFactor.values()));
    private final TextArea account = new TextArea();
    private final DateField closedOn = new DateField("Closed on", null);
    private final TextArea outcome = new TextArea();
    private final Label problems = new Label();
    private final Button save = new Button("_Save case");
    private final Button delete = new Button("Delete case…");
    private final Button absenceRecord = new Button(org.repdesk.i18n.Messages.text("absence.ui.open"));
    private Member currentMember;
    private final TimelinePanel timeline;
    /** Made as the form is put together (its last steps), like the changes view. */
    private DeadlinesPanel deadlines;
    private AuditView audit;
    private final Tab auditTab = new Tab("Changes");
    private final Tab timelineTab = new Tab("Timeline");
    private final Tab deadlinesTab = new Tab("Deadlines and hearings");
    private final Tab documentsTab = new Tab(Messages.text("papers.panel.tab", Map.of("n", 0)));
    private DocumentsPanel documents;
    /** Where the cases list's search text was found on this case (notes, documents), when there is one. */
    private final Label found = new Label();
    private String searchText = "";
    private final VBox content;
    private final ScrollPane scroller;
    private final PutTogetherFirst putTogether;
    private boolean tabsFilledOnce;
    private final Label empty = noCaseSelected();
    private CaseFile current;
    private Consumer<UUID> onSaved = id -> { };

    public CaseDetailView(DeskState state) {
        this.state = state;
        getStyleClass().add("case-detail");
        title.getStyleClass().add("title-3");
        title.setId("case-title");
        subtitle.getStyleClass().add("muted");
        stage.setId("case-stage");
        status.setId("case-status");
        factor.setId("case-factor");
        outcome.setId("case-outcome");
        closedOn.setId("case-closed-on");
        save.setId("case-save");
        for (ChoiceMenu<?> box : List.of(stage, status, factor)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        account.setPromptText("How excessive workload bears on this case, in the member's and your words");
        account.setPrefRowCount(3);
        account.setWrapText(true);
        outcome.setPrefRowCount(2);
        outcome.setWrapText(true);
        outcome.setPromptText("Required when the case is closed");

        FormGrid grid = new FormGrid();
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        save.setOnAction(e -> save());
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> deleteCase());
        Button summary = new Button("Summary: print or PDF…");
        summary.setId("case-summary");
        summary.setOnAction(e -> showSummary());
        absenceRecord.setId("case-absence");
        absenceRecord.setOnAction(e -> openAbsenceRecord());
        // Wraps rather than squeezes: four buttons do not fit beside each other in a narrow detail pane.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, save, summary, absenceRecord, delete);

        timeline = new TimelinePanel(state);
        auditTab.setId("tab-audit");
        timelineTab.setId("tab-timeline");
        deadlinesTab.setId("tab-deadlines");
        documentsTab.setId("tab-documents");
        found.setId("case-found");
        found.getStyleClass().add("muted");
        found.setWrapText(true);
        found.managedProperty().bind(found.visibleProperty());
        found.setVisible(false);
        TabPane tabs = new TabPane(timelineTab, documentsTab, deadlinesTab, auditTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(280);
        timeline.countProperty().addListener((o, a, n) -> timelineTab.setText("Timeline (" + n + ")"));

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
                    grid.add("S_tage", stage);
                    grid.add("Stat_us", status);
                },
                () -> {
                    grid.add("_Manager", manager);
                    grid.add("_Workload a factor?", factor);
                },
                () -> { // the first text area is styled one frame, laid out the next
                    account.setManaged(false);
                    grid.add("How workload bears", account);
                },
                () -> account.setManaged(true),
                () -> grid.add("Closed on", closedOn),
                () -> {
                    grid.add("_Outcome", outcome);
                    content.getChildren().addAll(problems, buttons);
                },
                () -> content.getChildren().add(tabs),
                () -> timelineTab.setContent(timeline),
                () -> {
                    deadlines = new DeadlinesPanel(state, () -> onSaved.accept(current.id()));
                    deadlines.countProperty().addListener((o, a, n) ->
                            deadlinesTab.setText("Deadlines and hearings (" + n + ")"));
                    deadlinesTab.setContent(deadlines);
                },
                () -> {
                    documents = new DocumentsPanel(state);
                    documents.countProperty().addListener((o, a, n) ->
                            documentsTab.setText(Messages.text("papers.panel.tab", Map.of("n", n))));
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

        for (Observable o : List.of(stage.valueProperty(), status.valueProperty(), manager.textProperty(),
                factor.valueProperty(), account.textProperty(), closedOn.getEditor().textProperty(),
                closedOn.valueProperty(), outcome.textProperty())) {
            o.addListener(x -> check());
        }
        status.valueProperty().addListener((o, was, now) -> {
            if (now == CaseStatus.CLOSED && closedOn.date() == null && current != null) {
                closedOn.setValue(state.desk().cases().today());
            }
        });
    }

    /** What the detail side shows before a case is selected. */
    static Label noCaseSelected() {
        Label empty = new Label("Select a case to see its details, timeline and deadlines.");
        empty.getStyleClass().add("placeholder");
        return empty;
    }

    public void setOnSaved(Consumer<UUID> handler) {
        this.onSaved = handler;
    }

    private record Loaded(CaseFile caseFile, Member member) {
    }

    /** Loads a case in the background and shows it. */
    public void show(UUID caseId) {
        state.background().run(getScene() == null ? null : getScene().getWindow(), "Could not read the case", () -> {
            CaseFile c = state.desk().cases().byId(caseId).orElseThrow();
            return new Loaded(c, state.desk().members().byId(c.memberId()).orElseThrow());
        }, loaded -> fill(loaded.caseFile(), loaded.member()));
    }

    private void fill(CaseFile c, Member m) {
        // The first case: the form joins the scene a part a frame, hidden, then shows this case (or
        // the last one asked for meanwhile).
        putTogether.then(this, () -> showCase(c, m));
    }

    private void showCase(CaseFile c, Member m) {
        current = c;
        currentMember = m;
        // The absence record is what a sickness-absence case turns on (issue 18).
        absenceRecord.setVisible(c.type() == org.repdesk.model.CaseType.SICKNESS_ABSENCE);
        absenceRecord.setManaged(absenceRecord.isVisible());
        empty.setVisible(false);
        title.setText(c.reference() + " · " + m.name());
        subtitle.setText(c.type().label() + " case · opened " + DateField.format(c.openedOn()) + " · "
                + m.grade().label() + (m.region() == null ? "" : ", " + m.region().label())
                + (m.team() == null ? "" : ", " + m.team()));
        List<String> stages = new ArrayList<>(state.desk().settings().stages().stagesFor(c.type()));
        if (!stages.contains(c.stage())) {
            stages.add(c.stage()); // a stage since removed from the list stays visible on old cases
        }
        stage.setChoices(null, stages);
        stage.setValue(c.stage());
        status.setValue(c.status());
        manager.setText(c.manager() == null ? "" : c.manager());
        factor.setValue(c.workloadFactor());
        account.setText(c.workloadAccount() == null ? "" : c.workloadAccount());
        closedOn.setValue(c.closedOn());
        closedOn.getEditor().setText(DateField.format(c.closedOn()));
        outcome.setText(c.outcome() == null ? "" : c.outcome());
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
        showFound();
        check();
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
        searchText = text == null ? "" : text.strip();
        showFound();
    }

    private void showFound() {
        CaseFile c = current;
        String text = searchText;
        if (c == null || text.length() < 2) {
            found.setVisible(false);
            return;
        }
        state.background().run(getScene() == null ? null : getScene().getWindow(), Messages.text("papers.failed.read"),
                () -> state.desk().documents().whereFound(c.id(), text), hits -> {
                    if (current != null && current.id().equals(c.id()) && text.equals(searchText)) {
                        found.setText(FoundOnCase.describe(hits));
                        found.setVisible(!hits.isEmpty());
                    }
                });
    }

    private void showCurrentIn(Consumer<UUID> tab) {
        if (current != null) { // not deleted meanwhile
            tab.accept(current.id());
        }
    }

    private CaseFile draft() {
        return current.withStage(stage.getValue())
                .withStatus(status.getValue(), closedOn.date(), outcome.getText())
                .withDetails(manager.getText(), factor.getValue(), account.getText())
                .tidied();
    }

    private List<String> check() {
        if (current == null) {
            return List.of("No case is shown.");
        }
        List<String> found = new ArrayList<>();
        if (!closedOn.problemProperty().get().isEmpty()) {
            found.add(closedOn.problemProperty().get());
        }
        CaseFile draft = draft();
        found.addAll(draft.problems());
        problems.setText(String.join("\n", found));
        save.setDisable(!found.isEmpty() || draft.equals(current.tidied()));
        return found;
    }

    /** Saves the shown case (Ctrl+S). */
    public void save() {
        saveThen(() -> { });
    }

    /** True when the shown case's form holds changes not saved. */
    public boolean hasUnsavedChanges() {
        return current != null && !draft().equals(current.tidied());
    }

    /** The case's reference, for "Save the changes to case 2026-0042?". */
    public String shownReference() {
        return current == null ? "" : current.reference();
    }

    /** Saves, then runs {@code after}; false when the form cannot be saved as it is (it says why). */
    public boolean saveThen(Runnable after) {
        if (current == null || !check().isEmpty()) {
            return false;
        }
        CaseFile edited = draft();
        CaseFile opened = current;
        state.background().run(getScene().getWindow(), "The case was not saved",
                () -> state.desk().cases().update(opened, edited), saved -> {
                    current = saved; // saved now: not an unsaved change while the case is read again
                    onSaved.accept(saved.id());
                    show(saved.id());
                    after.run();
                });
        return true;
    }

    private void showSummary() {
        if (current == null) {
            return;
        }
        CaseFile c = current;
        DocumentDialog.show(state, org.repdesk.i18n.Messages.text("print.job.case", java.util.Map.of("ref", c.reference())),
                "case-summary-" + c.reference() + ".pdf",
                () -> org.repdesk.report.Pdf.bytes(org.repdesk.report.CaseSummaryHtml.render(
                        org.repdesk.report.CaseSummary.of(state.desk(), c.id()))));
    }

    private void deleteCase() {
        if (current == null) {
            return;
        }
        CaseFile c = current;
        if (Alerts.confirm(getScene().getWindow(), "Delete case " + c.reference() + "?",
                "The case, its timeline and its deadlines will be deleted. This cannot be undone.\n"
                        + "To keep the record, set its status to Closed instead.",
                "Delete case")) {
            state.background().run(getScene().getWindow(), "The case was not deleted", () -> {
                state.desk().cases().delete(c.id());
                return c.id();
            }, id -> {
                current = null;
                empty.setVisible(true);
                onSaved.accept(id);
            });
        }
    }
}
