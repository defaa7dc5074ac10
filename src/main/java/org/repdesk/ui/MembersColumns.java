package org.repdesk.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.ui.common.Labels;

/**
 * Which of the members table's columns are shown: as many as fit whole, without scrolling sideways.
 * The region gives way first, then team and office: the member form beside the table shows all three.
 * At 1024x700 the table keeps name and number, union and grade; at 1280x800 team and office too.
 */
final class MembersColumns {

    /** A name and a team have no longest value: this many ems each, a longer one wraps in its cell. */
    private static final double NAME_EMS = 12;
    private static final double TEAM_EMS = 11;
    /** A cell's padding, and the vertical scroll bar the rows take beside the columns, in ems. */
    private static final double PADDING_EMS = 1.5;
    private static final double SCROLL_BAR_EMS = 1.2;

    private MembersColumns() {
    }

    /** Shows {@code table}'s columns (name, union, team, region, in this order) as its width has room for. */
    static void keepToWhatFits(TableView<Member> table) {
        RunOnceLater fit = new RunOnceLater(() -> showWhatFits(table), Platform::runLater);
        table.widthProperty().addListener(o -> fit.ask());
        // A heading's width follows the language and the text size (Tables.headingsInFull).
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(o -> fit.ask()));
    }

    private static void showWhatFits(TableView<Member> table) {
        if (table.getWidth() <= 0) {
            return;
        }
        Font font = WholeText.readingFont();
        double em = font.getSize();
        List<Double> wants = List.of(NAME_EMS * em,
                widest(Stream.concat(Arrays.stream(Union.values()), Arrays.stream(Grade.values())), font),
                TEAM_EMS * em,
                widest(Arrays.stream(Region.values()), font));
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR_EMS * em;
        double used = 0;
        boolean fits = true;
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<Member, ?> column = table.getColumns().get(i);
            double want = Math.ceil(Math.max(wants.get(i) + PADDING_EMS * em, column.getMinWidth()));
            fits = fits && (i == 0 || used + want <= room); // the name is always shown
            if (fits) {
                used += want;
                column.setPrefWidth(want);
            }
            if (column.isVisible() != fits) {
                column.setVisible(fits);
            }
        }
    }

    private static double widest(Stream<?> values, Font font) {
        return values.mapToDouble(v -> WholeText.width(Labels.of(v), font)).max().orElse(0);
    }
}
