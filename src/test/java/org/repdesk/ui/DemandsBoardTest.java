package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The demands board: a response that changes a demand's status moves its card and joins its history. */
@ExtendWith(ApplicationExtension.class)
class DemandsBoardTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("board-" + System.nanoTime()));
        new MainWindow(stage, desk, true).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aResponseThatRefusesADemandMovesItsCardAndShowsInItsHistory(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-load-demands");
        waitUntil(() -> desk.demands().all().size() == CampaignBulletins.size());
        robot.push(KeyCode.ENTER); // close "Demands loaded"
        ListView<?> raised = robot.lookup("#board-raised").queryListView();
        ListView<?> refused = robot.lookup("#board-refused").queryListView();
        waitUntil(() -> raised.getItems().size() == CampaignBulletins.size());
        assertEquals(0, refused.getItems().size());

        String title = "Suspend capability proceedings where workload is a factor";
        robot.interact(() -> {
            int at = 0;
            for (int i = 0; i < raised.getItems().size(); i++) {
                if (raised.getItems().get(i).toString().contains(title)) {
                    at = i;
                }
            }
            raised.scrollTo(at);
        });
        robot.clickOn(title);
        waitUntil(() -> robot.lookup("#demand-detail-title").queryLabeled().getText()
                .startsWith("Suspend capability"));
        robot.clickOn("#demand-respond");
        robot.clickOn("#response-said").write("HMPPS will not suspend proceedings; managers keep discretion.");
        robot.interact(() -> {
            var box = robot.lookup("#response-status").<Pick<DemandStatus>>queryComboBox();
            box.getItems().stream().filter(p -> p.value() == DemandStatus.REFUSED).findFirst().ifPresent(box::setValue);
        });
        Button save = robot.lookup("#response-save").queryButton();
        assertTrue(!save.isDisabled());
        robot.clickOn(save);

        Demand d = desk.demands().bySourceKey("urgent-5").orElseThrow();
        waitUntil(() -> desk.demands().byId(d.id()).orElseThrow().status() == DemandStatus.REFUSED);
        waitUntil(() -> refused.getItems().size() == 1);
        assertEquals(CampaignBulletins.size() - 1, raised.getItems().size());
        ListView<?> history = robot.lookup("#demand-history").queryListView();
        waitUntil(() -> history.getItems().size() == 3); // raised, response, status change
        assertEquals(2, desk.demands().history(d.id()).size());
        assertEquals(DemandStatus.REFUSED, desk.demands().history(d.id()).get(1).to());
    }
}
