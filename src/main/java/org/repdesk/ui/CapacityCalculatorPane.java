package org.repdesk.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Grade;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.workload.CapacityCalculatorViewModel;

/**
 * The WMT capacity calculator, laid out and bound to {@link CapacityCalculatorViewModel}: the
 * region's figures are read on the worker each time it is opened; each keystroke only computes.
 */
final class CapacityCalculatorPane extends TitledPane {

    CapacityCalculatorPane(DeskState state) {
        this(new CapacityCalculatorViewModel(() -> state.desk().settings(), Runner.of(state, state::owner)));
    }

    CapacityCalculatorPane(CapacityCalculatorViewModel vm) {
        setText(Messages.text("shell.calc.title"));
        setId("capacity-calculator");
        ComboBox<Grade> grade = new ComboBox<>();
        LabelCells.on(grade).getItems().setAll(Grade.values());
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        TextField contracted = field("calc-contracted", vm.contractedProperty());
        TextField reduction = field("calc-reduction", vm.reductionProperty());
        TextField points = field("calc-points", vm.pointsProperty());
        TextField target = field("calc-target", vm.targetProperty());
        points.setPromptText(Messages.text("fit.calc.pointsPrompt"));
        target.setPromptText(Messages.text("fit.calc.targetPrompt"));
        Label result = new Label();
        result.setId("calc-result");
        result.setWrapText(true);
        result.getStyleClass().add("strong");
        result.textProperty().bind(vm.resultProperty());
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("shell.calc.grade"), grade);
        grid.add(Messages.text("shell.calc.contracted"), contracted);
        grid.add(Messages.text("shell.calc.reduction"), reduction);
        grid.add(Messages.text("shell.calc.points"), points);
        grid.add(Messages.text("shell.calc.target"), target);
        grid.addWide(result);
        expandedProperty().addListener((o, was, open) -> {
            if (open) {
                vm.readFigures(); // anew each time: Settings may have changed them
            }
        });
        setContent(new VBox(grid));
        setExpanded(false); // opened when needed; the records table gets the room
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        return f;
    }
}
