package org.repdesk.ui.absence;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.FormGrid;

/**
 * The Attendance tab of Settings: lays out and binds {@link AttendanceSettingsViewModel}, each
 * figure's problem right under its field.
 */
public final class AttendanceSettingsPane extends VBox {

    public AttendanceSettingsPane(AttendanceSettingsViewModel vm) {
        super(8);
        Label hint = new Label(Messages.text("absence.setting.hint"));
        hint.setWrapText(true);
        FormGrid grid = new FormGrid();
        for (String f : AttendanceSettingsViewModel.FIELDS) {
            TextField field = new TextField();
            field.setId("attendance-" + f);
            field.setPrefColumnCount(5);
            field.textProperty().bindBidirectional(vm.field(f));
            // The label names the field to a screen reader; the problem is its help while wrong.
            grid.add(Messages.text("absence.setting." + f), field, vm.problem(f).shownProperty(),
                    "attendance-" + f + "-problem");
        }
        CheckBox moreThan = new CheckBox(Messages.text("absence.setting.reachedOnlyWhenMore"));
        moreThan.setId("attendance-more-than");
        moreThan.selectedProperty().bindBidirectional(vm.reachedOnlyWhenMoreProperty());
        getChildren().addAll(hint, grid, moreThan);
    }
}
