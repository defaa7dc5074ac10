package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screens' controls made once ahead, off screen (issue 21: from the jar, each screen's first
 * opening set up JavaFX's skins and spun their lambdas on the FX thread while the rep waited).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenWarmUpTest {

    @Start
    void start(Stage stage) {
        // the toolkit only: the warm-up needs no window
    }

    @Test
    void eachControlGetsItsSkinOffScreenAPieceAnEventAndNoWindowOpens() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<Boolean> eventBetween = new CopyOnWriteArrayList<>();
        boolean[] posted = new boolean[1];
        List<Consumer<StackPane>> pieces = new ArrayList<>();
        for (Consumer<StackPane> piece : ScreenClasses.controls()) {
            pieces.add(root -> {
                piece.accept(root);
                posted[0] = false;
                Platform.runLater(() -> posted[0] = true); // waits behind this piece, not behind them all
            });
            pieces.add(root -> { // the next piece: the control above was styled and laid out, in an event of its own
                eventBetween.add(posted[0]);
                Control control = (Control) root.getChildren().get(0);
                seen.add(control.getClass().getSimpleName() + (control.getSkin() == null ? " without a skin" : ""));
            });
        }
        int windows = onFx(() -> Window.getWindows().size());

        Platform.runLater(() -> ScreenClasses.warmUp(pieces));
        waitUntil(() -> seen.size() == ScreenClasses.controls().size());

        for (String control : seen) {
            assertTrue(!control.endsWith("without a skin"), control);
        }
        assertTrue(seen.containsAll(List.of("TextField", "ListView", "TableView", "TextArea", "TabPane", "DatePicker")), seen.toString());
        assertEquals(List.of(), eventBetween.stream().filter(b -> !b).toList(), "each piece in an event of its own");
        assertEquals(windows, onFx(() -> Window.getWindows().size()), "nothing shown");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(read);
        Platform.runLater(task);
        return task.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
