package org.repdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A UI test's window is sized by its own scene, whatever the test before it did to its window: the
 * first test sizes its window as CaseworkDeskTest does (1024x700, and the main window's least size), the
 * second shows a 300x200 scene and gets a 300x200 window. Without {@link AStageOfItsOwn} both tests
 * are given TestFX's one primary stage and the second window stays 1024x700.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AStageOfItsOwnTest {

    private static final List<Stage> GIVEN = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        GIVEN.add(stage);
        stage.setScene(new Scene(new Label("RepDesk"), 300, 200));
        stage.show();
    }

    @Test
    @Order(1)
    void aTestMaySizeItsWindowAsItNeeds(FxRobot robot) {
        robot.interact(() -> {
            stage.setMinWidth(900);
            stage.setMinHeight(600);
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        assertEquals(1024, stage.getWidth());
    }

    @Test
    @Order(2)
    void theNextTestsWindowIsTheSizeOfItsOwnScene() {
        assertEquals(2, GIVEN.size(), "both tests started");
        assertEquals(300, stage.getWidth(), "not the width the test before set");
        assertEquals(200, stage.getHeight());
        assertNotSame(GIVEN.get(0), GIVEN.get(1), "each test has a stage of its own");
    }
}
