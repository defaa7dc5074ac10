package org.repdesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.Observable;
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
import javafx.stage.Window;
import org.repdesk.model.Deadline;

/**
 * Adds a deadline or hearing, either on a date or as "N working days after DATE" (weekends and
 * bank holidays of England and Wales skipped), showing the resulting date before saving.
 */
final class DeadlineDialog {

    private DeadlineDialog() {
    }

    static Optional<Deadline> show(Window owner, UUID caseId, LocalDate today,
            BiFunction<LocalDate, Integer, LocalDate> workingDaysAfter) {
        Dialog<Deadline> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add deadline or hearing");
        dialog.setHeaderText("What is due, and when?");

        TextField what = new TextField();
        what.setId("deadline-what");
        what.setPromptText("e.g. Appeal letter to the decision manager");
        CheckBox hearing = new CheckBox("This is a hearing or formal meeting");
        hearing.setId("deadline-hearing");
        ToggleGroup mode = new ToggleGroup();
        RadioButton onDate = new RadioButton("On a date");
        RadioButton afterDays = new RadioButton("Working days after a date");
        onDate.setToggleGroup(mode);
        afterDays.setToggleGroup(mode);
        onDate.setSelected(true);
        afterDays.setId("deadline-mode-working-days");
        DateField due = new DateField("Due date", today);
        due.setId("deadline-due");
        Spinner<Integer> days = new Spinner<>(0, 365, 5);
        days.setEditable(true);
        days.setPrefWidth(90);
        days.setId("deadline-days");
        DateField from = new DateField("Start date", today);
        from.setId("deadline-from");
        Label result = new Label();
        result.setId("deadline-result");
        result.getStyleClass().add("strong");
        HBox working = new HBox(8, days, new Label("working days after"), from);

        FormGrid grid = new FormGrid();
        grid.add("_What is due", what);
        grid.addWide(hearing);
        grid.addWide(onDate);
        grid.add("Due", due);
        grid.addWide(afterDays);
        grid.addWide(working);
        grid.addWide(result);
        Label problems = FormDialog.problems();
        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 560, saveType, "deadline-save", grid, problems);

        java.util.function.Supplier<LocalDate> dueDate = () -> {
            if (onDate.isSelected()) {
                return due.date();
            }
            LocalDate start = from.date();
            Integer n = days.getValue();
            return start == null || n == null ? null : workingDaysAfter.apply(start, n);
        };
        Runnable check = () -> {
            due.setDisable(!onDate.isSelected());
            working.setDisable(onDate.isSelected());
            List<String> found = new ArrayList<>();
            DateField active = onDate.isSelected() ? due : from;
            if (!active.problemProperty().get().isEmpty()) {
                found.add(active.problemProperty().get());
            }
            LocalDate d = dueDate.get();
            result.setText(d == null ? "" : "Due on " + d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.UK) + " " + DateField.format(d));
            found.addAll(Deadline.of(caseId, d, what.getText(), hearing.isSelected()).problems());
            problems.setText(String.join("\n", found));
            saveButton.setDisable(!found.isEmpty());
        };
        days.getEditor().textProperty().addListener((o, a, text) -> {
            try {
                days.getValueFactory().setValue(Integer.parseInt(text.strip()));
            } catch (NumberFormatException | NullPointerException ignored) {
                // the spinner keeps its last number; check() shows the date it gives
            }
        });
        for (Observable o : List.of(what.textProperty(), hearing.selectedProperty(), mode.selectedToggleProperty(),
                due.getEditor().textProperty(), due.valueProperty(), days.valueProperty(),
                from.getEditor().textProperty(), from.valueProperty())) {
            o.addListener(x -> check.run());
        }
        check.run();
        dialog.setOnShown(e -> what.requestFocus());
        dialog.setResultConverter(b -> b == saveType
                ? Deadline.of(caseId, dueDate.get(), what.getText(), hearing.isSelected()) : null);
        return dialog.showAndWait();
    }
}
