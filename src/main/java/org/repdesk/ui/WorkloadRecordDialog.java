package org.repdesk.ui;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.ui.workload.WorkloadRecordViewModel;
import org.repdesk.ui.workload.WorkloadRecordViewModel.Field;

/**
 * One week's workload figures for a member: lays out and binds a {@link WorkloadRecordViewModel}.
 * Each field's problem shows under it once the field was touched; Save is enabled by the form's validity.
 */
final class WorkloadRecordDialog {

    private WorkloadRecordDialog() {
    }

    static Optional<WorkloadRecord> show(Window owner, WorkloadRecordViewModel vm) {
        Dialog<WorkloadRecord> dialog = new Dialog<>();
        dialog.initOwner(owner);
        // The member in the title, not a header: at 700 pixels high the header pushed Save off the screen.
        dialog.setTitle(Messages.text("boards.wmt.header", Messages.text(vm.isEditing() ? "papers.workload.edit-title"
                : "boards.wmt.addTitle"), vm.member().shownName()));
        // The date as typed (before the field loses focus); text that is not a date is kept, with its problem.
        DateField week = DateField.over(Messages.text("boards.wmt.weekOf"), vm.weekOfProperty(),
                vm.weekOfTypedProblemProperty());
        week.setId("wr-week");
        week.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.touch(Field.WEEK_OF);
            }
        });
        TextField capacity = field(vm, Field.CAPACITY, "wr-capacity");
        capacity.setPromptText(Messages.text("boards.wmt.capacityPrompt"));
        TextField points = field(vm, Field.POINTS, "wr-points");
        TextField contracted = field(vm, Field.CONTRACTED, "wr-contracted");
        TextField reduction = field(vm, Field.REDUCTION, "wr-reduction");
        TextField cases = field(vm, Field.CASES, "wr-cases");
        TextField worked = field(vm, Field.WORKED, "wr-worked");
        TextArea uncounted = new TextArea();
        uncounted.setId("wr-uncounted");
        uncounted.textProperty().bindBidirectional(vm.text(Field.UNCOUNTED));
        uncounted.setPrefRowCount(2);
        uncounted.setWrapText(true);
        uncounted.setPromptText(Messages.text("boards.wmt.uncountedPrompt"));
        Label computed = new Label();
        computed.setId("wr-computed");
        computed.getStyleClass().add("muted");
        computed.textProperty().bind(vm.computedProperty());
        computed.visibleProperty().bind(computed.textProperty().isNotEmpty());
        computed.managedProperty().bind(computed.visibleProperty()); // no blank gap while there is nothing to say

        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.wmt.weekOfLabel"), week, vm.shownProblem(Field.WEEK_OF), "wr-week-problem");
        grid.add(Messages.text("boards.wmt.capacityLabel"), capacity, vm.shownProblem(Field.CAPACITY),
                "wr-capacity-problem");
        grid.add(Messages.text("boards.wmt.pointsLabel"), points, vm.shownProblem(Field.POINTS), "wr-points-problem");
        grid.addWide(computed);
        grid.add(Messages.text("boards.wmt.contractedLabel"), contracted, vm.shownProblem(Field.CONTRACTED),
                "wr-contracted-problem");
        grid.add(Messages.text("boards.wmt.reductionLabel"), reduction, vm.shownProblem(Field.REDUCTION),
                "wr-reduction-problem");
        grid.add(Messages.text("boards.wmt.casesLabel"), cases, vm.shownProblem(Field.CASES), "wr-cases-problem");
        grid.add(Messages.text("boards.wmt.workedLabel"), worked, vm.shownProblem(Field.WORKED), "wr-worked-problem");
        grid.add(Messages.text("boards.wmt.uncountedLabel"), uncounted, vm.shownProblem(Field.UNCOUNTED),
                "wr-uncounted-problem");
        // Said of the form as a whole (no figure at all), once Save was pressed.
        Label formProblem = FormDialog.problems(vm.shownFormProblem(), "wr-problems");
        ButtonType saveType = new ButtonType(Messages.text("boards.common.save"), ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 560, saveType, "wr-save", grid, formProblem);
        saveButton.disableProperty().bind(vm.cannotSave());
        // Pressed with problems, Save shows them all and the form stays open.
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (vm.save().isEmpty()) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> capacity.requestFocus());
        for (Field f : Field.values()) {
            FormDialog.refitWhenChanged(dialog, vm.shownProblem(f));
        }
        FormDialog.refitWhenChanged(dialog, vm.computedProperty(), vm.shownFormProblem());
        dialog.setResultConverter(b -> b != saveType ? null : vm.save().orElse(null));
        return dialog.showAndWait();
    }

    private static TextField field(WorkloadRecordViewModel vm, Field f, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(vm.text(f));
        touchOnLeaving(vm, f, t);
        return t;
    }

    private static void touchOnLeaving(WorkloadRecordViewModel vm, Field f, TextInputControl t) {
        t.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.touch(f);
            }
        });
    }
}
