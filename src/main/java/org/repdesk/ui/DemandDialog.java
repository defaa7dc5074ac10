package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.Priority;

/** Adds or edits a demand: wording, kind, who raised it and when, priority, and its evidence rule. */
final class DemandDialog {

    private DemandDialog() {
    }

    static Optional<Demand> show(DeskState state, Demand existing) {
        Dialog<Demand> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text(existing == null ? "boards.demand.newTitle" : "boards.demand.editTitle"));
        dialog.setHeaderText(existing == null ? Messages.text("boards.demand.header") : existing.title());
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("demand-title");
        TextArea text = new TextArea(existing == null || existing.text() == null ? "" : existing.text());
        text.setPrefRowCount(4);
        text.setWrapText(true);
        ComboBox<DemandKind> kind = new ComboBox<>();
        LabelCells.on(kind);
        kind.getItems().setAll(DemandKind.values());
        kind.setValue(existing == null ? DemandKind.LOCAL_DEMAND : existing.kind());
        TextField raisedBy = new TextField(existing == null || existing.raisedBy() == null ? "" : existing.raisedBy());
        raisedBy.setPromptText(Messages.text("screens.demand.raisedByPrompt"));
        DateField raisedOn = new DateField(Messages.text("boards.demand.raisedOn"), existing == null ? state.desk().cases().today()
                : existing.raisedOn());
        ComboBox<Priority> priority = new ComboBox<>();
        LabelCells.on(priority);
        priority.getItems().setAll(Priority.values());
        priority.setValue(existing == null ? Priority.MEDIUM : existing.priority());
        ComboBox<Pick<CaseType>> evidenceType = Pick.box(Messages.text("boards.demand.noRule"), List.of(CaseType.values()));
        if (existing != null && existing.evidenceCaseType() != null) {
            evidenceType.getItems().stream().filter(p -> p.value() == existing.evidenceCaseType()).findFirst()
                    .ifPresent(evidenceType::setValue);
        }
        CheckBox needsFactor = new CheckBox(Messages.text("boards.demand.onlyWorkloadFactor"));
        needsFactor.setSelected(existing != null && existing.evidenceNeedsWorkloadFactor());
        // Two lines rather than "…gormodol yn…" in a 1024-pixel window's dialog (the Welsh is longer).
        needsFactor.setWrapText(true);
        needsFactor.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (ComboBox<?> box : List.of(kind, priority, evidenceType)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.meeting.titleLabel"), title);
        grid.add(Messages.text("boards.demand.textLabel"), text);
        grid.add(Messages.text("boards.demand.kindLabel"), kind);
        grid.add(Messages.text("boards.demand.byLabel"), raisedBy);
        grid.add(Messages.text("boards.demand.onLabel"), raisedOn);
        grid.add(Messages.text("boards.demand.priorityLabel"), priority);
        grid.add(Messages.text("boards.demand.ruleLabel"), evidenceType);
        grid.add("", needsFactor);
        Label problems = FormDialog.problems();
        ButtonType save = new ButtonType(Messages.text("boards.common.save"), ButtonBar.ButtonData.OK_DONE);
        var saveButton = FormDialog.lay(dialog, 600, save, "demand-save", grid, problems);
        java.util.function.Supplier<Demand> draft = () -> {
            Demand base = existing != null ? existing
                    : Demand.raise(title.getText(), text.getText(), kind.getValue(), raisedBy.getText(),
                            raisedOn.date(), priority.getValue());
            return base.withDetails(title.getText(), text.getText(), kind.getValue(), raisedBy.getText(),
                    raisedOn.date(), priority.getValue())
                    .withEvidenceRule(Pick.selected(evidenceType), needsFactor.isSelected());
        };
        // A new demand's problems are said once something was typed or picked, not before ("Title: this
        // is needed." as the dialog opened); Save stays disabled meanwhile.
        boolean[] touched = {existing != null};
        Runnable check = () -> {
            List<String> found = new ArrayList<>();
            if (!raisedOn.problemProperty().get().isEmpty()) {
                found.add(raisedOn.problemProperty().get());
            }
            found.addAll(draft.get().problems());
            problems.setText(touched[0] ? String.join("\n", found) : "");
            saveButton.setDisable(!found.isEmpty());
            needsFactor.setDisable(Pick.selected(evidenceType) == null);
        };
        for (Observable o : List.of(title.textProperty(), text.textProperty(), kind.valueProperty(),
                raisedBy.textProperty(), raisedOn.getEditor().textProperty(), raisedOn.valueProperty(),
                priority.valueProperty(), evidenceType.valueProperty(), needsFactor.selectedProperty())) {
            o.addListener(x -> {
                touched[0] = true;
                check.run();
            });
        }
        check.run();
        dialog.setOnShown(e -> title.requestFocus());
        dialog.setResultConverter(b -> b == save ? draft.get() : null);
        return dialog.showAndWait();
    }
}
