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
                : "boards.wmt.addTitle"), vm.member().name()));
        DateField week = new DateField(Messages.text("boards.wmt.weekOf"), vm.weekOfProperty().get());
        week.setId("wr-week");
        week.valueProperty().bindBidirectional(vm.weekOfProperty());
        vm.weekOfTypedProblemProperty().bind(week.problemProperty());
        // A date typed but not yet committed (focus still in the field) counts as given.
        week.getEditor().textProperty().addListener((o, a, t) -> {
            var typed = week.date();
            if (typed != null && !typed.equals(vm.weekOfProperty().get())) {
                vm.weekOfProperty().set(typed);
            }
        });
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
        grid.add(Messages.text("boards.wmt.weekOfLabel"), FieldProblem.under(week, vm.shownProblem(Field.WEEK_OF),
                "wr-week-problem"));
        grid.add(Messages.text("boards.wmt.capacityLabel"), FieldProblem.under(capacity,
                vm.shownProblem(Field.CAPACITY), "wr-capacity-problem"));
        grid.add(Messages.text("boards.wmt.pointsLabel"), FieldProblem.under(points, vm.shownProblem(Field.POINTS),
                "wr-points-problem"));
        grid.addWide(computed);
        grid.add(Messages.text("boards.wmt.contractedLabel"), FieldProblem.under(contracted,
                vm.shownProblem(Field.CONTRACTED), "wr-contracted-problem"));
        grid.add(Messages.text("boards.wmt.reductionLabel"), FieldProblem.under(reduction,
                vm.shownProblem(Field.REDUCTION), "wr-reduction-problem"));
        grid.add(Messages.text("boards.wmt.casesLabel"), FieldProblem.under(cases, vm.shownProblem(Field.CASES),
                "wr-cases-problem"));
        grid.add(Messages.text("boards.wmt.workedLabel"), FieldProblem.under(worked, vm.shownProblem(Field.WORKED),
                "wr-worked-problem"));
        grid.add(Messages.text("boards.wmt.uncountedLabel"), FieldProblem.under(uncounted,
                vm.shownProblem(Field.UNCOUNTED), "wr-uncounted-problem"));
        // Said of the form as a whole (no figure at all): always, as the reason Save waits.
        // Each label level with its field's text, not centred on the field and the problem under it.
        for (javafx.scene.Node n : grid.getChildren()) {
            if (javafx.scene.layout.GridPane.getColumnIndex(n) == 0 && n instanceof Label l) {
                javafx.scene.layout.GridPane.setValignment(l, javafx.geometry.VPos.TOP);
                l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
            }
        }
        Label formProblem = FormDialog.problems();
        formProblem.setId("wr-problems");
        formProblem.textProperty().bind(vm.formProblemProperty());
        formProblem.visibleProperty().bind(formProblem.textProperty().isNotEmpty());
        formProblem.managedProperty().bind(formProblem.visibleProperty());
        ButtonType saveType = new ButtonType(Messages.text("boards.common.save"), ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 560, saveType, "wr-save", grid, formProblem);
        saveButton.disableProperty().bind(vm.cannotSave());
        dialog.setOnShown(e -> capacity.requestFocus());
        // A dialog keeps the height it opened with: as problems appear (or go) under the fields it grows
        // (or shrinks) to fit them, so Save and Cancel stay in sight.
        for (Field f : Field.values()) {
            vm.shownProblem(f).addListener((o, a, b) -> refit(dialog));
        }
        vm.computedProperty().addListener((o, a, b) -> refit(dialog));
        vm.formProblemProperty().addListener((o, a, b) -> refit(dialog));
        dialog.setResultConverter(b -> b != saveType ? null : vm.save().orElse(null));
        return dialog.showAndWait();
    }

    private static void refit(Dialog<?> dialog) {
        javafx.application.Platform.runLater(() -> {
            var window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        });
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
