package org.repdesk.ui;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;
import org.repdesk.report.Pdf;
import org.repdesk.service.OwnerOnlyFile;

/** Previews a PDF document (case summary, caseload report) and prints it or saves it. */
final class DocumentDialog {

    private DocumentDialog() {
    }

    /** Makes the document's PDF in a language, on the worker. */
    @FunctionalInterface
    interface Make {
        byte[] in(DocumentLanguage language) throws Exception;
    }

    /** A document made in the background: its PDF bytes. */
    record Rendered(byte[] pdf, List<byte[]> pages) {
    }

    /**
     * Opens in the app's language; English, Welsh or both can be chosen, as on the command line
     * ({@code --lang}): a member may use Welsh in their own hearing.
     */
    static void show(DeskState state, String title, String fileName, Make makePdf) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        PagePreview preview = new PagePreview(Messages.text("screens.document.preparing"));
        preview.setPrefSize(640, 640);
        Button print = new Button(Messages.text("screens.document.print"));
        print.setId("document-print");
        Button save = new Button(Messages.text("screens.document.save"));
        save.setId("document-save");
        print.setDisable(true);
        save.setDisable(true);
        Label pages = new Label();
        pages.getStyleClass().add("muted");
        ComboBox<DocumentLanguage> language = DocumentLanguageChoice.make("document-language");
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
        final byte[][] pdf = new byte[1][];
        // The language last chosen: a slower, earlier making is not shown over it.
        org.repdesk.ui.common.Latest latest = new org.repdesk.ui.common.Latest();
        Runnable make = () -> {
            DocumentLanguage chosen = language.getValue();
            print.setDisable(true);
            save.setDisable(true);
            pages.setText("");
            preview.showMessage(Messages.text("screens.document.preparing"));
            state.background().run(state.owner(), Messages.text("screens.document.failed"), () -> {
                byte[] bytes = makePdf.in(chosen);
                return new Rendered(bytes, Pdf.pagesAsPng(bytes, 110));
            }, latest.ask(r -> {
                pdf[0] = r.pdf();
                preview.showPages(r.pages());
                pages.setText(Messages.text("screens.document.pages", Map.of("n", r.pages().size())));
                print.setDisable(false);
                save.setDisable(false);
            }));
        };
        language.valueProperty().addListener((o, was, now) -> make.run());
        make.run();
        print.setOnAction(e -> {
            if (state.plainTextAllowed(Messages.text("print.consent"))) {
                org.repdesk.ui.print.PrintDialog.show(dialog.getDialogPane().getScene().getWindow(), state.background(),
                        title, pdf[0]);
            }
        });
        save.setOnAction(e -> {
            if (!state.plainTextAllowed(Messages.text("screens.document.what", Map.of("title", title)))) {
                return;
            }
            java.util.Optional<java.nio.file.Path> chosen = state.dialogs().chooseFileToSave(
                    Messages.text("screens.document.saveTitle", Map.of("title", title)), fileName,
                    Dialogs.FileType.of(Messages.text("screens.document.pdfFiles"), "*.pdf"));
            chosen.ifPresent(file -> {
                byte[] bytes = pdf[0];
                state.background().run(state.owner(), Messages.text("screens.document.notSaved"), () -> {
                    OwnerOnlyFile.write(file, out -> out.write(bytes));
                    return Files.size(file);
                }, size -> state.dialogs().inform(Messages.text("screens.document.saved"),
                        List.of(Messages.text("screens.document.savedTo", Map.of("title", title, "file", file.toString())))));
            });
        });
        dialog.showAndWait();
    }
}
