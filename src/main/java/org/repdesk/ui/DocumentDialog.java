package org.repdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.repdesk.i18n.Messages;
import org.repdesk.report.Pdf;
import org.repdesk.service.OwnerOnlyFile;

/** Previews a PDF document (case summary, caseload report) and prints it or saves it. */
final class DocumentDialog {

    private DocumentDialog() {
    }

    /** A document made in the background: its PDF bytes. */
    record Rendered(byte[] pdf, List<byte[]> pages) {
    }

    static void show(DeskState state, String title, String fileName, Background.Job<byte[]> makePdf) {
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
        HBox bar = new HBox(8, print, save, pages);
        VBox box = new VBox(8, bar, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(Buttons.close());
        final byte[][] pdf = new byte[1][];
        state.background().run(state.owner(), Messages.text("screens.document.failed"), () -> {
            byte[] bytes = makePdf.run();
            return new Rendered(bytes, Pdf.pagesAsPng(bytes, 110));
        }, r -> {
            pdf[0] = r.pdf();
            preview.showPages(r.pages());
            pages.setText(Messages.text("screens.document.pages", Map.of("n", r.pages().size())));
            print.setDisable(false);
            save.setDisable(false);
        });
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
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("screens.document.saveTitle", Map.of("title", title)));
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("screens.document.pdfFiles"), "*.pdf"));
            File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                byte[] bytes = pdf[0];
                state.background().run(state.owner(), Messages.text("screens.document.notSaved"), () -> {
                    OwnerOnlyFile.write(file.toPath(), out -> out.write(bytes));
                    return Files.size(file.toPath());
                }, size -> state.dialogs().inform(Messages.text("screens.document.saved"),
                        List.of(Messages.text("screens.document.savedTo", Map.of("title", title, "file", file.toString())))));
            }
        });
        dialog.showAndWait();
    }
}
