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

    /** The list of templates is shown. */
    public boolean listShown() {
        return present("templates-list");
    }

    /** The list of templates down the window's side. */
    public javafx.scene.control.ListView<?> list() {
        return node("templates-list");
    }

    /** The list's rows as drawn (cells beyond the items have no text). */
    public java.util.List<javafx.scene.control.ListCell<?>> listCells() {
        return robot.lookup("#templates-list .list-cell").queryAll().stream()
                .<javafx.scene.control.ListCell<?>>map(c -> (javafx.scene.control.ListCell<?>) c).toList();
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
