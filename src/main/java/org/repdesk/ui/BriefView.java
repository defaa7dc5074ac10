package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
import javafx.stage.FileChooser;
import javafx.util.Callback;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.report.Brief;
import org.repdesk.report.BriefBuilder;
import org.repdesk.report.BriefHtml;
import org.repdesk.report.BriefMarkdown;
import org.repdesk.report.BriefScope;
import org.repdesk.report.Pdf;
import org.repdesk.service.OwnerOnlyFile;

/**
 * The brief builder: choose the demands, the period and any filters, preview the brief page by page,
 * then export it (PDF, HTML, Markdown) or print it. Anonymised unless the rep explicitly says otherwise.
 */
public final class BriefView extends BorderPane implements BuiltInSteps {

    private final DeskState state;
    private final CheckListView<Demand> demands = new CheckListView<>();
    private final DateField from;
    private final DateField to;
    // Menus rather than combo boxes: lighter to make and style the first time (see ChoiceMenu).
    private final ChoiceMenu<Region> region = ChoiceMenu.filter(Messages.text("boards.brief.allRegions"), Arrays.asList(Region.values()));
    private final TextField team = new TextField();
    private final ChoiceMenu<Grade> grade = ChoiceMenu.filter(Messages.text("boards.brief.allGrades"), Arrays.asList(Grade.values()));
    private final ChoiceMenu<CaseType> caseType = ChoiceMenu.filter(Messages.text("boards.brief.allTypes"), Arrays.asList(CaseType.values()));
    private final Spinner<Integer> smallGroup = new Spinner<>(1, 20, BriefScope.DEFAULT_SMALL_GROUP);
    private final CheckBox identities = new CheckBox(Messages.text("boards.brief.identities"));
    private final TextArea vignettes = new TextArea();
    private final Label problems = new Label();
    private final PagePreview preview = new PagePreview(Messages.text("boards.brief.previewHint"));
    private final List<Button> outputs = new ArrayList<>();
    private Brief lastBrief;
    private byte[] lastPdf;

    /** Its two sides, a frame apart the first time it is opened (see MainWindow.putTogether). */
    private final List<Runnable> assemblySteps;

