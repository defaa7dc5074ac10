package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.report.BriefScope;
import org.repdesk.ui.briefs.BriefViewModel;
import org.repdesk.ui.papers.Runner;

/**
 * The brief builder: choose the demands, the period and any filters, preview the brief page by page,
 * then export it (PDF, HTML, Markdown) or print it. Anonymised unless the rep explicitly says otherwise.
 * Lays out and binds; the state and commands are {@link BriefViewModel}'s.
 */
public final class BriefView extends BorderPane implements BuiltInSteps {

    private final BriefViewModel vm;
    private final CheckListView<Demand> demands = new CheckListView<>();
    /** True while the ticks are being set from the view-model, so they are not copied back as the rep's. */
    private boolean ticking;

    /** Its two sides, a frame apart the first time it is opened (see Screens.putTogether). */
    private final List<Runnable> assemblySteps;

    public BriefView(DeskState state) {
        this(state, new BriefViewModel(state::desk, Runner.of(state, state::owner), state.dialogs(), state::plainTextAllowed));
    }

    BriefView(DeskState state, BriefViewModel vm) {
        this.vm = vm;
        getStyleClass().add("brief-view");
        DateField from = dateField(Messages.text("boards.brief.from"), "brief-from", vm.fromProperty(), vm.fromTypedProblemProperty());
        DateField to = dateField(Messages.text("boards.brief.to"), "brief-to", vm.toProperty(), vm.toTypedProblemProperty());
        // Menus rather than combo boxes: lighter to make and style the first time (see ChoiceMenu).
        ChoiceMenu<Region> region = ChoiceMenu.filter(Messages.text("boards.brief.allRegions"), Arrays.asList(Region.values()));
        ChoiceMenu<Grade> grade = ChoiceMenu.filter(Messages.text("boards.brief.allGrades"), Arrays.asList(Grade.values()));
        ChoiceMenu<CaseType> caseType = ChoiceMenu.filter(Messages.text("boards.brief.allTypes"), Arrays.asList(CaseType.values()));
        region.valueProperty().bindBidirectional(vm.regionProperty());
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        caseType.valueProperty().bindBidirectional(vm.caseTypeProperty());
        TextField team = new TextField();
        team.textProperty().bindBidirectional(vm.teamProperty());
        Spinner<Integer> smallGroup = new Spinner<>(1, 20, BriefScope.DEFAULT_SMALL_GROUP);
        smallGroup.getValueFactory().valueProperty().bindBidirectional(vm.smallGroupProperty());
        CheckBox identities = new CheckBox(Messages.text("boards.brief.identities"));
        identities.selectedProperty().bindBidirectional(vm.identitiesProperty());
        identities.setOnAction(e -> vm.confirmIdentities());
        TextArea vignettes = new TextArea();
        vignettes.textProperty().bindBidirectional(vm.vignettesProperty());
        Label problems = new Label();
        problems.textProperty().bind(vm.problemsProperty());
        PagePreview preview = new PagePreview(vm.previewMessageProperty().get());
        vm.previewMessageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                preview.showMessage(now);
            }
        });
        vm.pagesProperty().addListener((o, was, now) -> preview.showPages(now));
        demands.setId("brief-demands");
        demands.setPrefHeight(200);
        demands.setItems(vm.demands());
        demands.getCheckModel().getCheckedItems().addListener((javafx.beans.Observable o) -> {
            if (!ticking) {
                vm.chosen().setAll(List.copyOf(demands.getCheckModel().getCheckedItems()));
            }
        });
        vm.chosen().addListener((javafx.beans.Observable o) -> tick());
        vm.demands().addListener((javafx.beans.Observable o) -> tick());
        Callback<Demand, ObservableValue<Boolean>> checked = demands::getItemBooleanProperty;
        FocusInLists.tickedFromTheList(demands, lv -> wrapping(new javafx.scene.control.cell.CheckBoxListCell<Demand>(checked,
                new StringConverter<Demand>() {
                    @Override
                    public String toString(Demand d) {
                        return d == null ? "" : Messages.text("boards.brief.demandLine", d.title(), org.repdesk.ui.demands.DemandWords.status(d.status()));
                    }

                    @Override
                    public Demand fromString(String s) {
                        return null;
                    }
                })));
        // A new file has no demands: say where they come from and offer to load the campaign's.
        Label noDemands = new Label(Messages.text("boards.brief.emptyLog"));
        noDemands.setWrapText(true);
        Button loadDemands = new Button(Messages.text("boards.demands.load"));
        loadDemands.setId("brief-load-demands");
        loadDemands.setOnAction(e -> vm.loadCampaignDemands());
        VBox emptyLog = new VBox(8, noDemands, loadDemands);
        emptyLog.setAlignment(javafx.geometry.Pos.CENTER);
        emptyLog.setPadding(new javafx.geometry.Insets(8));
        demands.setPlaceholder(emptyLog);
        Button all = new Button(Messages.text("boards.brief.all"));
        all.setOnAction(e -> vm.chooseAll());
        all.setId("brief-all");
        Button none = new Button(Messages.text("boards.brief.none"));
        none.setId("brief-none");
        none.setOnAction(e -> vm.chooseNone());
        team.setPromptText(Messages.text("boards.brief.anyTeam"));
        smallGroup.setEditable(true);
        smallGroup.setPrefWidth(80);
        identities.setId("brief-identities");
        identities.setWrapText(true); // the Welsh runs past a 1024-wide window
        vignettes.setPromptText(Messages.text("boards.brief.vignettesPrompt"));
        vignettes.setPrefRowCount(4);
        vignettes.setWrapText(true);
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);

        FormGrid grid = new FormGrid();
        // At 1024 pixels with the text two steps larger (18 px) the form scrolled sideways and cut the
        // dates' calendar buttons: its labels then go over its fields.
        grid.stackWhenFieldsNarrowerThan(12);
        javafx.scene.control.ComboBox<org.repdesk.i18n.DocumentLanguage> language = DocumentLanguageChoice.make("brief-language");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setMaxWidth(Double.MAX_VALUE);
        for (ChoiceMenu<?> b : List.of(region, grade, caseType)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        Button previewButton = new Button(Messages.text("boards.brief.preview"));
        previewButton.setId("brief-preview");
        previewButton.setDefaultButton(true);
        previewButton.setOnAction(e -> vm.preview());
        Button pdf = output(Messages.text("boards.brief.pdf"), "brief-pdf", () -> vm.save(BriefViewModel.Format.PDF));
        Button html = output(Messages.text("boards.brief.html"), "brief-html", () -> vm.save(BriefViewModel.Format.HTML));
        Button md = output(Messages.text("boards.brief.md"), "brief-md", () -> vm.save(BriefViewModel.Format.MARKDOWN));
        Button print = output(Messages.text("boards.brief.print"), "brief-print",
                () -> {
                    if (vm.pdf() != null && state.plainTextAllowed(Messages.text("print.consent"))) {
                        org.repdesk.ui.print.PrintDialog.show(state.owner(), state.background(),
                                Messages.text("print.job.brief"), vm.pdf());
                    }
                });
        Label title = new Label(Messages.text("print.job.brief"));
        title.getStyleClass().add("title-3");
        Label demandsLabel = new Label(Messages.text("boards.brief.demands"));
        demandsLabel.getStyleClass().add("title-4");
        demandsLabel.setLabelFor(demands); // what a screen reader says for the list and the field below
        Label vignettesLabel = new Label(Messages.text("boards.brief.vignettes"));
        vignettesLabel.setLabelFor(vignettes);
        // Actions on top, so they are in reach whatever the height of the window.
        VBox form = new VBox(8, title, new FlowPane(6, 6, previewButton, pdf, html, md, print), problems);
        form.getStyleClass().add("pane-left");
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        SplitPane split = new SplitPane();
        setCenter(split);
        // The form a part a frame, then the preview beside it: styled in one frame, the form's fifteen
        // controls (the demands' check list, dates, menus, a spinner, a text area) held the FX thread
        // longest of the screens' first openings (issue 21, seventh session).
        assemblySteps = List.of(
                () -> split.getItems().add(formScroll),
                () -> form.getChildren().addAll(demandsLabel, demands, new FlowPane(6, 6, all, none)),
                () -> {
                    grid.add(Messages.text("boards.brief.from"), from);
                    grid.add(Messages.text("boards.brief.to"), to);
                    grid.add(Messages.text("boards.brief.region"), region);
                    grid.add(Messages.text("boards.brief.team"), team);
                    form.getChildren().add(grid);
                },
                () -> {
                    grid.add(Messages.text("boards.brief.grade"), grade);
                    grid.add(Messages.text("boards.brief.caseType"), caseType);
                    grid.add(Messages.text("boards.brief.smallGroup"), smallGroup);
                    grid.add(Messages.text("screens.document.language"), language);
                    grid.addWide(identities);
                },
                () -> form.getChildren().addAll(vignettesLabel, vignettes),
                () -> {
                    split.getItems().add(preview);
                    split.setDividerPositions(0.42);
                });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                vm.preview();
            }
        });
    }

    private static DateField dateField(String name, String id, javafx.beans.property.ObjectProperty<LocalDate> date,
            javafx.beans.property.StringProperty typedProblem) {
        DateField field = DateField.over(name, date, typedProblem);
        field.setId(id);
        return field;
    }

    /** Ticks the demands the view-model has chosen. */
    private void tick() {
        ticking = true;
        try {
            demands.getCheckModel().clearChecks();
            vm.chosen().stream().filter(vm.demands()::contains).forEach(demands.getCheckModel()::check);
        } finally {
            ticking = false;
        }
    }

    /** A demand's whole title, wrapped to the list's width: cut at the edge, demands read alike. */
    private static <T extends javafx.scene.control.ListCell<Demand>> T wrapping(T cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    private Button output(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(vm.madeProperty().not());
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Refreshes the demands to choose from, keeping the rep's choices. */
    public void reload() {
        vm.reload();
    }

    BriefScope scope() {
        return vm.scope();
    }

    /** Makes the brief and renders its pages in the background. */
    public void preview() {
        vm.preview();
    }

    @Override
    public List<Runnable> assemblySteps() {
        return assemblySteps;
    }
}
