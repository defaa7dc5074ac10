package org.repdesk.ui.papers;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.LetterLanguage;
import org.repdesk.report.LetterFiles;
import org.repdesk.service.LetterService;
import org.repdesk.ui.DeskState;
import org.repdesk.ui.FormGrid;

/** "Letter…" on a case's documents: lays out and binds {@link LetterViewModel}. */
public final class LetterDialog {

    private LetterDialog() {
    }

    /** Shows the form; on "Make the letter" makes it, and hands {@code made} what became of it. */
    public static void show(DeskState state, Window owner, LetterViewModel vm, Consumer<LetterViewModel.Made> made) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("letters.dialog.title"));
        dialog.setHeaderText(Messages.text("letters.dialog.header"));
        dialog.setResizable(true);

        ComboBox<LetterService.Listed> template = new ComboBox<>(vm.templates());
        template.setId("letter-template");
        template.setMaxWidth(Double.MAX_VALUE);
        template.setCellFactory(l -> new TemplateCell());
        template.setButtonCell(new TemplateCell());
        template.valueProperty().bindBidirectional(vm.templateProperty());

        ComboBox<LetterLanguage> language = new ComboBox<>();
        language.getItems().setAll(LetterLanguage.values());
        language.setId("letter-language");
        language.valueProperty().bindBidirectional(vm.languageProperty());

        ToggleGroup formats = new ToggleGroup();
        RadioButton docx = new RadioButton(Messages.text("letters.dialog.docx"));
        docx.setId("letter-docx");
        RadioButton pdf = new RadioButton(Messages.text("letters.dialog.pdf"));
        pdf.setId("letter-pdf");
        docx.setToggleGroup(formats);
        pdf.setToggleGroup(formats);
        (vm.formatProperty().get() == LetterFiles.Format.PDF ? pdf : docx).setSelected(true);
        pdf.selectedProperty().addListener((o, a, now) -> vm.formatProperty().set(now ? LetterFiles.Format.PDF
                : LetterFiles.Format.DOCX));

        CheckBox keep = new CheckBox(Messages.text("letters.dialog.keep"));
        keep.setId("letter-keep");
        keep.selectedProperty().bindBidirectional(vm.keepOnCaseProperty());
        CheckBox toFile = new CheckBox(Messages.text("letters.dialog.to-file"));
        toFile.setId("letter-to-file");
        toFile.selectedProperty().bindBidirectional(vm.saveToFileProperty());

        Label empty = new Label();
        empty.setId("letter-empty-fields");
        empty.getStyleClass().add("problems");
        empty.setWrapText(true);
        empty.setMinHeight(Label.USE_PREF_SIZE);
        empty.textProperty().bind(vm.emptyFieldsProperty());
        empty.visibleProperty().bind(vm.emptyFieldsProperty().isNotEmpty());
        empty.managedProperty().bind(empty.visibleProperty());

        TextArea preview = new TextArea();
        preview.setId("letter-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(14);
        preview.textProperty().bind(vm.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);

        FormGrid grid = new FormGrid();
        grid.add(Messages.text("letters.dialog.template"), template);
        grid.add(Messages.text("letters.dialog.language"), language);
        grid.add(Messages.text("letters.dialog.format"), new HBox(12, docx, pdf));
        grid.add("", keep); // under the fields, where the eye already is
        grid.add("", toFile);
        Label previewLabel = new Label(Messages.text("letters.dialog.preview"));
        previewLabel.getStyleClass().add("muted");
        previewLabel.setLabelFor(preview); // what a screen reader says of the preview
        VBox box = new VBox(10, grid, empty, previewLabel, preview);
        box.setPrefSize(640, 560);

        ButtonType make = new ButtonType(Messages.text("letters.dialog.make"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(make, org.repdesk.ui.Buttons.cancel());
        org.repdesk.ui.TypedInDialog.asksBeforeLosing(dialog);
        dialog.getDialogPane().setContent(box);
        Node makeButton = dialog.getDialogPane().lookupButton(make);
        makeButton.setId("letter-make");
        makeButton.disableProperty().bind(vm.canMakeProperty().not());
        dialog.setOnShown(e -> template.requestFocus());
        if (dialog.showAndWait().filter(b -> b == make).isEmpty()) {
            return;
        }
        java.nio.file.Path out = null;
        if (vm.saveToFileProperty().get()) {
            if (!state.plainTextAllowed(Messages.text("letters.cli.what-written"))) {
                return;
            }
            LetterFiles.Format f = vm.formatProperty().get();
            out = state.dialogs().chooseFileToSave(Messages.text("letters.dialog.to-file"), vm.suggestedFileName(),
                    org.repdesk.ui.Dialogs.FileType.of(Messages.text(f == LetterFiles.Format.PDF
                            ? "letters.dialog.pdf" : "letters.dialog.docx"), "*." + f.ending())).orElse(null);
            if (out == null && !vm.keepOnCaseProperty().get()) {
                return; // nowhere to put it
            }
        }
        vm.make(out, made);
    }

    /** A template as listed: its title, and its name as the command line takes it. */
    private static final class TemplateCell extends ListCell<LetterService.Listed> {
        @Override
        protected void updateItem(LetterService.Listed l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null ? null : l.template().title() + "  (" + l.template().name() + ")");
        }
    }
}
