package org.repdesk.ui.absence;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;

/** The Attendance tab of Settings: lays out and binds {@link AttendanceSettingsViewModel}. */
public final class AttendanceSettingsPane extends VBox {

    public AttendanceSettingsPane(AttendanceSettingsViewModel vm) {
        super(8);
        Label hint = new Label(Messages.text("absence.setting.hint"));
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        for (String f : AttendanceSettingsViewModel.FIELDS) {
            TextField field = new TextField();
            field.setId("attendance-" + f);
            field.setPrefColumnCount(5);
            field.textProperty().bindBidirectional(vm.field(f));
            Label label = new Label(Messages.text("absence.setting." + f));
            label.getStyleClass().add("form-label");
            label.setLabelFor(field); // the field's name to a screen reader
            grid.addRow(row++, label, field);
        }
        CheckBox moreThan = new CheckBox(Messages.text("absence.setting.reachedOnlyWhenMore"));
        moreThan.setId("attendance-more-than");
        moreThan.selectedProperty().bindBidirectional(vm.reachedOnlyWhenMoreProperty());
        getChildren().addAll(hint, grid, moreThan);
    }
}
