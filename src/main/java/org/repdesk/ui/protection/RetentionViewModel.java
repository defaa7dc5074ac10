package org.repdesk.ui.protection;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.RetentionItem;
import org.repdesk.model.RetentionPolicy;
import org.repdesk.service.Retention;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.papers.Runner;

/**
 * The retention review's state and commands: the union's periods, the records past them, the ones
 * the rep selected, and deleting or anonymising those (asked first: it cannot be undone) then
 * compacting the file. Store work through the {@link Runner}, questions through {@link Dialogs}.
 */
public final class RetentionViewModel {

    private final Supplier<RepDesk> desk;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Runnable afterRemoval;
    private final IntegerProperty caseYears = new SimpleIntegerProperty(RetentionPolicy.DEFAULTS.closedCaseYears());
    private final IntegerProperty memberYears = new SimpleIntegerProperty(RetentionPolicy.DEFAULTS.memberYears());
    private final IntegerProperty workloadYears = new SimpleIntegerProperty(RetentionPolicy.DEFAULTS.workloadYears());
    private final ObservableList<RetentionItem> items = FXCollections.observableArrayList();
    private final ObservableList<RetentionItem> selected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /**
     * @param desk the open desk (asked for each time: the rep may open another file meanwhile)
     * @param afterRemoval what else must read the file again once records went (the desk's lists)
     */
    public RetentionViewModel(Supplier<RepDesk> desk, Runner runner, Dialogs dialogs, Runnable afterRemoval) {
        this.desk = desk;
        this.runner = runner;
        this.dialogs = dialogs;
        this.afterRemoval = afterRemoval;
    }

    private record Review(RetentionPolicy policy, List<RetentionItem> items) {
    }

    /** Reads the periods and lists what is past them. */
    public void reload() {
        runner.run(Messages.text("screens.retention.failed.review"), () -> {
            Retention r = desk.get().retention();
            return new Review(r.policy(), r.review());
        }, review -> {
            caseYears.set(review.policy().closedCaseYears());
            memberYears.set(review.policy().memberYears());
            workloadYears.set(review.policy().workloadYears());
            items.setAll(review.items());
            selected.clear();
            summary.set(Messages.text("screens.retention.summary", Map.of("n", review.items().size())));
        });
    }

    /** Saves the periods typed, then reviews again under them. */
    public void savePeriods() {
        RetentionPolicy p = new RetentionPolicy(caseYears.get(), memberYears.get(), workloadYears.get());
        runner.run(Messages.text("screens.retention.failed.save"), () -> {
            desk.get().settings().saveRetention(p);
            return null;
        }, done -> reload());
    }

    /**
     * Deletes (or anonymises) the selected records once the rep confirms; nothing happens on Cancel.
     * The rep is then told how many went and that compacting clears the space they used.
     */
    public void remove(Retention.Removal how) {
        List<RetentionItem> chosen = List.copyOf(selected);
        if (chosen.isEmpty()) {
            return;
        }
        String kind = how == Retention.Removal.DELETE ? "delete" : "anonymise";
        if (!dialogs.confirm(Messages.text("screens.retention." + kind + ".question", Map.of("n", chosen.size())),
                Messages.text("screens.retention." + kind + ".detail") + "\n\n"
                        + Messages.text("screens.retention.audited"),
                Messages.text("screens.retention." + kind + ".action"))) {
            return;
        }
        runner.run(Messages.text("screens.retention.failed.remove"), () -> desk.get().retention().remove(chosen, how), n -> {
            afterRemoval.run();
            reload();
            dialogs.inform(Messages.text("screens.retention." + kind + ".done", Map.of("n", n)),
                    List.of(Messages.text("screens.retention.compactHint")));
        });
    }

    /** Rewrites the file so deleted data no longer remains in its free space. */
    public void compact() {
        runner.run(Messages.text("screens.retention.failed.compact"), () -> {
            desk.get().retention().compact();
            return null;
        }, done -> dialogs.inform(Messages.text("screens.retention.compacted"),
                List.of(Messages.text("screens.retention.compactedDetail"))));
    }

    public IntegerProperty caseYearsProperty() {
        return caseYears;
    }

    public IntegerProperty memberYearsProperty() {
        return memberYears;
    }

    public IntegerProperty workloadYearsProperty() {
        return workloadYears;
    }

    /** The records past their period. */
    public ObservableList<RetentionItem> items() {
        return items;
    }

    /** The records the rep selected (the view keeps it in step with the table's selection). */
    public ObservableList<RetentionItem> selected() {
        return selected;
    }

    /** True while nothing is selected: Delete and Anonymise are disabled by it. */
    public BooleanBinding nothingSelected() {
        return Bindings.isEmpty(selected);
    }

    /** "3 records are past the retention period." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
