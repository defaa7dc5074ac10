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
import org.repdesk.model.WmtSettings;
import org.repdesk.service.WorkloadService;

/**
 * The WMT capacity calculator: what the employer's own formula gives for a member's figures. The
 * region's WMT figures are read on the worker each time it is opened; each keystroke then only
 * computes (it read the settings on the FX thread at every key before).
 */
final class CapacityCalculatorPane extends TitledPane {

    private final DeskState state;
    private final ComboBox<Grade> grade = new ComboBox<>();
    private final TextField contracted = new TextField("37");
    private final TextField reduction = new TextField("0");
    private final TextField points = new TextField();
    private final TextField target = new TextField();
    private final Label result = new Label();
    /** The region's figures, once read (null until then). */
    private WmtSettings wmt;

    CapacityCalculatorPane(DeskState state) {
        this.state = state;
        setText(Messages.text("shell.calc.title"));
        setId("capacity-calculator");
        LabelCells.on(grade).getItems().setAll(Grade.values());
        grade.setValue(Grade.PO);
        points.setPromptText(Messages.text("shell.calc.pointsPrompt"));
        target.setPromptText(Messages.text("shell.calc.targetPrompt"));
        contracted.setId("calc-contracted");
        reduction.setId("calc-reduction");
        points.setId("calc-points");
        result.setId("calc-result");
        result.setWrapText(true);
        result.getStyleClass().add("strong");
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("shell.calc.grade"), grade);
        grid.add(Messages.text("shell.calc.contracted"), contracted);
        grid.add(Messages.text("shell.calc.reduction"), reduction);
        grid.add(Messages.text("shell.calc.points"), points);
        grid.add(Messages.text("shell.calc.target"), target);
        grid.addWide(result);
        for (Observable o : List.of(grade.valueProperty(), contracted.textProperty(), reduction.textProperty(),
                points.textProperty(), target.textProperty())) {
            o.addListener(x -> compute());
        }
        result.setText(Messages.text("shell.calc.reading"));
        expandedProperty().addListener((o, was, open) -> {
            if (open) {
                readFigures(); // anew each time: Settings may have changed them
            }
        });
        setContent(new VBox(grid));
        setExpanded(false); // opened when needed; the records table gets the room
    }

    private void readFigures() {
        state.background().run(state.owner(), Messages.text("shell.calc.failed"), () -> state.desk().settings().wmt(),
                figures -> {
                    wmt = figures;
                    compute();
                });
    }

    private void compute() {
        if (wmt == null) {
            return;
        }
        for (String[] f : new String[][] {{"shell.calc.contracted", contracted.getText()},
                {"shell.calc.reduction", reduction.getText()}, {"shell.calc.points", points.getText()},
                {"shell.calc.target", target.getText()}}) {
            String problem = Numbers.problem(Messages.text(f[0]).replace("_", ""), f[1], false);
            if (problem != null) {
                result.setText(problem);
                return;
            }
        }
        Double red = Numbers.decimal(reduction.getText());
        Double pts = Numbers.decimal(points.getText());
        Double hours = Numbers.decimal(contracted.getText());
        if (hours != null && red != null && red > hours) {
            result.setText(Messages.text("shell.calc.reductionTooLarge"));
            return;
        }
        WorkloadService.Capacity c = WorkloadService.capacity(wmt, grade.getValue(), hours, red == null ? 0 : red,
                pts == null ? 0 : pts, Numbers.decimal(target.getText()));
        String text = Messages.text("shell.calc.available", c.availablePoints());
        if (pts != null && c.capacityPercent() != null) {
            double threshold = wmt.excessivePercent();
            text += "   " + Messages.text("shell.calc.capacity", String.format(Locale.UK, "%.1f", c.capacityPercent()))
                    + (c.capacityPercent() > threshold
                            ? "  " + Messages.text("shell.calc.over", Numbers.show(threshold)) : "");
        }
        result.setText(text);
    }
}
