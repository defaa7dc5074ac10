package org.repdesk.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.Priority;
import org.repdesk.ui.demands.DemandFormViewModel;

/**
 * Adds or edits a demand: lays out and binds a {@link DemandFormViewModel}, which checks the fields
 * (each problem under its field) and saves; the dialog closes once it is saved.
 */
final class DemandDialog {

    private DemandDialog() {
    }

    static void show(Window owner, DemandFormViewModel vm) {
        Dialog<Demand> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text(vm.isEditing() ? "boards.demand.editTitle" : "boards.demand.newTitle"));
        dialog.setHeaderText(vm.isEditing() ? vm.editing().title() : Messages.text("boards.demand.header"));
        TextField title = new TextField();
        title.setId("demand-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextArea text = new TextArea();
        text.setId("demand-text");
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setPrefRowCount(4);
        text.setWrapText(true);
        ComboBox<DemandKind> kind = new ComboBox<>();
        LabelCells.on(kind);
        kind.getItems().setAll(DemandKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField raisedBy = new TextField();
        raisedBy.setId("demand-raised-by");
        raisedBy.textProperty().bindBidirectional(vm.raisedByProperty());
        raisedBy.setPromptText(Messages.text("screens.demand.raisedByPrompt"));
        DateField raisedOn = DateField.over(Messages.text("boards.demand.raisedOn"), vm.raisedOnProperty(),
                vm.raisedOnTypedProblemProperty());
        raisedOn.setId("demand-raised-on");
        ComboBox<Priority> priority = new ComboBox<>();
        LabelCells.on(priority);
        priority.getItems().setAll(Priority.values());
        priority.valueProperty().bindBidirectional(vm.priorityProperty());
        ComboBox<Pick<CaseType>> evidenceType = Pick.box(Messages.text("boards.demand.noRule"), List.of(CaseType.values()));
        Pick.bind(evidenceType, vm.evidenceTypeProperty());
        CheckBox onlyWorkloadFactor = new CheckBox(Messages.text("boards.demand.onlyWorkloadFactor"));
        onlyWorkloadFactor.selectedProperty().bindBidirectional(vm.onlyWorkloadFactorProperty());
        onlyWorkloadFactor.disableProperty().bind(vm.noRuleProperty());
        onlyWorkloadFactor.setWrapText(true); // cut to "(yes or …" at 600 pixels, longer in Welsh
        onlyWorkloadFactor.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (ComboBox<?> box : List.of(kind, priority, evidenceType)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.meeting.titleLabel"), title, vm.titleProblem().shownProperty(), "demand-title-problem");
        grid.add(Messages.text("boards.demand.textLabel"), text, vm.textProblem().shownProperty(), "demand-text-problem");
        grid.add(Messages.text("boards.demand.kindLabel"), kind);
        grid.add(Messages.text("boards.demand.byLabel"), raisedBy, vm.raisedByProblem().shownProperty(),
                "demand-raised-by-problem");
        grid.add(Messages.text("boards.demand.onLabel"), raisedOn, vm.raisedOnProblem().shownProperty(),
                "demand-raised-on-problem");
        grid.add(Messages.text("boards.demand.priorityLabel"), priority);
        grid.add(Messages.text("boards.demand.ruleLabel"), evidenceType);
        grid.add("", onlyWorkloadFactor);
        var problems = FormDialog.problems(vm.formProblemProperty(), "demand-problems");
        ButtonType save = new ButtonType(Messages.text("boards.common.save"), ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 600, save, "demand-save", grid, problems);
        FormDialog.savesThrough(dialog, saveButton, vm.cannotSaveProperty(), vm::save);
        FormDialog.refitWhenChanged(dialog, vm.titleProblem().shownProperty(), vm.textProblem().shownProperty(),
                vm.raisedByProblem().shownProperty(), vm.raisedOnProblem().shownProperty(), vm.formProblemProperty());
        dialog.setOnShown(e -> title.requestFocus());
        dialog.showAndWait();
    }
}
