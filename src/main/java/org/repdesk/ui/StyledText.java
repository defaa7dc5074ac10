package org.repdesk.ui;

import javafx.scene.text.Text;

/** Text nodes for lines laid out by hand (the cases list's rows, the demand cards), styled by class. */
final class StyledText {

    private StyledText() {
    }

    /** An empty text node with {@code styleClass}. */
    static Text of(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        return t;
    }
}
