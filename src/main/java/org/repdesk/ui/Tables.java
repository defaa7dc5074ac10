package org.repdesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Building read-only table columns from a record accessor. */
final class Tables {

    /** Names sort as a reader expects: Łukasz with the Ls, Zoë with the Zs. */
    private static final java.text.Collator NAMES = java.text.Collator.getInstance(java.util.Locale.UK);

    private Tables() {
    }

    /** Blanks sort last; text ignores case; dates, numbers and enums sort naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof String x && b instanceof String y) {
            return NAMES.compare(x, y);
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        return a.toString().compareToIgnoreCase(b.toString());
    }

    static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        col.setPrefWidth(width);
        col.setComparator(Tables::compare);
        return col;
    }
}
