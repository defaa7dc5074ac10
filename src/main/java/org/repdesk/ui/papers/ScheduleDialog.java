package org.repdesk.ui.papers;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.DateField;
import org.repdesk.ui.FormGrid;

/** Adding or correcting a deadline or hearing: lays out and binds its {@link ScheduleViewModel}. */
public final class ScheduleDialog {

    private ScheduleDialog() {
    }

    public static Optional<ScheduleViewModel.Result> show(Window owner, ScheduleViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text(vm.isEditing() ? "papers.schedule.edit-title" : "papers.schedule.title"));
        dialog.setHeaderText(Messages.text("papers.schedule.header"));
        dialog.setResizable(true);

        TextField what = new TextField();
        what.setId("deadline-what");
        what.setPromptText(Messages.text("papers.schedule.what-prompt"));
        what.textProperty().bindBidirectional(vm.whatProperty());
        CheckBox hearing = new CheckBox(Messages.text("papers.schedule.is-hearing"));
        hearing.setId("deadline-hearing");
        hearing.selectedProperty().bindBidirectional(vm.hearingProperty());

        ToggleGroup mode = new ToggleGroup();
        RadioButton onDate = new RadioButton(Messages.text("papers.schedule.on-date"));
        RadioButton afterDays = new RadioButton(Messages.text("papers.schedule.after-days"));
        onDate.setToggleGroup(mode);
        afterDays.setToggleGroup(mode);
        afterDays.setId("deadline-mode-working-days");
        (vm.byWorkingDaysProperty().get() ? afterDays : onDate).setSelected(true);
        afterDays.selectedProperty().addListener((o, a, now) -> vm.byWorkingDaysProperty().set(now));

        DateField due = new DateField(Messages.text("papers.schedule.due-label"), vm.dueDateProperty().get());
        due.setId("deadline-due");
        due.getEditor().textProperty().addListener((o, a, t) -> vm.dueDateProperty().set(due.date()));
        due.valueProperty().addListener((o, a, d) -> vm.dueDateProperty().set(d));
        vm.dueTypedProblemProperty().bind(due.problemProperty());
        due.disableProperty().bind(vm.byWorkingDaysProperty());

        Spinner<Integer> days = new Spinner<>(0, 365, vm.daysProperty().get());
        days.setEditable(true);
        days.setPrefWidth(90);
        days.setId("deadline-days");
        days.valueProperty().addListener((o, a, n) -> vm.daysProperty().set(n));
        days.getEditor().textProperty().addListener((o, a, text) -> {
            try {
                days.getValueFactory().setValue(Integer.parseInt(text.strip()));
            } catch (NumberFormatException | NullPointerException ignored) {
                // the spinner keeps its last number; the form shows the date it gives
            }
        });
        DateField from = new DateField(Messages.text("papers.schedule.from-label"), vm.fromProperty().get());
        from.setId("deadline-from");
        from.getEditor().textProperty().addListener((o, a, t) -> vm.fromProperty().set(from.date()));
        from.valueProperty().addListener((o, a, d) -> vm.fromProperty().set(d));
        vm.fromTypedProblemProperty().bind(from.problemProperty());
        HBox working = new HBox(8, days, new Label(Messages.text("papers.schedule.working-days-after")), from);
        working.disableProperty().bind(vm.byWorkingDaysProperty().not());
        Label result = new Label();
        result.setId("deadline-result");
        result.getStyleClass().add("strong");
        result.textProperty().bind(vm.resultProperty());

        FormGrid grid = new FormGrid();
        grid.add(Messages.text("papers.schedule.what-label"), what);
        grid.addWide(hearing);
        grid.addWide(onDate);
        grid.add(Messages.text("papers.schedule.due-label"), due);
        grid.addWide(afterDays);
        grid.addWide(working);
        grid.addWide(result);

        FormGrid room = new FormGrid();
        room.add(Messages.text("papers.schedule.time-label"), field("hearing-time", vm.timeProperty(), "10:00"));
        room.add(Messages.text("papers.schedule.place-label"), field("hearing-place", vm.placeProperty(),
                Messages.text("papers.schedule.place-prompt")));
        room.add(Messages.text("papers.schedule.length-label"), field("hearing-length", vm.lengthProperty(),
                Messages.text("papers.schedule.length-prompt")));
        room.add(Messages.text("papers.schedule.chair-label"), field("hearing-chair", vm.chairProperty(), ""));
        room.add(Messages.text("papers.schedule.management-label"), field("hearing-management", vm.managementProperty(), ""));
        room.add(Messages.text("papers.schedule.note-taker-label"), field("hearing-note-taker", vm.noteTakerProperty(), ""));
        CheckBox companion = new CheckBox(Messages.text("papers.schedule.companion"));
        companion.setId("hearing-companion");
        companion.selectedProperty().bindBidirectional(vm.companionAllowedProperty());
        room.addWide(companion);
        room.visibleProperty().bind(vm.hearingProperty());
        room.managedProperty().bind(room.visibleProperty());

        Label problems = new Label();
        problems.setId("deadline-problems");
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());

        ButtonType save = new ButtonType(Messages.text("papers.attach.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, org.repdesk.ui.Buttons.cancel());
        org.repdesk.ui.TypedInDialog.asksBeforeLosing(dialog);
        VBox box = new VBox(10, grid, room, problems);
        box.setPrefWidth(580);
        dialog.getDialogPane().setContent(box);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("deadline-save");
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        // The form grows when "hearing" is ticked: the window follows.
        room.visibleProperty().addListener((o, a, b) -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        dialog.setOnShown(e -> what.requestFocus());
        return dialog.showAndWait().filter(b -> b == save).map(b -> vm.result());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
