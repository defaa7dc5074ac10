package org.repdesk.ui.handles;

import javafx.scene.control.ListView;
import org.repdesk.ui.papers.DocumentsPanel;
import org.testfx.api.FxRobot;

/** A case's Documents tab: its list, its status line and its buttons (ui/papers/DocumentsPanel). */
public final class DocumentsPanelHandle extends Handle {

    public DocumentsPanelHandle(FxRobot robot) {
        super(robot);
    }

    public DocumentsPanel panel() {
        return node("documents-panel");
    }

    public ListView<?> list() {
        return node("documents-list");
    }

    /** "Attached document 1: …", "The letter is kept on the case as document 1.". */
    public String status() {
        return textOf("documents-status");
    }

    public void preview() {
        robot.clickOn("#documents-preview");
    }

    /** What the preview window says under its page ("1 page"), or "" while it is not open. */
    public String previewMessage() {
        javafx.scene.control.Label message = nodeIfThere("preview-message");
        return message == null ? "" : message.getText();
    }

    /** Letter…: a letter from a template, for this case. */
    public void makeLetter() {
        robot.clickOn("#documents-letter");
    }
}
