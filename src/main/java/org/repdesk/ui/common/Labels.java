package org.repdesk.ui.common;

import javafx.util.StringConverter;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Labelled;

/**
 * A closed set's values (case type, status, grade, region, demand status…) as a screen shows them:
 * in the rep's language, where the model's own {@code toString()} and {@link Labelled#label()} stay
 * English for CSV files and logs. Every choice box, list cell and table cell that shows such a
 * value goes through here (controls: {@code ui/LabelCells}), so a screen in Welsh never shows one English word among the Welsh.
 */
public final class Labels {

    private Labels() {
    }

    /** {@code value} in the rep's language when it is a {@link Labelled}; else its own text; "" for none. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Labelled l ? l.label(Messages.language()) : value.toString();
    }

    /** A stage as stored, in the rep's language while it is a starting stage the rep has not renamed. */
    public static String stage(String stored) {
        return org.repdesk.model.StageCatalogue.shown(stored, Messages.language());
    }

    /** Shows stages by {@link #stage}; as {@link #converter()}, not read back. */
    public static StringConverter<String> stageConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(String stored) {
                return stage(stored);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("a choice of stages is not typed into");
            }
        };
    }

    /** Shows a choice's values by {@link #of}; reading back is not needed (the boxes are not editable). */
    public static <T> StringConverter<T> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return of(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice of labels is not typed into");
            }
        };
    }
}
