package org.repdesk.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Grade;
import org.repdesk.service.WorkloadService;

/** The WMT capacity calculator: what the employer's own formula gives for a member's figures. */
final class CapacityCalculatorPane extends TitledPane {

    CapacityCalculatorPane(DeskState state) {
        setText(Messages.text("boards.calc.title"));
        setId("capacity-calculator");
        ComboBox<Grade> grade = new ComboBox<>();
        grade.getItems().setAll(Grade.values());
        grade.setValue(Grade.PO);
        TextField contracted = new TextField("37");
        TextField reduction = new TextField("0");
        TextField points = new TextField();
        points.setPromptText(Messages.text("boards.calc.pointsPrompt"));
        TextField target = new TextField();
        target.setPromptText(Messages.text("boards.calc.targetPrompt"));
        contracted.setId("calc-contracted");
        reduction.setId("calc-reduction");
        points.setId("calc-points");
        Label result = new Label();
        result.setId("calc-result");
        result.setWrapText(true);
        result.getStyleClass().add("strong");
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.workload.col.grade"), grade);
        grid.add(Messages.text("boards.wmt.contracted"), contracted);
        grid.add(Messages.text("boards.wmt.reduction"), reduction);
        grid.add(Messages.text("boards.wmt.points"), points);
        grid.add(Messages.text("boards.calc.target"), target);
        grid.addWide(result);
        Runnable compute = () -> {
            for (String[] f : new String[][] {{Messages.text("boards.wmt.contracted"), contracted.getText()},
                    {Messages.text("boards.wmt.reduction"), reduction.getText()},
                    {Messages.text("boards.wmt.points"), points.getText()},
                    {Messages.text("boards.calc.target"), target.getText()}}) {
                String problem = Numbers.problem(f[0], f[1], false) == null ? null
                        : Messages.text("boards.wmt.notNumber", f[0]);
                if (problem != null) {
                    result.setText(problem);
                    return;
                }
            }
            Double red = Numbers.decimal(reduction.getText());
            Double pts = Numbers.decimal(points.getText());
            Double hours = Numbers.decimal(contracted.getText());
            if (hours != null && red != null && red > hours) {
                result.setText(Messages.text("boards.wmt.reductionOver"));
                return;
            }
            WorkloadService.Capacity c = state.desk().workload().capacity(grade.getValue(), hours,
                    red == null ? 0 : red, pts == null ? 0 : pts, Numbers.decimal(target.getText()));
            String text = Messages.text("boards.calc.available", c.availablePoints());
            if (pts != null && c.capacityPercent() != null) {
                double threshold = state.desk().settings().wmt().excessivePercent();
                String pct = String.format(Locale.UK, "%.1f", c.capacityPercent());
                text += "   " + (c.capacityPercent() > threshold
                        ? Messages.text("boards.calc.capacityOver", pct, Numbers.show(threshold))
                        : Messages.text("boards.calc.capacity", pct));
            }
            result.setText(text);
        };
        for (Observable o : List.of(grade.valueProperty(), contracted.textProperty(), reduction.textProperty(),
                points.textProperty(), target.textProperty())) {
            o.addListener(x -> compute.run());
        }
        compute.run();
        setContent(new VBox(grid));
        setExpanded(false); // opened when needed; the records table gets the room
    }
}
