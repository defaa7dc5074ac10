package org.repdesk.ui.absence;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AttendanceStrip;

/**
 * The window drawn as a strip: each absence as a block along the bottom, the running count of days
 * lost as a climbing line, the trigger as a dashed line across. Redrawn when resized or recalculated.
 */
public final class AbsenceStripCanvas extends Region {

    // A canvas cannot read CSS, so this region does and hands the colours to it: absence.css sets them
    // from the theme's looked-up colours. Before, Primer Light's were written here, and the dark theme
    // drew a white strip and the scale's words at 3.0:1 (#57606a on #0d1117). These are the light ones.
    static final Color COUNTED = Color.web("#0969da");
    static final Color DISABILITY = Color.web("#8250df");
    static final Color PREGNANCY = Color.web("#8c959f");
    static final Color TIPPED = Color.web("#cf222e");
    static final Color TEXT = Color.web("#57606a");
    static final Color GRID = Color.web("#d0d7de");
    static final Color GROUND = Color.web("#f6f8fa");

    private static final StyleablePropertyFactory<AbsenceStripCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private final StyleableProperty<Color> counted = colour("-rd-strip-counted", s -> s.counted, COUNTED);
    private final StyleableProperty<Color> disability = colour("-rd-strip-disability", s -> s.disability, DISABILITY);
    private final StyleableProperty<Color> pregnancy = colour("-rd-strip-pregnancy", s -> s.pregnancy, PREGNANCY);
    private final StyleableProperty<Color> tipped = colour("-rd-strip-tipped", s -> s.tipped, TIPPED);
    private final StyleableProperty<Color> text = colour("-rd-strip-text", s -> s.text, TEXT);
    private final StyleableProperty<Color> grid = colour("-rd-strip-grid", s -> s.grid, GRID);
    private final StyleableProperty<Color> ground = colour("-rd-strip-ground", s -> s.ground, GROUND);

    /** The least space between two month names along the bottom, in pixels. */
    static final double LABEL_GAP = 4;

    private final Canvas canvas = new Canvas();
    private AttendanceStrip strip;

    public AbsenceStripCanvas() {
        // Unmanaged: the canvas follows this region's size and must not push it wider (a layout loop otherwise).
        canvas.setManaged(false);
        getChildren().add(canvas);
        getStyleClass().add("absence-strip");
        setMinWidth(240);
        setPrefWidth(420);
        setMinHeight(150);
        setPrefHeight(170);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    private StyleableProperty<Color> colour(String property,
            java.util.function.Function<AbsenceStripCanvas, StyleableProperty<Color>> of, Color light) {
        StyleableProperty<Color> p = CSS.createStyleableColorProperty(this, property.substring(1), property, of, light);
        ((javafx.beans.value.ObservableValue<?>) p).addListener(o -> draw());
        return p;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    public void show(AttendanceStrip s) {
        this.strip = s;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (strip == null || w < 40 || h < 60) {
            return;
        }
        double left = 34;
        double right = w - 8;
        double top = 8;
        double stripTop = h - 42;
        double stripBottom = h - 22;
        double chartBottom = stripTop - 6;
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);

        // the scale: days up the side, months along the bottom
        g.setStroke(grid.getValue());
        g.setLineWidth(1);
        g.setFill(text.getValue());
        g.setTextAlign(TextAlignment.RIGHT);
        double maxDays = strip.maxDays();
        int step = maxDays > 20 ? 5 : maxDays > 8 ? 2 : 1;
        for (int d = 0; d <= maxDays; d += step) {
            double y = y(d, maxDays, top, chartBottom);
            g.strokeLine(left, y, right, y);
            g.fillText(String.valueOf(d), left - 4, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        double labelsEnd = Double.NEGATIVE_INFINITY;
        for (LocalDate m : strip.monthStarts()) {
            double x = left + strip.x(m) * (right - left);
            g.strokeLine(x, top, x, stripBottom);
            String name = m.getMonth().getDisplayName(TextStyle.SHORT, Messages.language());
            double width = textWidth(name, g.getFont());
            if (monthLabelFits(x + 2, width, labelsEnd, right)) {
                g.fillText(name, x + 2, h - 10);
                labelsEnd = x + 2 + width;
            }
        }

        // the absences along the strip
        g.setFill(ground.getValue());
        g.fillRect(left, stripTop, right - left, stripBottom - stripTop);
        for (AttendanceStrip.Block b : strip.blocks()) {
            double x1 = left + strip.x(b.first()) * (right - left);
            double x2 = left + strip.x(b.last().plusDays(1)) * (right - left);
            g.setFill(switch (b.kind()) {
                case COUNTED -> counted.getValue();
                case DISABILITY_RELATED -> disability.getValue();
                case PREGNANCY_RELATED -> pregnancy.getValue();
            });
            g.fillRect(x1, stripTop + 2, Math.max(2, x2 - x1), stripBottom - stripTop - 4);
            if (b.tipped()) {
                g.setStroke(tipped.getValue());
                g.setLineWidth(2);
                g.strokeRect(x1 - 1, stripTop, Math.max(2, x2 - x1) + 2, stripBottom - stripTop);
            }
        }

        // the running count: without disability-related absence dashed, as written solid
        steps(g, strip.stepsWithoutDisability(), disability.getValue(), true, left, right, top, chartBottom);
        steps(g, strip.steps(), counted.getValue(), false, left, right, top, chartBottom);

        // the trigger line
        double ty = y(strip.triggerDays(), maxDays, top, chartBottom);
        g.setStroke(tipped.getValue());
        g.setLineWidth(1.5);
        g.setLineDashes(6, 4);
        g.strokeLine(left, ty, right, ty);
        g.setLineDashes();
        g.setFill(tipped.getValue());
        g.fillText(Messages.text("absence.strip.trigger", java.util.Map.of("days", strip.triggerDays())), left + 4, ty - 8);
        if (strip.tippedOn() != null) {
            double x = left + strip.x(strip.tippedOn()) * (right - left);
            g.fillOval(x - 4, ty - 4, 8, 8);
        }
    }

    private void steps(GraphicsContext g, java.util.List<AttendanceStrip.Step> steps, Color colour, boolean dashed,
            double left, double right, double top, double bottom) {
        g.setStroke(colour);
        g.setLineWidth(2);
        if (dashed) {
            g.setLineDashes(3, 3);
        }
        double maxDays = strip.maxDays();
        double x = left;
        double y = y(0, maxDays, top, bottom);
        g.beginPath();
        g.moveTo(x, y);
        for (AttendanceStrip.Step s : steps) {
            double nx = left + strip.x(s.date().plusDays(1)) * (right - left);
            g.lineTo(nx, y);
            y = y(s.days(), maxDays, top, bottom);
            g.lineTo(nx, y);
        }
        g.lineTo(right, y);
        g.stroke();
        g.setLineDashes();
    }

    private static double y(double days, double maxDays, double top, double bottom) {
        return bottom - days / maxDays * (bottom - top);
    }

    /**
     * A month's name is drawn only where it ends inside the strip and starts clear of the name before
     * it: in a narrow window Welsh "Chwef" ran into "Maw" at 1024x700; one left unlabelled is better
     * than two that cannot be read.
     */
    static boolean monthLabelFits(double start, double width, double previousEnd, double right) {
        return start >= previousEnd + LABEL_GAP && start + width <= right;
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
