package org.repdesk.ui;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.repdesk.ui.common.Labels;

/**
 * A table cell of two lines, the second muted (a member's name over their number, the union over the
 * grade), as the cases list's rows are two lines: fewer, folded columns fit a narrow table. A line
 * longer than its column wraps onto one more line rather than being cut.
 *
 * @param <S> the row, which is also the cell's value (its column sorts by both lines)
 */
final class TwoLineCell<S> extends TableCell<S, S> {

    private final Function<S, ?> top;
    private final Function<S, ?> bottom;
    private final Text first = StyledText.of("two-line-top");
    private final Text second = StyledText.of("two-line-bottom");
    private final VBox lines = new VBox(1, first, second);
    private final InvalidationListener wrap = o -> wrapWithinColumn();

    TwoLineCell(Function<S, ?> top, Function<S, ?> bottom) {
        this.top = top;
        this.bottom = bottom;
        getStyleClass().add("two-line-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        tableColumnProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.widthProperty().removeListener(wrap);
            }
            if (now != null) {
                now.widthProperty().addListener(wrap);
            }
        });
        paddingProperty().addListener(wrap);
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        first.setText(Labels.of(top.apply(row)));
        second.setText(Labels.of(bottom.apply(row)));
        setAccessibleText(first.getText() + ", " + second.getText());
        wrapWithinColumn();
        setGraphic(lines);
    }

    private void wrapWithinColumn() {
        TableColumn<S, S> column = getTableColumn();
        if (column == null) {
            return;
        }
        double width = Math.max(1, Math.floor(column.getWidth() - snappedLeftInset() - snappedRightInset()));
        if (first.getWrappingWidth() != width) {
            first.setWrappingWidth(width);
            second.setWrappingWidth(width);
        }
    }

    /** A column of these cells sorting by the first line, then the second (each as the tables sort). */
    static <S> TableColumn<S, S> column(String title, Function<S, ?> top, Function<S, ?> bottom) {
        TableColumn<S, S> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        col.setComparator(Tables.byTwo(top, bottom));
        col.setCellFactory(c -> new TwoLineCell<>(top, bottom));
        col.tableViewProperty().addListener((o, was, table) -> {
            if (table != null) {
                Tables.headingsInFull(table);
            }
        });
        return col;
    }
}
