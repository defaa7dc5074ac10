package org.repdesk.testing;

import java.util.ArrayList;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The windows a UI test leaves behind. */
public final class TestWindows {

    private TestWindows() {
    }

    /**
     * After a test: every window but {@code main} hidden without a question, so a test that failed with
     * something half-typed (or a question open) leaves nothing asking when TestFX closes its windows.
     * Monocle asks the windows a closing one owns to close: the question then waited in the clean-up,
     * and the next tests' windows could not be shown (a full run failed a later class that way).
     */
    public static void hideAllBut(FxRobot robot, Window main) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != main)
                .forEach(Window::hide));
    }
}
