package org.repdesk.ui.cases;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.ui.common.Latest;
import org.repdesk.ui.papers.Runner;

/**
 * What a case's tab lists (its timeline, its deadlines): the items, the one selected, how many,
 * and which case they are of; a read finishing after a later one was asked for is dropped.
 */
final class CaseTabItems<T> {

    /** Reads the rows of one case, on the worker. */
    interface Read<R> {
        R of(UUID caseId) throws Exception;
    }

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final IntegerBinding count = Bindings.size(items);
    private final BooleanBinding nothingSelected = Bindings.isNull(selected);
    private UUID caseId;
    private final Latest latest = new Latest();

    ObservableList<T> items() {
        return items;
    }

    ObjectProperty<T> selected() {
        return selected;
    }

    IntegerBinding count() {
        return count;
    }

    BooleanBinding nothingSelected() {
        return nothingSelected;
    }

    UUID caseId() {
        return caseId;
    }

    void show(UUID id) {
        caseId = id;
    }

    /** Reads the case shown through {@code runner}; {@code fresh} gets the rows only if no later read was asked for. */
    <R> void read(Runner runner, String failure, Read<R> read, Consumer<R> fresh) {
        UUID id = caseId;
        if (id == null) {
            latest.forget();
            return;
        }
        runner.run(failure, () -> read.of(id), latest.ask(fresh));
    }

    /** The usual {@code fresh}: the rows as they were read. */
    void setAll(List<T> rows) {
        items.setAll(rows);
    }
}
