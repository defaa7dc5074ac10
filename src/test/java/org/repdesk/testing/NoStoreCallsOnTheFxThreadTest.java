package org.repdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.FirstRead;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The guard every test runs under (registered by auto-detection, not named here): the GUI's store
 * call on the FX thread is caught with where it came from; a test's own setting up is not.
 */
@ExtendWith(ApplicationExtension.class)
class NoStoreCallsOnTheFxThreadTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("guard-" + System.nanoTime()));
        desk.settings().repName(); // set up on the FX thread by the test itself: not the GUI's call
        stage.show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theGuisStoreCallOnTheFxThreadIsCaughtWithWhereItCameFrom(FxRobot robot) {
        robot.interact(() -> new FirstRead().readFrom(desk));
        List<String> seen = NoStoreCallsOnTheFxThread.takeSeen();
        assertTrue(!seen.isEmpty() && seen.stream().allMatch(c -> c.startsWith(FirstRead.class.getName())),
                String.valueOf(seen));
    }

    @Test
    void theTestsOwnCallsAndCallsOffTheFxThreadAreNotTheGuis(FxRobot robot) {
        robot.interact(() -> desk.settings().repName());
        new FirstRead().readFrom(desk); // the test's thread, as the worker would
        assertEquals(List.of(), NoStoreCallsOnTheFxThread.takeSeen());
    }
}
