package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import org.repdesk.ui.common.Labels;

/** A filter choice: "All types" (no value) or one value. */
record Pick<T>(String label, T value) {

    @Override
    public String toString() {
        return label;
    }

    /** A combo box offering "All …" first, then each value by its label. */
    static <T> ComboBox<Pick<T>> box(String allLabel, List<T> values) {
        ComboBox<Pick<T>> box = new ComboBox<>();
        setChoices(box, allLabel, values);
        return box;
    }

    static <T> void setChoices(ComboBox<Pick<T>> box, String allLabel, List<T> values) {
        List<Pick<T>> items = new ArrayList<>();
        items.add(new Pick<>(allLabel, null));
        values.forEach(v -> items.add(new Pick<>(org.repdesk.ui.common.Labels.of(v), v)));
        box.getItems().setAll(items);
        box.getSelectionModel().selectFirst();
    }

    /** Keeps {@code box} and a form's {@code value} ({@code null} for the first choice) the same, both ways. */
    static <T> void bind(ComboBox<Pick<T>> box, javafx.beans.property.ObjectProperty<T> value) {
        Runnable show = () -> box.getItems().stream().filter(p -> java.util.Objects.equals(p.value(), value.get()))
                .findFirst().ifPresent(box::setValue);
        show.run();
        value.addListener((o, a, v) -> show.run());
        box.valueProperty().addListener((o, a, p) -> value.set(p == null ? null : p.value()));
    }

    static <T> T selected(ComboBox<Pick<T>> box) {
        Pick<T> p = box.getValue();
        return p == null ? null : p.value();
    }
}