    public BriefView(DeskState state) {
        this.state = state;
        getStyleClass().add("brief-view");
        LocalDate today = state.desk().cases().today();
        from = new DateField(Messages.text("boards.brief.from"), today.minusMonths(12).withDayOfMonth(1));
        to = new DateField(Messages.text("boards.brief.to"), today);
        from.setId("brief-from");
        to.setId("brief-to");
        demands.setId("brief-demands");
        demands.setPrefHeight(200);
        Callback<Demand, ObservableValue<Boolean>> checked = demands::getItemBooleanProperty;
        demands.setCellFactory(lv -> wrapping(new javafx.scene.control.cell.CheckBoxListCell<Demand>(checked,
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
        loadDemands.setOnAction(e -> loadCampaignDemands());
        VBox emptyLog = new VBox(8, noDemands, loadDemands);
        emptyLog.setAlignment(javafx.geometry.Pos.CENTER);
        emptyLog.setPadding(new javafx.geometry.Insets(8));
        demands.setPlaceholder(emptyLog);
        Button all = new Button(Messages.text("boards.brief.all"));
        all.setOnAction(e -> demands.getCheckModel().checkAll());
        Button none = new Button(Messages.text("boards.brief.none"));
        none.setOnAction(e -> demands.getCheckModel().clearChecks());
        team.setPromptText(Messages.text("boards.brief.anyTeam"));
        smallGroup.setEditable(true);
        smallGroup.setPrefWidth(80);
        identities.setId("brief-identities");
        identities.setOnAction(e -> {
            if (identities.isSelected() && !Alerts.confirm(state.owner(), Messages.text("boards.brief.namesHeader"),
                    Messages.text("boards.brief.namesText"), Messages.text("boards.brief.namesOk"))) {
                identities.setSelected(false);
            }
        });
        vignettes.setPromptText(Messages.text("boards.brief.vignettesPrompt"));
        vignettes.setPrefRowCount(4);
        vignettes.setWrapText(true);
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);

        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.brief.from"), from);
        grid.add(Messages.text("boards.brief.to"), to);
        grid.add(Messages.text("boards.brief.region"), region);
        grid.add(Messages.text("boards.brief.team"), team);
        grid.add(Messages.text("boards.brief.grade"), grade);
        grid.add(Messages.text("boards.brief.caseType"), caseType);
        grid.add(Messages.text("boards.brief.smallGroup"), smallGroup);
        grid.addWide(identities);
        for (ChoiceMenu<?> b : List.of(region, grade, caseType)) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        Button previewButton = new Button(Messages.text("boards.brief.preview"));
        previewButton.setId("brief-preview");
        previewButton.setDefaultButton(true);
        previewButton.setOnAction(e -> preview());
        Button pdf = output(Messages.text("boards.brief.pdf"), "brief-pdf", this::savePdf);
        Button html = output(Messages.text("boards.brief.html"), "brief-html", () -> saveText("html", BriefHtml.render(lastBrief)));
        Button md = output(Messages.text("boards.brief.md"), "brief-md", () -> saveText("md", BriefMarkdown.render(lastBrief)));
        Button print = output(Messages.text("boards.brief.print"), "brief-print",
                () -> {
                    if (lastPdf != null && state.plainTextAllowed(org.repdesk.i18n.Messages.text("print.consent"))) {
                        org.repdesk.ui.print.PrintDialog.show(state.owner(), state.background(),
                                org.repdesk.i18n.Messages.text("print.job.brief"), lastPdf);
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
        VBox form = new VBox(8, title, new FlowPane(6, 6, previewButton, pdf, html, md, print), problems,
                demandsLabel, demands, new FlowPane(6, 6, all, none), grid, vignettesLabel, vignettes);
        form.getStyleClass().add("pane-left");
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        SplitPane split = new SplitPane();
        setCenter(split);
        assemblySteps = BuiltInSteps.twoSides(split, formScroll, preview, 0.38);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                preview();
            }
        });
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
        b.setDisable(true);
        b.setOnAction(e -> action.run());
        outputs.add(b);
        return b;
    }

    /** Refreshes the demands to choose from, keeping the rep's choices. */
    public void reload() {
        List<UUID> checked = demands.getCheckModel().getCheckedItems().stream().map(Demand::id).toList();
        boolean first = demands.getItems().isEmpty();
        state.background().run(state.owner(), Messages.text("boards.error.read"), () -> state.desk().demands().all(), list -> {
            demands.getItems().setAll(list);
            for (Demand d : list) {
                if (first || checked.contains(d.id())) {
                    demands.getCheckModel().check(d);
                }
            }
        });
    }

    BriefScope scope() {
        List<UUID> ids = demands.getCheckModel().getCheckedItems().stream().map(Demand::id).toList();
        List<String> texts = Arrays.asList(vignettes.getText().split("\\R\\s*\\R"));
        return new BriefScope(from.date(), to.date(), ids, region.getValue(), team.getText(), grade.getValue(),
                caseType.getValue(), smallGroup.getValue(), identities.isSelected(), texts);
    }

    /** Computes the brief and renders its pages in the background. */
    public void preview() {
        List<String> found = new ArrayList<>();
        for (DateField f : List.of(from, to)) {
            if (!f.problemProperty().get().isEmpty()) {
                found.add(f.problemProperty().get());
            }
        }
        BriefScope scope = scope();
        found.addAll(scope.problems());
        if (demands.getCheckModel().getCheckedItems().isEmpty()) {
            found.add(Messages.text(demands.getItems().isEmpty() ? "boards.brief.noDemandsInLog" : "boards.brief.chooseDemand"));
        }
        problems.setText(String.join("\n", found));
        if (!found.isEmpty()) {
            return;
        }
        preview.showMessage(Messages.text("boards.brief.preparing"));
        outputs.forEach(b -> b.setDisable(true));
        record Made(Brief brief, byte[] pdf, List<byte[]> pages) {
        }
        state.background().run(state.owner(), Messages.text("boards.brief.notPrepared"), () -> {
            Brief brief = new BriefBuilder(state.desk()).build(scope, state.desk().settings().repName().orElse(null));
            byte[] pdf = Pdf.bytes(BriefHtml.render(brief));
            return new Made(brief, pdf, Pdf.pagesAsPng(pdf, 110));
        }, made -> {
            lastBrief = made.brief();
            lastPdf = made.pdf();
            preview.showPages(made.pages());
            outputs.forEach(b -> b.setDisable(false));
        });
    }

    /** Loads the campaign bulletins' demands (never twice), then checks them all for the brief. */
    private void loadCampaignDemands() {
        state.background().run(state.owner(), Messages.text("boards.error.load"),
                () -> org.repdesk.service.CampaignBulletins.load(state.desk().demands()), added -> {
                    problems.setText("");
                    reload();
                });
    }

    private File choose(String ext) {
        if (!state.plainTextAllowed(Messages.text("boards.brief.what"))) {
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("boards.brief.saveTitle"));
        chooser.setInitialFileName("negotiation-brief-" + state.desk().cases().today() + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("boards.brief.files", ext.toUpperCase(java.util.Locale.ROOT)), "*." + ext));
        return chooser.showSaveDialog(state.owner());
    }

    private void savePdf() {
        File file = choose("pdf");
        byte[] bytes = lastPdf;
        if (file != null && bytes != null) {
            write(file, bytes);
        }
    }

    private void saveText(String ext, String text) {
        File file = choose(ext);
        if (file != null) {
            write(file, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void write(File file, byte[] bytes) {
        state.background().run(state.owner(), Messages.text("boards.brief.notSaved"), () -> {
            OwnerOnlyFile.write(file.toPath(), out -> out.write(bytes));
            return file;
        }, f -> Alerts.info(state.owner(), Messages.text("boards.brief.saved"),
                List.of(Messages.text("boards.brief.savedTo", f), Messages.text(lastBrief != null
                        && lastBrief.scope().includeIdentities() ? "boards.brief.namesWarning" : "boards.brief.anonymised"))));
    }

    @Override
    public List<Runnable> assemblySteps() {
        return assemblySteps;
    }
}
