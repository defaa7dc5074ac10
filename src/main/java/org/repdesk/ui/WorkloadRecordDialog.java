package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.WorkloadService;

/** Records one week's workload figures for a member; capacity % can be worked out from points. */
final class WorkloadRecordDialog {

    private WorkloadRecordDialog() {
    }

    private static WorkloadRecord sameRecord(WorkloadRecord saved, WorkloadRecord d) {
        return new WorkloadRecord(saved.id(), saved.memberId(), d.recordedOn(), d.capacityPercent(), d.workloadPoints(),
                d.contractedHours(), d.reductionHours(), d.casesHeld(), d.hoursWorked(), d.uncountedWork());
    }

    static Optional<WorkloadRecord> show(DeskState state, Member member) {
        return show(state, member, null);
    }

    /** The form filled with a saved record, to correct a mistyped figure or date (the record keeps its id). */
    static Optional<WorkloadRecord> edit(DeskState state, Member member, WorkloadRecord saved) {
        return show(state, member, saved);
    }

    private static Optional<WorkloadRecord> show(DeskState state, Member member, WorkloadRecord saved) {
        Dialog<WorkloadRecord> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(saved == null ? "Add workload record" : Messages.text("papers.workload.edit-title"));
        dialog.setHeaderText("Workload record for " + member.name());
        DateField date = new DateField("Date", saved == null ? state.desk().cases().today() : saved.recordedOn());
        TextField capacity = new TextField();
        capacity.setPromptText("from the WMT report, or worked out from points");
        TextField points = new TextField();
        TextField contracted = new TextField(Numbers.show(saved == null ? member.contractedHours()
                : saved.contractedHours()));
        TextField reduction = new TextField();
        TextField cases = new TextField();
        TextField worked = new TextField();
        TextArea uncounted = new TextArea();
        uncounted.setPrefRowCount(3);
        uncounted.setWrapText(true);
        uncounted.setPromptText("Court work, uncommenced requirements, responsive work…");
        if (saved != null) {
            capacity.setText(Numbers.show(saved.capacityPercent()));
            points.setText(Numbers.show(saved.workloadPoints()));
            reduction.setText(Numbers.show(saved.reductionHours()));
            cases.setText(saved.casesHeld() == null ? "" : String.valueOf(saved.casesHeld()));
            worked.setText(Numbers.show(saved.hoursWorked()));
            uncounted.setText(saved.uncountedWork() == null ? "" : saved.uncountedWork());
        }
        capacity.setId("wr-capacity");
        points.setId("wr-points");
        cases.setId("wr-cases");
        Label computed = new Label();
        computed.getStyleClass().add("muted");
        FormGrid grid = new FormGrid();
        grid.add("_Date", date);
        grid.add("WMT _capacity %", capacity);
        grid.add("Workload _points", points);
        grid.addWide(computed);
        grid.add("Contracted hours", contracted);
        grid.add("Reduction hours", reduction);
        grid.add("Cases _held", cases);
        grid.add("Hours actually _worked", worked);
        grid.add("Work the WMT does not count", uncounted);
        Label problems = FormDialog.problems();
        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 560, saveType, "wr-save", grid, problems);

        java.util.function.Supplier<List<String>> numberProblems = () -> {
            List<String> found = new ArrayList<>();
            for (Object[] f : new Object[][] {{"Capacity %", capacity, false}, {"Workload points", points, false},
                    {"Contracted hours", contracted, false}, {"Reduction hours", reduction, false},
                    {"Cases held", cases, true}, {"Hours worked", worked, false}}) {
                String p = Numbers.problem((String) f[0], ((TextField) f[1]).getText(), (Boolean) f[2]);
                if (p != null) {
                    found.add(p);
                }
            }
            return found;
        };
        java.util.function.Supplier<WorkloadRecord> draft = () -> {
            Double pct = Numbers.decimal(capacity.getText());
            Double pts = Numbers.decimal(points.getText());
            Double hours = Numbers.decimal(contracted.getText());
            Double red = Numbers.decimal(reduction.getText());
            if (pct == null && pts != null) {
                WorkloadService.Capacity c = state.desk().workload().capacity(member.grade(), hours,
                        red == null ? 0 : red, pts, null);
                pct = c.capacityPercent();
            }
            return WorkloadRecord.of(member.id(), date.date(), pct, pts, hours, red, Numbers.whole(cases.getText()),
                    Numbers.decimal(worked.getText()), uncounted.getText());
        };
        Runnable check = () -> {
            List<String> found = new ArrayList<>(numberProblems.get());
            if (!date.problemProperty().get().isEmpty()) {
                found.add(date.problemProperty().get());
            }
            computed.setText("");
            if (found.isEmpty()) {
                WorkloadRecord r = draft.get();
                found.addAll(r.problems());
                if (capacity.getText().isBlank() && r.capacityPercent() != null) {
                    computed.setText(String.format(Locale.UK, "Capacity by the WMT formula: %.1f%%", r.capacityPercent()));
                }
            }
            problems.setText(String.join("\n", found));
            saveButton.setDisable(!found.isEmpty());
        };
        for (Observable o : List.of(date.getEditor().textProperty(), date.valueProperty(), capacity.textProperty(),
                points.textProperty(), contracted.textProperty(), reduction.textProperty(), cases.textProperty(),
                worked.textProperty(), uncounted.textProperty())) {
            o.addListener(x -> check.run());
        }
        check.run();
        dialog.setOnShown(e -> capacity.requestFocus());
        dialog.setResultConverter(b -> b != saveType ? null : saved == null ? draft.get() : sameRecord(saved, draft.get()));
        return dialog.showAndWait();
    }
}
