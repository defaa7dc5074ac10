package org.repdesk.ui;

import java.time.LocalDate;
import java.util.List;
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
 * type, stage, status, workload and region (a third line when the details need the row's width).
 * Six text nodes, not nine table cells: the nine columns did not fit beside the case form (the
 * deadline was off to the right), and their cells were most of the 0.5 s the list took to appear
 * the first time at 100,000 cases (issue 6).
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
    /** The details without the workload factor, which gives way first (the form and a filter say it). */
    private String coreText = "";

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
        memberName = row.memberName() == null ? Messages.text("cases.row.member-deleted")
                : org.repdesk.model.Member.shownName(row.memberName(), Messages.language());
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
        coreText = b.toString();
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

    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        // The list asks with the row's width: a row whose details wrap is a line taller.
        double w = width > 0 ? width : getListView() == null ? -1 : getListView().getWidth();
        return snapSizeY(snappedTopInset() + lines.heightAt(w - snappedLeftInset() - snappedRightInset())
                + snappedBottomInset());
    }

    /**
     * Where the texts go in a row {@code w} wide. The member's name matters most: the opening date gives
     * way first, then the deadline moves to the second line. The case's type, stage and status are never
     * cut: beside a deadline on the second line they read "Absenoldeb salwch · P…" at 1024 pixels
     * (Welsh). The workload factor gives way to them, then the region; when they still do not fit
     * beside the deadline they have the line to themselves (wrapping if they must) and the deadline
     * goes under them, beside the region.
     */
    private record Plan(boolean dueOnTop, boolean roomForOpened, boolean aboutBesideDue, String details,
            double aboutWidth, boolean roomForWhere) {
    }

    private Plan plan(double w) {
        double memberX = reference.getLayoutBounds().getWidth() + GAP;
        double dueWidth = due.getLayoutBounds().getWidth();
        double nameWidth = widthOf(member, memberName);
        double whereWidth = where.getLayoutBounds().getWidth();
        boolean dueOnTop = dueWidth == 0 || memberX + nameWidth + GAP + dueWidth <= w;
        double openedX = w - Math.max(dueWidth, DUE_EMS * due.getFont().getSize()) - GAP - opened.getLayoutBounds().getWidth();
        boolean roomForOpened = dueOnTop && openedX - GAP - memberX >= nameWidth;
        if (dueOnTop) {
            // The stage matters more than the region on the second line: a long stage ("Formal stage 1
            // (first written warning)") was cut to "Formal st…" beside the region, which then gives way.
            double besideWhere = w - whereWidth - GAP;
            String details = fits(aboutText, besideWhere) || !fits(coreText, besideWhere) && fits(aboutText, w)
                    ? aboutText : coreText;
            boolean roomForWhere = fits(details, besideWhere);
            return new Plan(true, roomForOpened, false, details, roomForWhere ? besideWhere : w, roomForWhere);
        }
        double besideDue = w - dueWidth - GAP;
        for (String details : List.of(aboutText, coreText)) {
            if (fits(details, besideDue)) {
                return new Plan(false, false, true, details, besideDue, false);
            }
        }
        return new Plan(false, false, false, fits(aboutText, w) ? aboutText : coreText, w, whereWidth + GAP + dueWidth <= w);
    }

    private boolean fits(String details, double width) {
        return widthOf(about, details) <= width;
    }

    /** Lays the texts out on two lines, or three when the case's details need the whole width. */
    private final class Lines extends Region {

        Lines() {
            getStyleClass().add("case-row-lines");
            getChildren().addAll(reference, member, opened, due, about, where);
        }

        /** The rows' height at {@code w} pixels wide (two lines where the width is not known yet). */
        double heightAt(double w) {
            double two = lineHeight(reference) + 2 + lineHeight(about);
            if (w <= 0) {
                return two;
            }
            Plan plan = plan(w);
            double details = wrappedHeight(about, plan.details(), plan.aboutWidth());
            return lineHeight(reference) + 2 + details + (plan.dueOnTop() || plan.aboutBesideDue() ? 0 : 2 + lineHeight(due));
        }

        @Override
        protected double computePrefHeight(double width) {
            return snapSizeY(heightAt(width > 0 ? width : getWidth()));
        }

        @Override
        protected double computePrefWidth(double height) {
            return 0; // as wide as the list, never wider: no sideways scrolling
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double top = lineHeight(reference);
            Plan plan = plan(w);
            place(reference, 0, 0);
            double memberX = reference.getLayoutBounds().getWidth() + GAP;
            double dueWidth = due.getLayoutBounds().getWidth();
            double whereWidth = where.getLayoutBounds().getWidth();
            double openedX = w - Math.max(dueWidth, DUE_EMS * due.getFont().getSize()) - GAP - opened.getLayoutBounds().getWidth();
            opened.setVisible(plan.roomForOpened());
            where.setVisible(plan.roomForWhere());
            show(about, plan.details(), plan.aboutWidth());
            double aboutBottom = top + 2 + about.getLayoutBounds().getHeight();
            if (plan.dueOnTop()) {
                place(due, w - dueWidth, 0);
                place(opened, openedX, 0);
                fit(member, memberName, (plan.roomForOpened() ? openedX : w - dueWidth) - GAP - memberX);
                place(where, w - whereWidth, top + 2);
            } else if (plan.aboutBesideDue()) {
                fit(member, memberName, w - memberX);
                place(due, w - dueWidth, top + 2);
            } else {
                fit(member, memberName, w - memberX);
                place(due, w - dueWidth, aboutBottom + 2);
                place(where, 0, aboutBottom + 2);
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

    /** Shows {@code full} in {@code t} whole, wrapping at {@code width} if it is wider. */
    private static void show(Text t, String full, double width) {
        if (!full.equals(t.getText())) {
            t.setText(full);
        }
        double wrap = widthOf(t, full) <= width ? 0 : Math.max(1, width);
        if (t.getWrappingWidth() != wrap) {
            t.setWrappingWidth(wrap);
        }
    }

    /** How tall {@code full} is in {@code like}'s font, wrapped at {@code width} if it is wider. */
    private static double wrappedHeight(Text like, String full, double width) {
        MEASURE.setFont(like.getFont());
        MEASURE.setText(full);
        if (MEASURE.getLayoutBounds().getWidth() > width) {
            MEASURE.setWrappingWidth(Math.max(1, width));
        }
        double h = MEASURE.getLayoutBounds().getHeight();
        MEASURE.setWrappingWidth(0);
        return h;
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
        MEASURE.setWrappingWidth(0);
        MEASURE.setFont(like.getFont());
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
