package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.DemandStatus;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DemandsPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a branch casebook only officers keep the demands log: a rep reads it and is offered no button
 * the server would refuse, and is told why.
 */
@ExtendWith(ApplicationExtension.class)
class DemandsReadOnlyForARepTest {

    private RepDesk rachel;

    @Start
    void start(Stage stage) {
        CasebookAddress casebook = TestCasebooks.fresh();
        try (RepDesk olive = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.OFFICER), TestDesk.fixedClock())) {
            CampaignBulletins.load(olive.demands());
            assertTrue(olive.mayKeepDemandsLog());
        }
        rachel = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.REP), TestDesk.fixedClock());
        rachel.mayKeepDemandsLog(); // her role, asked when the casebook opens (as RepDesk.openCasebook does)
        new MainWindow(stage, rachel, false).show();
    }

    @AfterEach
    void close() {
        rachel.close();
    }

    @Test
    void aRepReadsTheBoardWithNoButtonToChangeItAndIsToldWhy(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.DEMANDS);
        DemandsPageHandle demands = new DemandsPageHandle(robot);
        // The board is put together a frame at a time: its columns are looked for only once they are there.
        waitUntil(30, () -> robot.lookup(".board-column").tryQuery().isPresent()
                && java.util.Arrays.stream(DemandStatus.values()).anyMatch(s -> !demands.column(s).getItems().isEmpty()));
        DemandStatus some = java.util.Arrays.stream(DemandStatus.values())
                .filter(s -> !demands.column(s).getItems().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> demands.column(some).getSelectionModel().selectFirst());
        // The detail is put together a frame at a time too: on a busy machine its title is not there at once.
        waitUntil(() -> !demands.detailTitle().isEmpty());
        assertEquals(List.of(), demands.changesOffered());
        assertTrue(demands.readOnlyNote().contains("officers"), demands.readOnlyNote());
        assertEquals(false, rachel.mayKeepDemandsLog());
    }
}
