package org.repdesk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;

/** Opens a new case for a member: type, starting stage, date opened, and whether workload is a factor. */
final class NewCaseDialog {

    private NewCaseDialog() {
    }

    /** Shows the dialog; when the case is saved, {@code opened} gets its id. */
    static void show(DeskState state, Member forMember, Consumer<UUID> opened) {
        Dialog<CaseFile> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle("Open a case");
        dialog.setHeaderText("Open a new case");

        SearchableComboBox<Member> member = new SearchableComboBox<>(state.members().sorted(
                (a, b) -> a.name().compareToIgnoreCase(b.name())));
        member.setId("newcase-member");
        member.setConverter(new StringConverter<>() {
            @Override
            public String toString(Member m) {
                return m == null ? "" : m.name() + " (" + m.membershipNumber() + ")";
            }

            @Override
            public Member fromString(String s) {
                return null;
            }
        });
        member.setValue(forMember);
        member.setMaxWidth(Double.MAX_VALUE);
        ComboBox<CaseType> type = new ComboBox<>();
        type.getItems().setAll(CaseType.values());
        type.setValue(CaseType.CAPABILITY);
        type.setId("newcase-type");
        ComboBox<String> stage = new ComboBox<>();
        stage.setId("newcase-stage");
        DateField openedOn = new DateField("Opened on", state.desk().cases().today());
        openedOn.setId("newcase-opened");
        ComboBox<WorkloadFactor> factor = new ComboBox<>();
        factor.getItems().setAll(WorkloadFactor.values());
        factor.setValue(WorkloadFactor.YES);
        factor.setId("newcase-factor");
        TextArea account = new TextArea();
        account.setPromptText("How excessive workload bears on this case (optional now, can be added later)");
        account.setPrefRowCount(3);
        account.setWrapText(true);
        for (ComboBox<?> box : List.of(type, stage, factor)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        var catalogue = state.desk().settings().stages();
        Runnable stages = () -> {
            stage.getItems().setAll(catalogue.stagesFor(type.getValue()));
            stage.setValue(catalogue.firstStage(type.getValue()));
        };
        type.valueProperty().addListener((o, a, t) -> stages.run());
        stages.run();

        FormGrid grid = new FormGrid();
        grid.add("_Member", member);
        grid.add("Case _type", type);
        grid.add("_Stage", stage);
        grid.add("_Opened on", openedOn);
        grid.add("_Workload a factor?", factor);
        grid.add("How workload bears", account);
        Label problems = FormDialog.problems();
        ButtonType openType = new ButtonType("Open case", ButtonBar.ButtonData.OK_DONE);
        var openButton = FormDialog.lay(dialog, 560, openType, "newcase-open", grid, problems);

        java.util.function.Supplier<CaseFile> draft = () -> {
            Member m = member.getValue();
            return new CaseFile(UUID.randomUUID(), null, m == null ? null : m.id(), type.getValue(), CaseStatus.OPEN,
                    stage.getValue(), openedOn.date(), null, null, null, factor.getValue(), account.getText()).tidied();
        };
        Runnable check = () -> {
            List<String> found = new ArrayList<>();
            if (!openedOn.problemProperty().get().isEmpty()) {
                found.add(openedOn.problemProperty().get());
            }
            LocalDate d = openedOn.date();
            if (d != null && d.isAfter(state.desk().cases().today())) {
                found.add("A case cannot be opened in the future.");
            }
            found.addAll(draft.get().problems());
            problems.setText(String.join("\n", found));
            openButton.setDisable(!found.isEmpty());
        };
        for (Observable o : List.of(member.valueProperty(), type.valueProperty(), stage.valueProperty(),
                openedOn.getEditor().textProperty(), openedOn.valueProperty(), factor.valueProperty(),
                account.textProperty())) {
            o.addListener(x -> check.run());
        }
        check.run();
        dialog.setResultConverter(b -> b == openType ? draft.get() : null);
        dialog.showAndWait().ifPresent(c -> state.background().run(state.owner(), "The case was not opened",
                () -> state.desk().cases().open(c), saved -> opened.accept(saved.id())));
    }
}
