package org.repdesk.ui;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/** Building read-only table columns from a record accessor. */
final class Tables {

    /**
     * Names sort as a reader expects: Zoë with the Zs, and Łukasz with the Ls (Java's UK collator puts
     * the letters with a stroke, which have no accent to strip, after Z).
     */
    static final java.text.Collator NAMES = readersCollator();
    /**
     * Each text's sort key, made once: comparing keys is a byte comparison, where the collator works
     * through both texts at every comparison (sorting 20,000 members by name took ~0.2 s of the FX
     * thread). Weak: a text no longer held by any row is dropped. Filled from the list readers'
     * background thread too (see {@link #byName}), hence synchronized.
     *
     * <p>Held as the key's bytes ({@link java.text.CollationKey#toByteArray}, which compare as the keys do)
     * rather than as the key: a {@code RuleBasedCollationKey} is three objects (itself, its text and the
     * text's array), one array here. The 100k bench file's first load makes ~25,000 keys while the list
     * is read, and every young collection then copies what is still young (issue 21): 100,000 objects
     * held for them before, 50,000 (1.2 MB less) now.
     */
    private static final java.util.Map<String, byte[]> KEYS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Tables() {
    }

    private static java.text.Collator readersCollator() {
        java.text.Collator uk = java.text.Collator.getInstance(java.util.Locale.UK);
        try {
            return new java.text.RuleBasedCollator(((java.text.RuleBasedCollator) uk).getRules()
                    + "& l ; ł & L ; Ł & o ; ø & O ; Ø & d ; đ & D ; Đ");
        } catch (java.text.ParseException | ClassCastException e) {
            return uk; // sorts as before: the letters with a stroke after Z
        }
    }

    /** Blanks sort last; text ignores case; dates, numbers and enums sort naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof String x && b instanceof String y) {
            return java.util.Arrays.compareUnsigned(key(x), key(y));
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        return a.toString().compareToIgnoreCase(b.toString());
    }

    /** {@code text}'s sort key as bytes: unsigned, they compare as its collation key does. */
    private static byte[] key(String text) {
        return KEYS.computeIfAbsent(text, t -> NAMES.getCollationKey(t).toByteArray());
    }

    /** What is held for {@code text}'s sort key, null when none is (for the tests). */
    static Object heldKey(String text) {
        return KEYS.get(text);
    }

    /**
     * {@code rows} sorted by {@code name}, then {@code then}, as a two-line column of theirs sorts
     * ({@link #byTwo}), their sort keys made on the way. For a background thread: the members table
     * then sorts an already sorted list with keys at hand. Sorted by name alone, the 20,000 members
     * of the 100k bench file (5,850 names) were not in the table's order, and their numbers had no
     * keys: the first opening of the members screen re-sorted them, ~70 ms of the FX thread's ~110.
     */
    static <S> java.util.List<S> byName(java.util.List<S> rows, Function<S, String> name, Function<S, ?> then) {
        java.util.List<S> sorted = new java.util.ArrayList<>(rows);
        sorted.sort(byTwo(name, then));
        return sorted;
    }

    /** By {@code first}, then {@code second}, each as the tables sort. */
    static <S> java.util.Comparator<S> byTwo(Function<S, ?> first, Function<S, ?> second) {
        return (a, b) -> {
            int byFirst = compare(first.apply(a), first.apply(b));
            return byFirst != 0 ? byFirst : compare(second.apply(a), second.apply(b));
        };
    }

    static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        col.setPrefWidth(width);
        col.setComparator(Tables::compare);
        col.setCellFactory(LabelCells.cells()); // closed sets in the rep's language
        col.tableViewProperty().addListener((o, was, table) -> {
            if (table != null) {
                headingsInFull(table);
            }
        });
        return col;
    }

    /**
     * A cell whose words wrap within its column, the row as tall as they need, rather than being cut
     * with an ellipsis (the audit trail's sentences, the workload table's teams).
     */
    static <S> TableCell<S, Object> wrapping(TableColumn<S, Object> column) {
        Text text = new Text();
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        text.getStyleClass().add("wrapped-cell-text");
        TableCell<S, Object> cell = new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                String words = empty || item == null ? null : org.repdesk.ui.common.Labels.of(item);
                text.setText(words);
                setGraphic(words == null ? null : text);
                setAccessibleText(words);
            }
        };
        text.fillProperty().bind(cell.textFillProperty());
        text.fontProperty().bind(cell.fontProperty());
        cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        return cell;
    }

    /**
     * Keeps each column of {@code table} at least as wide as its heading, in the language and text
     * size of the moment: Welsh headings are longer ("Pwyntiau", "Gweithiwyd" read "Pwy…" and "Gwei…"
     * at 1024x700) and Ctrl+plus makes every heading wider. A table narrower than its headings then
     * scrolls sideways rather than cutting them. Once per table, whoever calls it first.
     */
    static void headingsInFull(TableView<?> table) {
        if (table.getProperties().containsKey(HEADINGS_KEPT)) {
            return;
        }
        // One pass over every heading, however many of them changed at once (a text size changes all).
        RunOnceLater fit = new RunOnceLater(() -> fitHeadings(table), Platform::runLater);
        table.getProperties().put(HEADINGS_KEPT, fit);
        table.skinProperty().addListener((o, a, skin) -> fit.ask());
        table.getVisibleLeafColumns().addListener((ListChangeListener<Object>) c -> fit.ask());
        table.getSortOrder().addListener((ListChangeListener<Object>) c -> fit.ask());
        if (table.getSkin() != null) {
            fit.ask();
        }
    }

    private static final String HEADINGS_KEPT = "repdesk.headingsInFull";
    private static final String OWN_MIN_WIDTH = "repdesk.ownMinWidth";
    /**
     * Room for the sort arrow beside a heading (about 12 pixels in the theme), only while the column
     * is sorted on: kept for every column it pushed a constrained table's last heading out of view.
     */
    private static final double SORT_ARROW = 14;

    private static void fitHeadings(TableView<?> table) {
        RunOnceLater fit = (RunOnceLater) table.getProperties().get(HEADINGS_KEPT);
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null
                    || !(header.lookup(".label") instanceof Label label)) {
                continue;
            }
            TableColumnBase<?, ?> column = header.getTableColumn();
            if (!label.getProperties().containsKey(HEADINGS_KEPT)) {
                // The theme's font reaches the label after it was first measured; the text size changes it too.
                label.getProperties().put(HEADINGS_KEPT, Boolean.TRUE);
                label.fontProperty().addListener((o, a, b) -> fit.ask());
                label.textProperty().addListener((o, a, b) -> fit.ask());
            }
            Object own = column.getProperties().computeIfAbsent(OWN_MIN_WIDTH, k -> column.getMinWidth());
            double heading = label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                    + (table.getSortOrder().contains(column) ? SORT_ARROW : 0);
            double wanted = Math.ceil(Math.max((Double) own, heading));
            if (column.getMinWidth() != wanted) {
                column.setMinWidth(wanted);
            }
            if (column.getPrefWidth() < wanted) {
                column.setPrefWidth(wanted);
            }
        }
    }
}
