package org.repdesk.ui;

import java.util.Collection;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Room for a field's words, so a small laptop (1024x700) and Welsh's longer words do not cut them:
 * a drop-down as wide as its longest choice, a text field as wide as its example.
 */
final class WholeText {

    /** A drop-down's button, list cell padding and arrow around its text, in ems (measured: 3.2). */
    private static final double DROP_DOWN_EMS = 4;

    private WholeText() {
    }

    /** How wide {@code text} is in {@code font}, in pixels. */
    static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }

    /** The font the rep reads in: the system's, at the text size chosen. */
    static Font readingFont() {
        return Font.font(Font.getDefault().getFamily(), Styling.textSize());
    }

    /**
     * A drop-down never narrower than the longest of {@code choices}, including those it will offer
     * later (the stages of another case type), so the form around it is laid out wide enough once.
     */
    static void keepLongestWhole(ComboBox<?> box, Collection<String> choices) {
        Font font = readingFont();
        double widest = choices.stream().mapToDouble(c -> width(c, font)).max().orElse(0);
        box.setMinWidth(Math.ceil(widest + DROP_DOWN_EMS * font.getSize()));
    }

    /** A text field at least as wide as its prompt (an example of what to type), so the example is read whole. */
    static TextField fieldShowingItsPrompt(String prompt) {
        TextField field = new TextField() {
            @Override
            protected double computePrefWidth(double height) {
                double example = width(getPromptText(), getFont()) + snappedLeftInset() + snappedRightInset();
                return Math.max(super.computePrefWidth(height), Math.ceil(example) + 2);
            }
        };
        field.setPromptText(prompt);
        return field;
    }
}
