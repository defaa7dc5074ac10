package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.FxWait.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form put together ahead (the case form in the rep's pause, ScreensAhead) is put together once, a part a
 * frame; a case asked for meanwhile is shown once it is in, and what waited for it runs.
 */
@ExtendWith(ApplicationExtension.class)
class PutTogetherAheadTest {

    private final StackPane form = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(form, 200, 100));
        stage.show();
    }

    @Test
    void aCaseAskedForWhileTheFormIsPutTogetherAheadIsShownOnceItIsIn() throws Exception {
        List<String> happened = new ArrayList<>();
        FrameByFrame.PutTogetherFirst putTogether = new FrameByFrame.PutTogetherFirst(List.of(
                () -> happened.add("part 1"), () -> happened.add("part 2"), () -> happened.add("part 3")));
        WaitForAsyncUtils.asyncFx(() -> {
            putTogether.ahead(form, () -> happened.add("next piece of work ahead"));
            putTogether.then(form, () -> happened.add("case shown"));
            happened.add("asked, not shown yet");
        }).get(10, TimeUnit.SECONDS);

        waitUntil(() -> happened.contains("next piece of work ahead"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("part 1", "asked, not shown yet", "part 2", "part 3", "case shown", "next piece of work ahead"),
                happened);
        WaitForAsyncUtils.asyncFx(() -> putTogether.then(form, () -> happened.add("another case shown"))).get(10, TimeUnit.SECONDS);
        assertEquals("another case shown", happened.get(happened.size() - 1), "once put together, a case shows at once");
    }
}
