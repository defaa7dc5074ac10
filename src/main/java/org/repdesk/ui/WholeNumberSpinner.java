package org.repdesk.ui;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;

/** A typed-or-stepped whole number kept in a view-model's property (backups to keep, retention years). */
final class WholeNumberSpinner {

    private WholeNumberSpinner() {
    }

    /**
     * An editable spinner from {@code min} to {@code max} showing {@code value}: it shows the
     * view-model's figure whenever that is read or changed, and the view-model takes the rep's.
     */
    static Spinner<Integer> of(String id, int min, int max, IntegerProperty value, double width) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(width);
        value.addListener((o, a, now) -> s.getValueFactory().setValue(now.intValue()));
        s.valueProperty().addListener((o, a, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        return s;
    }
}
