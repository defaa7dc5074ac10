package org.repdesk.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.ui.demands.DemandWords;
import org.repdesk.ui.demands.StatusChangeViewModel;

/**
 * Asks when a demand's status changed, and why, before the change joins its history: lays out and
 * binds a {@link StatusChangeViewModel}, which checks and saves; the dialog closes once it is saved.
 */
final class StatusChangeDialog {

    private StatusChangeDialog() {
    }

    static void show(Window owner, StatusChangeViewModel vm) {
        Dialog<Demand> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("cases.status-change.title"));
        dialog.setHeaderText(vm.demand().title() + "\n" + DemandWords.status(vm.demand().status()) + " → "
                + DemandWords.status(vm.to()));
        DateField date = DateField.over(Messages.text("cases.entry.date.name"), vm.dateProperty(),
                vm.dateTypedProblemProperty());
        date.setId("status-date");
        TextArea note = new TextArea();
        note.setId("status-note");
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.setPromptText(Messages.text("cases.status-change.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("cases.entry.date"), date, vm.dateProblem().shownProperty(), "status-date-problem");
        grid.add(Messages.text("cases.status-change.note"), note, vm.noteProblem().shownProperty(), "status-note-problem");
        var problems = FormDialog.problems(vm.formProblemProperty(), "status-problems");
        ButtonType ok = new ButtonType(Messages.text("cases.status-change.title"), ButtonBar.ButtonData.OK_DONE);
        var okButton = FormDialog.lay(dialog, 480, ok, "status-ok", grid, problems);
        FormDialog.savesThrough(dialog, okButton, vm.cannotSaveProperty(), vm::save);
        FormDialog.refitWhenChanged(dialog, vm.dateProblem().shownProperty(), vm.noteProblem().shownProperty(),
                vm.formProblemProperty());
        dialog.showAndWait();
    }
}
