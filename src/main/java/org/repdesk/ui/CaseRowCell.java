package org.repdesk.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.ui.common.Labels;

/**
 * One case in the cases list, on two lines: reference, member, opening date and next deadline;
 * type, stage, status, workload and region. Six text nodes, not nine table cells: the nine
 * columns did not fit beside the case form (the deadline was off to the right), and their cells
 * were most of the 0.5 s the list took to appear the first time at 100,000 cases (issue 6).
 */
final class CaseRowCell extends ListCell<CaseListRow> {

    /** Measures text for shortening it; never shown. FX thread only, as all cells are. */
    private static final Text MEASURE = new Text();
    private static final double GAP = 12;
    /** Room kept for the deadline, in font sizes ("overdue 17/11/2026" in bold), so opening dates line up. */
    private static final double DUE_EMS = 12.5;

    private final Supplier<LocalDate> today;
    private final Text reference = StyledText.of("case-row-ref");
    private final Text member = StyledText.of("case-row-member");
    private final Text opened = StyledText.of("case-row-opened");
    private final Text due = StyledText.of("case-row-due");
    private final Text about = StyledText.of("case-row-about");
    private final Text where = StyledText.of("case-row-where");
    private final Lines lines = new Lines();
    private String memberName = "";
    private String aboutText = "";

    CaseRowCell(Supplier<LocalDate> today) {
        this.today = today;
        getStyleClass().add("case-row");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(CaseListRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        reference.setText(row.reference());
        memberName = row.memberName() == null ? Messages.text("cases.row.member-deleted") : row.memberName();
        boolean late = row.isOverdue(today.get());
        due.setText(row.nextDeadline() == null ? ""
                : Messages.text(late ? "cases.row.overdue" : "cases.row.due",
                        Map.of("date", DateField.format(row.nextDeadline()))));
        lines.pseudoClassStateChanged(OVERDUE, late);
        StringBuilder b = new StringBuilder().append(org.repdesk.ui.common.Labels.of(row.type()));
        if (row.stage() != null && !row.stage().isBlank()) {
            b.append(" · ").append(org.repdesk.ui.common.Labels.stage(row.stage()));
        }
        b.append(" · ").append(org.repdesk.ui.common.Labels.of(row.status()));
        if (row.workloadFactor() == WorkloadFactor.YES) {
            b.append(" · ").append(Messages.text("cases.row.workload-factor"));
        } else if (row.workloadFactor() == WorkloadFactor.DISPUTED) {
            b.append(" · ").append(Messages.text("cases.row.workload-disputed"));
        }
        aboutText = b.toString();
        opened.setText(Messages.text("cases.row.opened", Map.of("date", DateField.format(row.openedOn()))));
        where.setText(row.region() == null ? "" : org.repdesk.ui.common.Labels.of(row.region()));
        setAccessibleText(row.reference() + ", " + memberName + ", " + opened.getText()
                + (due.getText().isEmpty() ? "" : ", " + due.getText()) + ", " + aboutText + ", " + where.getText());
        setGraphic(lines);
        lines.requestLayout();
    }

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    /** Lays the five texts out on two lines, shortening the member and the case's details to fit. */
    private final class Lines extends Region {

        Lines() {
            getStyleClass().add("case-row-lines");
            getChildren().addAll(reference, member, opened, due, about, where);
        }

        @Override
        protected double computePrefHeight(double width) {
            return snapSizeY(lineHeight(reference) + 2 + lineHeight(about));
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0; // as wide as the list, never wider: no sideways scrolling
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double top = lineHeight(reference);
            place(reference, 0, 0);
            double memberX = reference.getLayoutBounds().getWidth() + GAP;
            double dueWidth = due.getLayoutBounds().getWidth();
            double nameWidth = widthOf(member, memberName);
            // A narrow list (1024 pixels wide) cut the member's name to "S…": the name matters most.
            // The opening date gives way first, then the deadline moves to the second line in place
            // of the region (the row's accessible text still says all of them).
            boolean dueOnTop = dueWidth == 0 || memberX + nameWidth + GAP + dueWidth <= w;
            double openedX = w - Math.max(dueWidth, DUE_EMS * due.getFont().getSize()) - GAP - opened.getLayoutBounds().getWidth();
            boolean roomForOpened = dueOnTop && openedX - GAP - memberX >= nameWidth;
            opened.setVisible(roomForOpened);
            // The stage matters more than the region on the second line: a long stage ("Formal stage 1
            // (first written warning)") was cut to "Formal st…" beside the region, which then gives way.
            double whereWidth = where.getLayoutBounds().getWidth();
            boolean roomForWhere = dueOnTop && widthOf(about, aboutText) <= w - whereWidth - GAP;
            where.setVisible(roomForWhere);
            if (dueOnTop) {
                place(due, w - dueWidth, 0);
                place(opened, openedX, 0);
                fit(member, memberName, (roomForOpened ? openedX : w - dueWidth) - GAP - memberX);
                place(where, w - whereWidth, top + 2);
                fit(about, aboutText, roomForWhere ? w - whereWidth - GAP : w);
            } else {
                fit(member, memberName, w - memberX);
                place(due, w - dueWidth, top + 2);
                fit(about, aboutText, w - dueWidth - GAP);
            }
            place(member, memberX, 0);
            place(about, 0, top + 2);
        }

        private double lineHeight(Text t) {
            return t.getLayoutBounds().getHeight();
        }

        private void place(Text t, double x, double y) {
            t.relocate(snapPositionX(x), snapPositionY(y));
        }
    }

    /**
     * Shows {@code full} in {@code t}, cut short with an ellipsis to fit {@code width}. Measured on a
     * text never shown: setting the shown one twice a layout would ask for another layout each time.
     */
    static void fit(Text t, String full, double width) {
        String shown = full;
        if (width <= 0) {
            shown = "";
        } else if (widthOf(t, full) > width) {
            int lo = 0;
            int hi = full.length();
            while (lo < hi) { // the longest start that fits with its ellipsis
                int mid = (lo + hi + 1) / 2;
                if (widthOf(t, full.substring(0, mid).stripTrailing() + "…") <= width) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            shown = lo == 0 ? "" : full.substring(0, lo).stripTrailing() + "…";
        }
        if (!shown.equals(t.getText())) {
            t.setText(shown);
        }
    }

    private static double widthOf(Text like, String s) {
        MEASURE.setFont(like.getFont());
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
