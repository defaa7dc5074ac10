package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;

/** The briefs screen as a test sees it: the node ids live here, not in each test. */
public final class BriefsPageHandle {

    private final FxRobot robot;

    public BriefsPageHandle(FxRobot robot) {
        this.robot = robot;
    }

    public void open() {
        robot.clickOn("#nav-briefs");
    }

    public ListView<?> demands() {
        return robot.lookup("#brief-demands").queryListView();
    }

    /** Shown in the demands list while the log is empty (a new file). */
    public Button loadCampaignDemands() {
        return robot.lookup("#brief-load-demands").queryButton();
    }

    /** "Load the campaign's demands" is in place and shown (a new file's empty log). */
    public boolean offersCampaignDemands() {
        return robot.lookup("#brief-load-demands").tryQuery().map(n -> n.isVisible()).orElse(false);
    }

    public void preview() {
        robot.clickOn("#brief-preview");
    }

    public int pagesShown() {
        return robot.lookup("#page-preview").lookup(".page").queryAll().size();
    }

    /** The form's fields are in place (the screen puts them in a frame at a time). */
    public boolean fieldsInPlace() {
        return robot.lookup("#brief-from").tryQuery().map(n -> n.getScene() != null && n.getLayoutBounds().getWidth() > 0)
                .orElse(false);
    }

    /** The period's first day (a date field). */
    public javafx.scene.control.DatePicker from() {
        return robot.lookup("#brief-from").query();
    }

    public Button pdf() {
        return robot.lookup("#brief-pdf").queryButton();
    }

    /** Make the brief (Ctrl+Enter): the control before the demands. */
    public Button previewButton() {
        return robot.lookup("#brief-preview").queryButton();
    }

    /** Tick every demand: the control after the demands. */
    public Button allButton() {
        return robot.lookup("#brief-all").queryButton();
    }

    /** Untick every demand. */
    public Button noneButton() {
        return robot.lookup("#brief-none").queryButton();
    }
}
