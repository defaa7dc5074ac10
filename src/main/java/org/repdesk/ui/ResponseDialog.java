package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.ResponseChannel;

/** Records what the employer said on a demand; it may change the status and carry a promised date. */
final class ResponseDialog {

    private ResponseDialog() {
    }

    static Optional<EmployerResponse> show(DeskState state, Demand demand) {
        Dialog<EmployerResponse> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("boards.response.title"));
        dialog.setHeaderText(demand.title());
        DateField date = new DateField(Messages.text("boards.meeting.date"), state.desk().cases().today());
        date.setId("response-date");
        TextArea said = new TextArea();
        said.setId("response-said");
        said.setPromptText(Messages.text("boards.response.saidPrompt"));
        said.setPrefRowCount(4);
        said.setWrapText(true);
        TextField by = new TextField();
        by.setPromptText(Messages.text("screens.response.byPrompt"));
        ComboBox<ResponseChannel> channel = new ComboBox<>();
        LabelCells.on(channel);
        channel.getItems().setAll(ResponseChannel.values());
        channel.setValue(ResponseChannel.MEETING);
        ComboBox<Pick<DemandStatus>> status = Pick.box(Messages.text("boards.response.noChange", org.repdesk.ui.demands.DemandWords.status(demand.status())),
                List.of(DemandStatus.values()));
        status.setId("response-status");
        DateField promised = new DateField(Messages.text("boards.response.promised"), null);
        promised.setPromptText(Messages.text("screens.response.promisedPrompt"));
        for (ComboBox<?> box : List.of(channel, status)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.meeting.dateLabel"), date);
        grid.add(Messages.text("boards.response.saidLabel"), said);
        grid.add(Messages.text("boards.response.byLabel"), by);
        grid.add(Messages.text("boards.response.whereLabel"), channel);
        grid.add(Messages.text("boards.response.statusLabel"), status);
        grid.add(Messages.text("boards.response.promisedLabel"), promised);
        Label problems = FormDialog.problems();
        ButtonType save = new ButtonType(Messages.text("boards.response.save"), ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 580, save, "response-save", grid, problems);
        java.util.function.Supplier<EmployerResponse> draft = () -> EmployerResponse.of(demand.id(), date.date(),
                said.getText(), by.getText(), channel.getValue(), Pick.selected(status), promised.date(), null);
        Runnable check = () -> {
            List<String> found = new ArrayList<>();
            for (DateField f : List.of(date, promised)) {
                if (!f.problemProperty().get().isEmpty()) {
                    found.add(f.problemProperty().get());
                }
            }
            found.addAll(draft.get().problems());
            problems.setText(String.join("\n", found));
            saveButton.setDisable(!found.isEmpty());
        };
        for (Observable o : List.of(date.getEditor().textProperty(), date.valueProperty(), said.textProperty(),
                by.textProperty(), channel.valueProperty(), status.valueProperty(), promised.getEditor().textProperty(),
                promised.valueProperty())) {
            o.addListener(x -> check.run());
        }
        check.run();
        dialog.setOnShown(e -> said.requestFocus());
        dialog.setResultConverter(b -> b == save ? draft.get() : null);
        return dialog.showAndWait();
    }
}
