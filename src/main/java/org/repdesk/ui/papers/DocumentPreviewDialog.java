package org.repdesk.ui.papers;

import java.io.ByteArrayInputStream;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;

/** A document shown inside RepDesk (pages, picture or words), laid out over its view-model. */
final class DocumentPreviewDialog {

    private DocumentPreviewDialog() {
    }

    static void show(Window owner, DocumentPreviewViewModel vm, Runnable openInApplication) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("papers.preview.title"));
        dialog.headerTextProperty().bind(vm.headingProperty());
        dialog.setResizable(true);

        Label message = new Label();
        message.setId("preview-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        VBox pages = new VBox(14);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.getStyleClass().add("page-preview");
        ScrollPane scroller = new ScrollPane(pages);
        scroller.setId("preview-pages");
        scroller.setFitToWidth(true);
        vm.images().addListener((ListChangeListener<byte[]>) c -> {
            pages.getChildren().clear();
            int count = vm.images().size();
            for (byte[] png : vm.images()) {
                ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
                // A page's picture has no words of its own: a screen reader says "Page 2 of 5".
                view.setAccessibleText(Messages.text("screens.document.pageOf",
                        java.util.Map.of("n", pages.getChildren().size() + 1, "total", count)));
                view.setPreserveRatio(true);
                view.fitWidthProperty().bind(scroller.widthProperty().subtract(40).map(w -> Math.min(w.doubleValue(),
                        Math.max(view.getImage().getWidth(), 200))));
                VBox frame = new VBox(view);
                frame.getStyleClass().add("page-frame");
                frame.setMaxWidth(Double.NEGATIVE_INFINITY);
                pages.getChildren().add(frame);
            }
        });
        TextArea words = new TextArea();
        words.setId("preview-text");
        words.setEditable(false);
        words.setWrapText(true);
        words.textProperty().bind(vm.textProperty());
        words.accessibleTextProperty().bind(dialog.titleProperty()); // a screen reader names the paper shown
        words.visibleProperty().bind(vm.textProperty().isNotEmpty());
        scroller.visibleProperty().bind(words.visibleProperty().not());
        StackPane body = new StackPane(scroller, words);
        VBox.setVgrow(body, Priority.ALWAYS);

        ButtonType open = new ButtonType(Messages.text("papers.panel.open"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(open, org.repdesk.ui.Buttons.close());
        dialog.getDialogPane().lookupButton(open).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the preview stays open beside the application
            openInApplication.run();
        });
        VBox box = new VBox(8, message, body);
        // As tall as the screen allows with the dialog's heading and buttons (a 700-pixel laptop screen too).
        double room = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 230;
        box.setPrefSize(680, Math.max(300, Math.min(620, room)));
        dialog.getDialogPane().setContent(box);
        dialog.show();
    }
}
