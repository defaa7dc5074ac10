package org.repdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.papers.DocumentViewModel;

/**
 * Previews a PDF document (case summary, caseload report) to print or save it: lays out and binds
 * its {@link DocumentViewModel}, which makes it off the FX thread and saves it.
 */
final class DocumentDialog {

    private DocumentDialog() {
    }

    static void show(DeskState state, DocumentViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(vm.title());
        dialog.setHeaderText(vm.title());
        dialog.setResizable(true);
        PagePreview preview = new PagePreview(Messages.text("screens.document.preparing"));
        preview.setPrefSize(640, 640);
        Button print = new Button(Messages.text("screens.document.print"));
        print.setId("document-print");
        Button save = new Button(Messages.text("screens.document.save"));
        save.setId("document-save");
        print.disableProperty().bind(vm.readyProperty().not());
        save.disableProperty().bind(vm.readyProperty().not());
        Label pages = new Label();
        pages.getStyleClass().add("muted");
        pages.textProperty().bind(vm.pagesProperty());
        ComboBox<DocumentLanguage> language = DocumentLanguageChoice.make("document-language");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setMinWidth(Region.USE_PREF_SIZE); // a wide dialog: the whole choice shows
        Label languageLabel = new Label(Messages.text("screens.document.language"));
        languageLabel.setLabelFor(language);
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, print, save, languageLabel, language, pages);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(Buttons.close());
        vm.madeProperty().addListener((o, was, made) -> {
            if (made == null) {
                preview.showMessage(Messages.text("screens.document.preparing"));
            } else {
                preview.showPages(made.pages());
            }
        });
        vm.make();
        print.setOnAction(e -> {
            if (vm.mayPrint()) {
                org.repdesk.ui.print.PrintDialog.show(dialog.getDialogPane().getScene().getWindow(), state.background(),
                        vm.title(), vm.madeProperty().get().pdf());
            }
        });
        save.setOnAction(e -> vm.saveAs());
        dialog.showAndWait();
    }
}
