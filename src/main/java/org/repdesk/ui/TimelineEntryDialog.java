package org.repdesk.ui;

import javafx.beans.Observable;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.ui.cases.TimelineEntryViewModel;

/**
 * Adds or corrects a timeline entry: lays out and binds a {@link TimelineEntryViewModel} (date,
 * kind, summary and the full note), which checks, keeps drafts and saves; the dialog closes once
 * the entry is saved.
 */
final class TimelineEntryDialog {

    private TimelineEntryDialog() {
    }

    static void show(Window owner, TimelineEntryViewModel vm) {
        Dialog<TimelineEntry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text(vm.isEditing() ? "cases.entry.edit.title" : "cases.entry.add.title"));
        dialog.setHeaderText(Messages.text(vm.isEditing() ? "cases.entry.edit.header" : "cases.entry.add.header"));
        DateField date = DateField.over(Messages.text("cases.entry.date.name"), vm.dateProperty(),
                vm.dateTypedProblemProperty());
        date.setId("entry-date");
        ComboBox<EntryKind> kind = new ComboBox<>();
        LabelCells.on(kind);
        kind.getItems().setAll(TimelineEntryViewModel.KINDS);
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setId("entry-kind");
        TextField summary = new TextField();
        summary.setId("entry-summary");
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        summary.setPromptText(Messages.text("cases.entry.summary.prompt"));
        TextArea note = new TextArea();
        note.setId("entry-note");
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.setWrapText(true);
        note.setPrefRowCount(12);
        note.setPrefColumnCount(60);
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("cases.entry.date"), date, vm.dateProblem().shownProperty(), "entry-date-problem");
        grid.add(Messages.text("cases.entry.kind"), kind);
        grid.add(Messages.text("cases.entry.summary"), summary, vm.summaryProblem().shownProperty(),
                "entry-summary-problem");
        Label noteLabel = new Label(Messages.text("cases.entry.note"));
        noteLabel.setMnemonicParsing(true);
        noteLabel.setLabelFor(note);
        VBox noteBox = FieldProblem.under(note, vm.noteProblem().shownProperty(), "entry-note-problem");
        VBox.setVgrow(note, Priority.ALWAYS);
        VBox.setVgrow(noteBox, Priority.ALWAYS);
        var problems = FormDialog.problems(vm.formProblemProperty(), "entry-problems");
        ButtonType saveType = new ButtonType(Messages.text("cases.entry.save"), ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 640, saveType, "entry-save", grid, noteLabel, noteBox, problems);
        FormDialog.savesThrough(dialog, saveButton, vm.cannotSaveProperty(), vm::save);
        FormDialog.refitWhenChanged(dialog, vm.dateProblem().shownProperty(), vm.summaryProblem().shownProperty(),
                vm.noteProblem().shownProperty(), vm.formProblemProperty());
        // Kept a moment after the last keystroke, in the background: a crash loses at most that moment.
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));
        pause.setOnFinished(e -> vm.keepDraft());
        for (Observable o : java.util.List.of(vm.summaryProperty(), vm.noteProperty())) {
            o.addListener(x -> pause.playFromStart());
        }
        dialog.setOnShown(e -> summary.requestFocus());
        var result = dialog.showAndWait();
        pause.stop();
        if (result.isEmpty()) {
            vm.cancel(); // closed without saving: the rep chose not to keep it
        }
    }
}
