package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.repdesk.i18n.DocumentLanguage;
import org.testfx.api.FxRobot;

/** A document's preview (case summary, caseload report, hearing summaries): print, save, its language (ui/DocumentDialog). */
public final class DocumentPreviewHandle {

    private final FxRobot robot;

    public DocumentPreviewHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Shown, and its PDF made: Save can be pressed. */
    public boolean ready() {
        return robot.lookup("#document-save").tryQuery().map(n -> !n.isDisabled()).orElse(false);
    }

    @SuppressWarnings("unchecked")
    public ComboBox<DocumentLanguage> language() {
        return robot.lookup("#document-language").queryAs(ComboBox.class);
    }

    /** Makes the document again in {@code language} (Save waits until it is made). */
    public void chooseLanguage(DocumentLanguage language) {
        robot.interact(() -> language().setValue(language));
    }

    public void clickSave() {
        robot.clickOn(robot.lookup("#document-save").queryAs(Button.class));
    }

    /** Esc closes the preview. */
    public void close() {
        robot.clickOn(robot.lookup("#document-language").queryAs(ComboBox.class)).type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
    }
}
