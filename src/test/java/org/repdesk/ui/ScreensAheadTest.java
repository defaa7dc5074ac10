package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BriefsPageHandle;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the rep's pauses the screens not opened yet, and the case form, are put together hidden (issue 21:
 * their first opening held the FX thread up to 187 ms); opened later, the screen shown is the one put
 * together ahead, and it works.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensAheadTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("ahead-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Rhian Bowen").build());
        desk.cases().open(aCase(m).build());
        MainWindow window = new MainWindow(stage, desk, false);
        window.show();
        window.putScreensTogetherAhead(100, System::nanoTime);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theScreensPutTogetherInAPauseAreTheOnesShownAndTheyWork(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        CaseFormHandle form = new CaseFormHandle(robot);
        // Only the dashboard opened: the rest go together while the rep is away, hidden.
        waitUntil(30, () -> form.stageMenuIfMade().isPresent() && java.util.stream.Stream.of(FrameHandle.Screen.CASES,
                FrameHandle.Screen.MEMBERS, FrameHandle.Screen.WORKLOAD, FrameHandle.Screen.DEMANDS, FrameHandle.Screen.BRIEFS)
                .allMatch(s -> frame.mainPartIfMade(s).isPresent()));
        assertEquals(FrameHandle.Screen.DASHBOARD, frame.selected());
        Node preview = frame.mainPartIfMade(FrameHandle.Screen.BRIEFS).orElseThrow();
        Node stage = form.stageMenuIfMade().orElseThrow();
        assertFalse(FrameHandle.shown(preview), "Briefs is put together hidden");
        assertFalse(FrameHandle.shown(stage), "so is the case form");

        // The case form made ahead shows the case chosen.
        frame.open(FrameHandle.Screen.CASES);
        robot.interact(() -> new CasesPageHandle(robot).list().getSelectionModel().select(0));
        waitUntil(30, () -> form.title().contains("Rhian Bowen") && FrameHandle.shown(stage));
        assertSame(stage, form.stageMenuIfMade().orElseThrow(), "the form shown is the one made ahead");

        // Briefs made ahead: shown at once, its demands read on opening, and it makes a brief.
        BriefsPageHandle briefs = new BriefsPageHandle(robot);
        briefs.open();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FrameHandle.shown(preview), "Briefs shows the screen made ahead");
        assertSame(preview, briefs.previewButton());
        waitUntil(30, briefs::offersCampaignDemands);
        robot.clickOn(briefs.loadCampaignDemands());
        waitUntil(30, () -> briefs.demands().getItems().size() == CampaignBulletins.size());
        briefs.preview();
        waitUntil(60, () -> briefs.pagesShown() > 0);
    }
}
