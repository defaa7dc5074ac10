package org.repdesk.ui;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A demand card on the board: title, kind and priority, last response and cases, any overdue
 * promise, each wrapped to the card's width. Text nodes laid out here rather than four wrapping
 * labels: the board's first cards were ~0.1 s of the FX thread the first time it was opened, most
 * of it the labels' skins and their measuring (issue 6).
 */
final class DemandCard extends Region {

    private static final double GAP = 3;

    private final Text title = StyledText.of("card-title");
    private final Text meta = StyledText.of("card-meta");
    private final Text facts = StyledText.of("card-meta");
    private final Text warning = StyledText.of("card-warning");
    private final List<Text> lines = List.of(title, meta, facts, warning);

    DemandCard() {
        getStyleClass().add("demand-card");
        warning.setText(org.repdesk.i18n.Messages.text("boards.card.promiseOverdue"));
        getChildren().addAll(lines);
    }

    void show(String titleText, String metaText, String factsText, boolean promiseOverdue) {
        title.setText(titleText);
        meta.setText(metaText);
        facts.setText(factsText);
        warning.setVisible(promiseOverdue);
        warning.setManaged(promiseOverdue);
    }

    /** The card's texts, one a line, as read out by a screen reader and shown in tests. */
    String text() {
        StringBuilder b = new StringBuilder();
        for (Text t : lines) {
            if (t.isManaged()) {
                b.append(b.isEmpty() ? "" : "\n").append(t.getText());
            }
        }
        return b.toString();
    }

    /** Wraps each line to {@code width} (the card's own when -1) and adds up their heights. */
    private double wrapTo(double width) {
        double outer = width >= 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
        double inner = Math.max(20, outer - snappedLeftInset() - snappedRightInset());
        double height = 0;
        int shown = 0;
        for (Text t : lines) {
            if (t.isManaged()) {
                t.setWrappingWidth(inner);
                height += t.getLayoutBounds().getHeight();
                shown++;
            }
        }
        return height + GAP * Math.max(0, shown - 1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 160;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + wrapTo(width) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        wrapTo(getWidth());
        double y = snappedTopInset();
        for (Text t : lines) {
            if (t.isManaged()) {
                t.relocate(snappedLeftInset(), y);
                y += t.getLayoutBounds().getHeight() + GAP;
            }
        }
    }
}
