package org.repdesk.ui;

import org.repdesk.i18n.Messages;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;

/** Asks when a demand's status changed, and why, before the change joins its history. */
final class StatusChangeDialog {

    record Change(LocalDate date, String note) {
    }

    private StatusChangeDialog() {
    }

    static Optional<Change> show(Window owner, Demand demand, DemandStatus to, LocalDate today) {
        Dialog<Change> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("cases.status-change.title"));
        dialog.setHeaderText(demand.title() + "\n" + org.repdesk.ui.demands.DemandWords.status(demand.status()) + " → " + org.repdesk.ui.demands.DemandWords.status(to));
        DateField date = new DateField(Messages.text("cases.entry.date.name"), today);
        date.setId("status-date");
        TextArea note = new TextArea();
        note.setId("status-note");
        note.setPromptText(Messages.text("cases.status-change.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("cases.entry.date"), date);
        grid.add(Messages.text("cases.status-change.note"), note);
        Label problem = new Label();
        problem.getStyleClass().add("problems");
        problem.textProperty().bind(date.problemProperty());
        dialog.getDialogPane().setContent(new VBox(8, grid, problem));
        ButtonType ok = new ButtonType(Messages.text("cases.status-change.title"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, Buttons.cancel());
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("status-ok");
        Runnable check = () -> okButton.setDisable(date.date() == null || !date.problemProperty().get().isEmpty());
        date.getEditor().textProperty().addListener(x -> check.run());
        date.valueProperty().addListener(x -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == ok ? new Change(date.date(), note.getText()) : null);
        return dialog.showAndWait();
    }
}
