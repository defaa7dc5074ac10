package org.repdesk.ui.handles;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The offer, at start, of a draft a stopped RepDesk left unsaved (ui/papers/DraftsOffer). */
public final class DraftsOfferHandle {

    private final FxRobot robot;

    public DraftsOfferHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** A draft is on offer. */
    public boolean shown() {
        return robot.lookup("#draft-text").tryQuery().map(n -> n.getScene() != null && n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    /** The words typed, as the offer shows them. */
    public String words() {
        return robot.lookup("#draft-text").queryAs(TextArea.class).getText();
    }

    /** Why the last Save was refused ("" when it was not). */
    public String problem() {
        return robot.lookup("#draft-problem").queryAs(Label.class).getText();
    }

    /** Presses the offer's button named {@code label} ("Save it as a note on the case", "Discard it"). */
    public void press(String label) {
        robot.clickOn(label);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
