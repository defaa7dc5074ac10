package org.repdesk.ui.workload;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Grade;
import org.repdesk.model.WmtSettings;
import org.repdesk.service.SettingsService;
import org.repdesk.service.WorkloadService;
import org.repdesk.ui.Numbers;
import org.repdesk.ui.papers.Runner;

/**
 * The WMT capacity calculator: what the employer's own formula gives for the figures typed. The
 * region's WMT figures are read through the runner each time it is opened (Settings may have
 * changed them); each keystroke then only computes, with no store call.
 */
public final class CapacityCalculatorViewModel {

    private final Supplier<SettingsService> settings;
    private final Runner runner;
    private final ObjectProperty<Grade> grade = new SimpleObjectProperty<>(Grade.PO);
    private final StringProperty contracted = new SimpleStringProperty("37");
    private final StringProperty reduction = new SimpleStringProperty("0");
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(Messages.text("shell.calc.reading"));
    /** The region's figures, once read (null until then). */
    private WmtSettings wmt;

    public CapacityCalculatorViewModel(Supplier<SettingsService> settings, Runner runner) {
        this.settings = settings;
        this.runner = runner;
        for (Observable o : new Observable[] {grade, contracted, reduction, points, target}) {
            o.addListener(x -> compute());
        }
    }

    /** Reads the region's WMT figures (anew each time the calculator is opened), then computes. */
    public void readFigures() {
        runner.run(Messages.text("shell.calc.failed"), () -> settings.get().wmt(), figures -> {
            wmt = figures;
            compute();
        });
    }

    private void compute() {
        if (wmt == null) {
            return;
        }
        result.set(answer());
    }

    /** "Available points: 97" and, with points typed, the capacity and whether it is over the threshold; or the problem. */
    private String answer() {
        String[][] fields = {{"shell.calc.contracted", contracted.get()}, {"shell.calc.reduction", reduction.get()},
            {"shell.calc.points", points.get()}, {"shell.calc.target", target.get()}};
        for (String[] f : fields) {
            String problem = Numbers.problem(Messages.text(f[0]).replace("_", ""), f[1], false);
            if (problem != null) {
                return problem;
            }
        }
        Double red = Numbers.decimal(reduction.get());
        Double pts = Numbers.decimal(points.get());
        Double hours = Numbers.decimal(contracted.get());
        if (hours != null && red != null && red > hours) {
            return Messages.text("shell.calc.reductionTooLarge");
        }
        WorkloadService.Capacity c = WorkloadService.capacity(wmt, grade.get(), hours, red == null ? 0 : red,
                pts == null ? 0 : pts, Numbers.decimal(target.get()));
        String text = Messages.text("shell.calc.available", c.availablePoints());
        if (pts != null && c.capacityPercent() != null) {
            double threshold = wmt.excessivePercent();
            text += "   " + Messages.text("shell.calc.capacity", String.format(Locale.UK, "%.1f", c.capacityPercent()))
                    + (c.capacityPercent() > threshold
                            ? "  " + Messages.text("shell.calc.over", Numbers.show(threshold)) : "");
        }
        return text;
    }

    public ObjectProperty<Grade> gradeProperty() {
        return grade;
    }

    public StringProperty contractedProperty() {
        return contracted;
    }

    public StringProperty reductionProperty() {
        return reduction;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** What the formula gives, or the first problem with what was typed; "Reading…" until the figures are in. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
