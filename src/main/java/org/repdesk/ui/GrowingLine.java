package org.repdesk.ui;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A field of one line of text (no line breaks: Enter types none, a pasted break becomes a space)
 * that wraps onto as many rows as its words need, up to {@value #MOST_ROWS}, rather than scrolling
 * sideways: a case's manager with their role ("Stephen Hargreaves, Area manager (business support)")
 * read "Stephen Hargreaves, Area manager (b" in the case form's 294-pixel field at 1024x700. One row
 * while the words fit, so the form below (and its tabs) moves down only when the words need it.
 * Tab moves on as from a text field (WindowKeys does so for every text area).
 */
final class GrowingLine extends TextArea {

    static final int MOST_ROWS = 3;

    GrowingLine() {
        setWrapText(true);
        setPrefRowCount(1);
        setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().equals("\n") || change.getText().equals("\r\n")) {
                return null; // Enter on one line: nothing to type
            }
            change.setText(change.getText().replaceAll("[\\r\\n\\t]+", " "));
            return change;
        }));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Measured after the skin has laid out its content: the width the words wrap in is known then.
        int rows = rowsNeeded();
        if (rows != getPrefRowCount()) {
            setPrefRowCount(rows);
        }
    }

    /**
     * Its rows of text and the padding around them, no more: a text area's own height for one row
     * was about ten pixels more than a text field's (its scroll pane's room), which made the case
     * form taller for a manager whose words fit.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (!(lookup(".content") instanceof Region content)) {
            return super.computePrefHeight(width);
        }
        Text line = new Text("Xg");
        line.setFont(getFont());
        double rows = getPrefRowCount() * Math.ceil(line.getLayoutBounds().getHeight());
        javafx.scene.Node scroller = lookup(".scroll-pane");
        double around = scroller instanceof Region r ? r.snappedTopInset() + r.snappedBottomInset() : 0;
        return Math.ceil(snappedTopInset() + snappedBottomInset() + around + content.snappedTopInset()
                + content.snappedBottomInset() + rows) + 2; // the caret's line and rounding: no scroll bar
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    private int rowsNeeded() {
        if (getText() == null || getText().isEmpty() || !(lookup(".content") instanceof Region content)) {
            return 1;
        }
        double room = content.getWidth() - content.snappedLeftInset() - content.snappedRightInset();
        if (room <= 0) {
            return getPrefRowCount();
        }
        Text measured = new Text(getText());
        measured.setFont(getFont());
        double line = measured.getLayoutBounds().getHeight();
        measured.setWrappingWidth(room);
        int rows = (int) Math.round(measured.getLayoutBounds().getHeight() / line);
        return Math.max(1, Math.min(MOST_ROWS, rows));
    }
}
