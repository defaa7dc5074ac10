package org.repdesk.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.repdesk.model.CaseType;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.WmtSettings;
import org.repdesk.service.ValidationException;

/** Settings kept in the data file: each case type's stages, and the WMT figures of the region. */
final class SettingsDialog {

    private SettingsDialog() {
    }

    static void show(DeskState state) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle("Settings");
        dialog.setHeaderText("Stages and WMT figures");
        StageCatalogue catalogue = state.desk().settings().stages();
        Map<CaseType, TextArea> stageAreas = new EnumMap<>(CaseType.class);
        VBox stagesBox = new VBox(8);
        Label stagesHint = new Label("One stage per line, in order. Policies differ: edit to match your employer's.");
        stagesHint.setWrapText(true);
        TabPane typeTabs = new TabPane();
        typeTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (CaseType type : CaseType.values()) {
            TextArea area = new TextArea(String.join("\n", catalogue.stagesFor(type)));
            area.setPrefRowCount(8);
            stageAreas.put(type, area);
            typeTabs.getTabs().add(new Tab(type.label(), area));
        }
        stagesBox.getChildren().addAll(stagesHint, typeTabs);

        WmtSettings wmt = state.desk().settings().wmt();
        TextField poTarget = new TextField(Numbers.show(wmt.poNominalTarget()));
        TextField poHours = new TextField(Numbers.show(wmt.poDefaultHours()));
        TextField psoTarget = new TextField(Numbers.show(wmt.psoNominalTarget()));
        TextField psoHours = new TextField(Numbers.show(wmt.psoDefaultHours()));
        TextField percent = new TextField(Numbers.show(wmt.excessivePercent()));
        TextField weeks = new TextField(String.valueOf(wmt.excessiveWeeks()));
        FormGrid wmtGrid = new FormGrid();
        wmtGrid.add("PO nominal target (points)", poTarget);
        wmtGrid.add("PO default hours", poHours);
        wmtGrid.add("PSO nominal target (points)", psoTarget);
        wmtGrid.add("PSO default hours", psoHours);
        wmtGrid.add("Excessive workload over %", percent);
        wmtGrid.add("for consecutive weeks", weeks);
        Label wmtHint = new Label("The targets are placeholders: check them against your region's WMT settings. "
                + "The employer defines excessive workload as over 110% for four consecutive weeks.");
        wmtHint.setWrapText(true);

        TextField repName = new TextField(state.desk().settings().repName().orElse(""));
        repName.setId("settings-rep-name");
        repName.setPromptText("e.g. Sam Rees, Napo branch rep");
        FormGrid youGrid = new FormGrid();
        youGrid.add("Your _name", repName);
        Label youHint = new Label("Recorded as who made each change in the audit trail, and as the author of briefs.");
        youHint.setWrapText(true);
        Tab you = new Tab("You", new VBox(8, youHint, youGrid));
        TabPane tabs = new TabPane(you, new Tab("Stages", stagesBox), new Tab("WMT", new VBox(8, wmtHint, wmtGrid)));
        // The attendance policy's figures (issue 18): read and saved on the background worker.
        var attendance = new org.repdesk.ui.absence.AttendanceSettingsViewModel(state.desk().settings(),
                org.repdesk.ui.absence.AbsenceWindow.runner(state.background(), state.owner()));
        attendance.load();
        tabs.getTabs().add(new Tab(org.repdesk.i18n.Messages.text("absence.setting.tab"),
                new org.repdesk.ui.absence.AttendanceSettingsPane(attendance)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(620);
        dialog.getDialogPane().setContent(tabs);
        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        // Validate before the dialog closes, so a typo keeps the rep's edits on screen.
        dialog.getDialogPane().lookupButton(saveType).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            List<String> problems = new ArrayList<>();
            for (String[] f : new String[][] {{"PO nominal target", poTarget.getText()},
                    {"PO default hours", poHours.getText()}, {"PSO nominal target", psoTarget.getText()},
                    {"PSO default hours", psoHours.getText()}, {"Excessive workload %", percent.getText()}}) {
                String p = Numbers.problem(f[0], f[1], false);
                if (p != null || f[1].isBlank()) {
                    problems.add(p != null ? p : f[0] + " is required.");
                }
            }
            String weeksProblem = Numbers.problem("Consecutive weeks", weeks.getText(), true);
            if (weeksProblem != null || weeks.getText().isBlank()) {
                problems.add(weeksProblem != null ? weeksProblem : "Consecutive weeks is required.");
            }
            problems.addAll(attendance.problems());
            try {
                if (problems.isEmpty()) {
                    attendance.save(() -> { });
                    WmtSettings edited = new WmtSettings(Numbers.decimal(poTarget.getText()),
                            Numbers.decimal(poHours.getText()), Numbers.decimal(psoTarget.getText()),
                            Numbers.decimal(psoHours.getText()), Numbers.decimal(percent.getText()),
                            Numbers.whole(weeks.getText()));
                    state.desk().settings().saveWmt(edited);
                    if (!repName.getText().strip().equals(state.desk().settings().repName().orElse(""))) {
                        state.desk().settings().saveRepName(repName.getText());
                    }
                    for (CaseType type : CaseType.values()) {
                        List<String> lines = Arrays.asList(stageAreas.get(type).getText().split("\\R"));
                        if (!lines.equals(catalogue.stagesFor(type))) {
                            state.desk().settings().saveStages(type, lines);
                        }
                    }
                }
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                event.consume();
                Alerts.info(state.owner(), "Settings not saved", problems);
            }
        });
        dialog.showAndWait();
    }
}
