package org.repdesk.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.ResponseChannel;
import org.repdesk.ui.demands.DemandWords;
import org.repdesk.ui.demands.ResponseViewModel;

/**
 * Records what the employer said on a demand: lays out and binds a {@link ResponseViewModel}, which
 * checks the fields (each problem under its field) and saves; the dialog closes once it is saved.
 */
final class ResponseDialog {

    private ResponseDialog() {
    }

    static void show(Window owner, ResponseViewModel vm) {
        Dialog<EmployerResponse> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("boards.response.title"));
        dialog.setHeaderText(vm.demand().title());
        DateField date = DateField.over(Messages.text("boards.meeting.date"), vm.dateProperty(),
                vm.dateTypedProblemProperty());
        date.setId("response-date");
        TextArea said = new TextArea();
        said.setId("response-said");
        said.textProperty().bindBidirectional(vm.saidProperty());
        said.setPromptText(Messages.text("boards.response.saidPrompt"));
        said.setPrefRowCount(4);
        said.setWrapText(true);
        TextField by = new TextField();
        by.setId("response-by");
        by.textProperty().bindBidirectional(vm.byProperty());
        by.setPromptText(Messages.text("screens.response.byPrompt"));
        ComboBox<ResponseChannel> channel = new ComboBox<>();
        LabelCells.on(channel);
        channel.getItems().setAll(ResponseChannel.values());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        ComboBox<Pick<DemandStatus>> status = Pick.box(Messages.text("boards.response.noChange",
                DemandWords.status(vm.demand().status())), List.of(DemandStatus.values()));
        status.setId("response-status");
        Pick.bind(status, vm.statusProperty());
        DateField promised = DateField.over(Messages.text("boards.response.promised"), vm.promisedProperty(),
                vm.promisedTypedProblemProperty());
        promised.setId("response-promised");
        promised.setPromptText(Messages.text("screens.response.promisedPrompt"));
        for (ComboBox<?> box : List.of(channel, status)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.meeting.dateLabel"), date, vm.dateProblem().shownProperty(), "response-date-problem");
        grid.add(Messages.text("boards.response.saidLabel"), said, vm.saidProblem().shownProperty(), "response-said-problem");
        grid.add(Messages.text("boards.response.byLabel"), by, vm.byProblem().shownProperty(), "response-by-problem");
        grid.add(Messages.text("boards.response.whereLabel"), channel);
        grid.add(Messages.text("boards.response.statusLabel"), status);
        grid.add(Messages.text("boards.response.promisedLabel"), promised, vm.promisedProblem().shownProperty(),
                "response-promised-problem");
        var problems = FormDialog.problems(vm.formProblemProperty(), "response-problems");
        ButtonType save = new ButtonType(Messages.text("boards.response.save"), ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 580, save, "response-save", grid, problems);
        FormDialog.savesThrough(dialog, saveButton, vm.cannotSaveProperty(), vm::save);
        FormDialog.refitWhenChanged(dialog, vm.dateProblem().shownProperty(), vm.saidProblem().shownProperty(),
                vm.byProblem().shownProperty(), vm.promisedProblem().shownProperty(), vm.formProblemProperty());
        dialog.setOnShown(e -> said.requestFocus());
        dialog.showAndWait();
    }
}
