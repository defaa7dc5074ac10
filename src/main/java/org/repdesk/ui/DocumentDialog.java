package org.repdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
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
        PagePreview preview = new PagePreview("Preparing the pages…");
        preview.setPrefSize(640, 640);
        Button print = new Button("Print…");
        print.setId("document-print");
        Button save = new Button("Save as PDF…");
        save.setId("document-save");
        print.setDisable(true);
        save.setDisable(true);
        Label pages = new Label();
        pages.getStyleClass().add("muted");
        HBox bar = new HBox(8, print, save, pages);
        VBox box = new VBox(8, bar, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        final byte[][] pdf = new byte[1][];
        state.background().run(state.owner(), "The document could not be prepared", () -> {
            byte[] bytes = makePdf.run();
            return new Rendered(bytes, Pdf.pagesAsPng(bytes, 110));
        }, r -> {
            pdf[0] = r.pdf();
            preview.showPages(r.pages());
            pages.setText(r.pages().size() + (r.pages().size() == 1 ? " page" : " pages"));
            print.setDisable(false);
            save.setDisable(false);
        });
        print.setOnAction(e -> {
            if (state.plainTextAllowed(org.repdesk.i18n.Messages.text("print.consent"))) {
                org.repdesk.ui.print.PrintDialog.show(dialog.getDialogPane().getScene().getWindow(), state.background(),
                        title, pdf[0]);
            }
        });
        save.setOnAction(e -> {
            if (!state.plainTextAllowed("the PDF \"" + title + "\"")) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save " + title);
            chooser.setInitialFileName(fileName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF files", "*.pdf"));
            File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                byte[] bytes = pdf[0];
                state.background().run(state.owner(), "The PDF was not saved", () -> {
                    OwnerOnlyFile.write(file.toPath(), out -> out.write(bytes));
                    return Files.size(file.toPath());
                }, size -> Alerts.info(state.owner(), "Saved", List.of(title + " saved to " + file + ".")));
            }
        });
        dialog.showAndWait();
    }
}
