package org.repdesk.ui.print;

import java.util.Map;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Printers;
import org.repdesk.ui.Background;
import org.repdesk.ui.FormGrid;

/**
 * Print ▸ choose a printer (every queue the computer has; the default chosen), paper and copies;
 * the job goes to the print system off the FX thread, and the dialog says what became of it.
 */
public final class PrintDialog {

    private PrintDialog() {
    }

    /** Shows the dialog for the PDF {@code pdf}, the job named {@code title}, and waits until it is closed. */
    public static void show(javafx.stage.Window owner, Background background, String title, byte[] pdf) {
        create(owner, background, PrintViewModel.onThisComputer(title, pdf)).showAndWait();
    }

    static Dialog<ButtonType> create(javafx.stage.Window owner, Background background, PrintViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("print.dialog.title", Map.of("title", vm.title())));
        dialog.setHeaderText(vm.title());

        ComboBox<Printers.Queue> printer = new ComboBox<>(vm.queues());
        printer.setId("print-printer");
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        printer.setMaxWidth(Double.MAX_VALUE);
        printer.setCellFactory(list -> new QueueCell());
        printer.setButtonCell(new QueueCell());
        ChoiceBox<Printers.Paper> paper = new ChoiceBox<>();
        paper.setId("print-paper");
        paper.getItems().setAll(Printers.Paper.values());
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Printers.Paper p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Printers.Paper fromString(String s) {
                return null;
            }
        });
        TextField copies = new TextField();
        copies.setId("print-copies");
        copies.setPrefColumnCount(3);
        copies.textProperty().bindBidirectional(vm.copiesProperty());
        Label copiesProblem = new Label();
        copiesProblem.setId("print-copies-problem");
        copiesProblem.getStyleClass().add("problems");
        copiesProblem.textProperty().bind(vm.copiesProblemProperty());
        copiesProblem.setWrapText(true);

        FormGrid form = new FormGrid();
        form.setHgap(8);
        form.setVgap(8);
        form.add(Messages.text("print.dialog.printer"), printer);
        form.add(Messages.text("print.dialog.paper"), paper);
        GridPane copiesRow = new GridPane();
        copiesRow.setHgap(8);
        copiesRow.addRow(0, copies, copiesProblem);
        GridPane.setHgrow(copiesProblem, Priority.ALWAYS);
        form.add(Messages.text("print.dialog.copies"), copiesRow);

        Label status = new Label();
        status.setId("print-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        // The dialog grows to the whole line (a confirmation or what to install), never cut to "…".
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        vm.failedProperty().addListener((o, was, now) -> styleAs(status, "problems", now));
        vm.sentProperty().addListener((o, was, now) -> styleAs(status, "success", now));
        styleAs(status, "problems", vm.failedProperty().get());

        VBox content = new VBox(12, form, status);
        content.setPadding(new Insets(8, 8, 0, 8));
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        ButtonType printType = new ButtonType(Messages.text("print.dialog.print"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(printType, org.repdesk.ui.Buttons.close());
        Button print = (Button) dialog.getDialogPane().lookupButton(printType);
        print.setId("print-send");
        // Close, Esc, Ctrl+W and the close box ask before a printer, paper or copies chosen are lost,
        // until the job is sent: the dialog stays open to say so, and then closes at once.
        org.repdesk.ui.TypedInDialog.asksBeforeLosing(dialog);
        vm.sentProperty().addListener((o, was, now) -> {
            if (now) {
                org.repdesk.ui.TypedInDialog.used(dialog);
            }
        });
        print.disableProperty().bind(vm.canPrintProperty().not());
        print.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to say whether the job reached the printer
            Printers.Job job = vm.startJob();
            if (job != null) {
                background.run(owner, Messages.text("print.dialog.failed"), () -> vm.send(job), vm::sent,
                        () -> vm.sent(new PrintViewModel.Outcome(false, Messages.text("print.dialog.failed"))));
            }
        });
        // The default printer the dialog chooses itself, maybe after the rep's first click: not their typing.
        background.run(owner, Messages.text("print.dialog.failed"), vm::findQueues,
                found -> org.repdesk.ui.TypedInDialog.filledIn(dialog, () -> vm.queuesFound(found)));
        return dialog;
    }

    private static void styleAs(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** A printer by its name, the system's default marked. */
    private static final class QueueCell extends ListCell<Printers.Queue> {
        @Override
        protected void updateItem(Printers.Queue q, boolean empty) {
            super.updateItem(q, empty);
            setText(empty || q == null ? null
                    : q.isDefault() ? Messages.text("print.queue.default", Map.of("name", q.name())) : q.name());
        }
    }
}
