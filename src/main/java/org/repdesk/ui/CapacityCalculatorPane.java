package org.repdesk.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.repdesk.model.Grade;
import org.repdesk.service.WorkloadService;

/** The WMT capacity calculator: what the employer's own formula gives for a member's figures. */
final class CapacityCalculatorPane extends TitledPane {

    CapacityCalculatorPane(DeskState state) {
        setText("WMT capacity calculator");
        setId("capacity-calculator");
        ComboBox<Grade> grade = new ComboBox<>();
        grade.getItems().setAll(Grade.values());
        grade.setValue(Grade.PO);
        TextField contracted = new TextField("37");
        TextField reduction = new TextField("0");
        TextField points = new TextField();
        points.setPromptText("total workload points");
        TextField target = new TextField();
        target.setPromptText("blank: the grade's default");
        contracted.setId("calc-contracted");
        reduction.setId("calc-reduction");
        points.setId("calc-points");
        Label result = new Label();
        result.setId("calc-result");
        result.setWrapText(true);
        result.getStyleClass().add("strong");
        FormGrid grid = new FormGrid();
        grid.add("Grade", grade);
        grid.add("Contracted hours", contracted);
        grid.add("Reduction hours", reduction);
        grid.add("Workload points", points);
        grid.add("Nominal target", target);
        grid.addWide(result);
        Runnable compute = () -> {
            for (String[] f : new String[][] {{"Contracted hours", contracted.getText()},
                    {"Reduction hours", reduction.getText()}, {"Workload points", points.getText()},
                    {"Nominal target", target.getText()}}) {
                String problem = Numbers.problem(f[0], f[1], false);
                if (problem != null) {
                    result.setText(problem);
                    return;
                }
            }
            Double red = Numbers.decimal(reduction.getText());
            Double pts = Numbers.decimal(points.getText());
            Double hours = Numbers.decimal(contracted.getText());
            if (hours != null && red != null && red > hours) {
                result.setText("Reduction hours cannot be more than contracted hours.");
                return;
            }
            WorkloadService.Capacity c = state.desk().workload().capacity(grade.getValue(), hours,
                    red == null ? 0 : red, pts == null ? 0 : pts, Numbers.decimal(target.getText()));
            String text = "Available points: " + c.availablePoints();
            if (pts != null && c.capacityPercent() != null) {
                double threshold = state.desk().settings().wmt().excessivePercent();
                text += String.format(Locale.UK, "   Capacity: %.1f%%", c.capacityPercent())
                        + (c.capacityPercent() > threshold ? "  (over " + Numbers.show(threshold) + "%)" : "");
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
