package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;

/** Tools ▸ Letter templates (Ctrl+Shift+L): the template form (ui/papers/LetterTemplatesDialog). */
public final class LetterTemplatesHandle extends Handle {

    public LetterTemplatesHandle(FxRobot robot) {
        super(robot);
    }

    /** The window is open. */
    public boolean open() {
        return present("template-title-en");
    }

    /** The English body of the template chosen, or "" while the window is not open. */
    public String bodyEn() {
        TextArea body = nodeIfThere("template-body-en");
        return body == null ? "" : body.getText();
    }

    /** Puts the cursor in the English title. */
    public void clickTitleEn() {
        robot.clickOn("#template-title-en");
    }

    /** What is wrong with the template as typed. */
    public String problems() {
        return textOf("template-problems");
    }

    public Button save() {
        return node("template-save");
    }

    public void close() {
        robot.clickOn("#templates-close");
    }
}
