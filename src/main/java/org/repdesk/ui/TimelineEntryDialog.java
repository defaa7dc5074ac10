package org.repdesk.ui;

import org.repdesk.i18n.Messages;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;

/** Adds or edits a timeline entry: date, kind, summary and the full note. */
final class TimelineEntryDialog {

    private TimelineEntryDialog() {
    }

    /** Where the words typed are kept until the entry is saved (a crash then loses at most a second of typing). */
    interface Drafts {
        void keep(UUID entryId, String summary, String note);

        void discard(UUID entryId);

        Drafts NONE = new Drafts() {
            @Override
            public void keep(UUID entryId, String summary, String note) {
            }

            @Override
            public void discard(UUID entryId) {
            }
        };
    }

    static Optional<TimelineEntry> show(Window owner, UUID caseId, TimelineEntry existing, LocalDate today) {
        return show(owner, caseId, existing, today, Drafts.NONE);
    }

    static Optional<TimelineEntry> show(Window owner, UUID caseId, TimelineEntry existing, LocalDate today,
            Drafts drafts) {
        Dialog<TimelineEntry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text(existing == null ? "cases.entry.add.title" : "cases.entry.edit.title"));
        dialog.setHeaderText(Messages.text(existing == null ? "cases.entry.add.header" : "cases.entry.edit.header"));
        DateField date = new DateField(Messages.text("cases.entry.date.name"), existing == null ? today : existing.date());
        ComboBox<EntryKind> kind = new ComboBox<>();
        LabelCells.on(kind);
        kind.getItems().setAll(Arrays.stream(EntryKind.values()).filter(EntryKind::isManual).toList());
        kind.setValue(existing == null ? EntryKind.NOTE : existing.kind());
        TextField summary = new TextField(existing == null ? "" : existing.summary());
        summary.setPromptText(Messages.text("cases.entry.summary.prompt"));
        TextArea note = new TextArea(existing == null || existing.text() == null ? "" : existing.text());
        note.setWrapText(true);
        note.setPrefRowCount(12);
        note.setPrefColumnCount(60);
        date.setId("entry-date");
        kind.setId("entry-kind");
        summary.setId("entry-summary");
        note.setId("entry-note");
        FormGrid grid = new FormGrid();
        // Each problem under its field, once the field was touched or Save pressed: no "Summary is
        // required." on a dialog just opened.
        javafx.beans.property.BooleanProperty showAll = new javafx.beans.property.SimpleBooleanProperty(false);
        FieldProblem dateProblem = new FieldProblem(showAll);
        FieldProblem summaryProblem = new FieldProblem(showAll);
        FieldProblem noteProblem = new FieldProblem(showAll);
        grid.add(Messages.text("cases.entry.date"), date);
        grid.addProblem(dateProblem.shownProperty()).setId("entry-date-problem");
        grid.add(Messages.text("cases.entry.kind"), kind);
        grid.add(Messages.text("cases.entry.summary"), summary);
        grid.addProblem(summaryProblem.shownProperty()).setId("entry-summary-problem");
        Label noteLabel = new Label(Messages.text("cases.entry.note"));
        noteLabel.setMnemonicParsing(true);
        noteLabel.setLabelFor(note);
        Label problems = FormDialog.problems();
        VBox.setVgrow(note, Priority.ALWAYS);
        ButtonType saveType = new ButtonType(Messages.text("cases.entry.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 640, saveType, "entry-save", grid, noteLabel, note, problems);

        UUID id = existing == null ? UUID.randomUUID() : existing.id();
        java.util.function.Supplier<TimelineEntry> draft = () -> {
            TimelineEntry e = TimelineEntry.of(caseId, date.date(), kind.getValue(), summary.getText(), note.getText());
            return new TimelineEntry(id, e.caseId(), e.date(), e.kind(), e.summary(), e.text());
        };
        Runnable check = () -> {
            dateProblem.set(FieldChecks.first(date.problemProperty().get(),
                    date.date() == null ? Messages.text("field.problem.required") : ""));
            summaryProblem.set(FieldChecks.shortText(summary.getText(), true));
            noteProblem.set(FieldChecks.longText(note.getText(), false));
            // Anything else the model would refuse, said under the note.
            List<String> rest = new ArrayList<>();
            if (!dateProblem.isWrong() && !summaryProblem.isWrong() && !noteProblem.isWrong()) {
                rest.addAll(draft.get().problems());
            }
            problems.textProperty().unbind();
            problems.setText(FieldChecks.first(noteProblem.shownProperty().get(), String.join("\n", rest)));
        };
        date.getEditor().textProperty().addListener(x -> dateProblem.touch());
        summary.textProperty().addListener(x -> summaryProblem.touch());
        note.textProperty().addListener(x -> noteProblem.touch());
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            showAll.set(true);
            check.run();
            if (!problems.getText().isEmpty() || dateProblem.isWrong() || summaryProblem.isWrong()) {
                e.consume(); // stays open, every problem said
            }
        });
        for (Observable o : List.of(date.getEditor().textProperty(), date.valueProperty(), kind.valueProperty(),
                summary.textProperty(), note.textProperty())) {
            o.addListener(x -> check.run());
        }
        check.run();
        // Kept a moment after the last keystroke, in the background: a crash loses at most that moment.
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(700));
        pause.setOnFinished(e -> drafts.keep(id, summary.getText(), note.getText()));
        for (Observable o : List.of(summary.textProperty(), note.textProperty())) {
            o.addListener(x -> pause.playFromStart());
        }
        dialog.setOnShown(e -> summary.requestFocus());
        dialog.setResultConverter(button -> button == saveType ? draft.get() : null);
        Optional<TimelineEntry> result = dialog.showAndWait();
        pause.stop();
        if (result.isEmpty()) {
            drafts.discard(id); // cancelled: the rep chose not to keep it
        }
        return result;
    }
}
