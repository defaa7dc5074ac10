package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BriefsPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On a new file the brief says where demands come from and loads the campaign's, rather than "Choose at least one demand." */
@ExtendWith(ApplicationExtension.class)
class BriefOnANewFileTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("new-" + System.nanoTime()));
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anEmptyLogPointsToTheCampaignsDemandsAndLoadsThemChecked(FxRobot robot) throws Exception {
        BriefsPageHandle briefs = new BriefsPageHandle(robot);
        briefs.open();
        waitUntil(30, briefs::offersCampaignDemands);
        briefs.preview();
        waitUntil(() -> robot.lookup(".problems").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("The demands log is empty"));
        robot.clickOn(briefs.loadCampaignDemands());
        waitUntil(30, () -> briefs.demands().getItems().size() == CampaignBulletins.size());
        var checked = ((org.controlsfx.control.CheckListView<?>) briefs.demands()).getCheckModel().getCheckedItems();
        assertTrue(checked.size() == CampaignBulletins.size(), "every demand loaded is chosen for the brief");
    }
}
