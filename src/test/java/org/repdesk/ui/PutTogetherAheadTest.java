package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A form put together ahead (the case form in the rep's pause, ScreensAhead) is put together once, a part a
 * frame; a case asked for meanwhile is shown once it is in, and what waited for it runs. A part of a build
 * ahead runs only while the rep is away: once they are back, the rest waits for their next pause, unless
 * they ask for it.
 */
@ExtendWith(ApplicationExtension.class)
class PutTogetherAheadTest {

    private final StackPane form = new StackPane();
    private final FrameByFrame.ScreenStack stack = new FrameByFrame.ScreenStack();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(form, stack.pane()), 200, 100));
        stage.show();
    }

    /** The rep always away: every part runs a frame apart. */
    private static final FrameByFrame.Pauses AWAY = new FrameByFrame.Pauses() {
        @Override
        public boolean away() {
            return true;
        }

        @Override
        public void inNextPause(Runnable work) {
            work.run();
        }
    };

    @Test
    void aCaseAskedForWhileTheFormIsPutTogetherAheadIsShownOnceItIsIn() throws Exception {
        List<String> happened = new ArrayList<>();
        FrameByFrame.PutTogetherFirst putTogether = new FrameByFrame.PutTogetherFirst(List.of(
                () -> happened.add("part 1"), () -> happened.add("part 2"), () -> happened.add("part 3")));
        WaitForAsyncUtils.asyncFx(() -> {
            putTogether.ahead(form, () -> happened.add("next piece of work ahead"), AWAY);
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

    @Test
    void inputMidBuildHoldsTheRestUntilTheNextPauseAndAskingForTheScreenFinishesItAtOnce() throws Exception {
        List<String> happened = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable repBack = () -> stage.getScene().getRoot().fireEvent(
                new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false, false, false, false));
        Screen screen = new Screen(List.of(() -> {
            happened.add("part 1");
            repBack.run(); // a key, before the next frame
        }, () -> happened.add("part 2"), () -> {
            happened.add("part 3");
            repBack.run();
        }, () -> happened.add("part 4")));
        ReadCountingClock clock = new ReadCountingClock();
        Background background = new Background();
        try {
            WindowInUse inUse = new WindowInUse(clock, background);
            // Only its pauses are used here: what it puts together is this test's screen.
            ScreensAhead pauses = new ScreensAhead(stage, null, inUse, background, clock, 1_000);
            WaitForAsyncUtils.asyncFx(() -> {
                inUse.watch(stage.getScene(), new SimpleObjectProperty<>());
                clock.advanceMillis(2_000); // away
                stack.putTogether(screen, () -> happened.add("complete"), pauses);
            }).get(10, TimeUnit.SECONDS);

            assertHeld(clock, happened, List.of("part 1"), "the rep is back: the rest waits, frames or not");
            clock.advanceMillis(1_000); // their next pause
            assertHeld(clock, happened, List.of("part 1", "part 2", "part 3"), "in the pause, on until they are back");

            WaitForAsyncUtils.asyncFx(() -> stack.select(screen)).get(10, TimeUnit.SECONDS); // no pause: asked for
            waitUntil(() -> happened.contains("complete"));
            assertEquals(List.of("part 1", "part 2", "part 3", "part 4", "complete"), happened);
            assertTrue(screen.isVisible(), "shown, as asked");
        } finally {
            background.shutdown();
        }
    }

    @Test
    void aCaseAskedForWhileTheFormIsHeldForAPauseIsShownWithoutOne() throws Exception {
        List<String> happened = new java.util.concurrent.CopyOnWriteArrayList<>();
        FrameByFrame.Pauses repBack = new FrameByFrame.Pauses() {
            @Override
            public boolean away() {
                return happened.isEmpty(); // back after the first part
            }

            @Override
            public void inNextPause(Runnable work) {
                happened.add("held for a pause"); // which never comes
            }
        };
        FrameByFrame.PutTogetherFirst putTogether = new FrameByFrame.PutTogetherFirst(List.of(
                () -> happened.add("part 1"), () -> happened.add("part 2"), () -> happened.add("part 3")));
        WaitForAsyncUtils.asyncFx(() -> putTogether.ahead(form, () -> happened.add("next piece of work ahead"), repBack))
                .get(10, TimeUnit.SECONDS);
        waitUntil(() -> happened.contains("held for a pause") || happened.contains("next piece of work ahead"));

        WaitForAsyncUtils.asyncFx(() -> putTogether.then(form, () -> happened.add("case shown"))).get(10, TimeUnit.SECONDS);
        waitUntil(() -> happened.contains("next piece of work ahead"));
        assertEquals(List.of("part 1", "held for a pause", "part 2", "part 3", "case shown", "next piece of work ahead"),
                happened);
    }

    /** The parts seen so far are {@code parts}, and stay so while the pause looks at the clock and frames go by. */
    private void assertHeld(ReadCountingClock clock, List<String> happened, List<String> parts, String why)
            throws Exception {
        waitUntil(() -> happened.size() >= parts.size());
        int reads = clock.reads();
        // The pause looked again (every 200 ms), or (wrongly) a part ran meanwhile.
        waitUntil(() -> clock.reads() > reads + 3 || happened.size() > parts.size());
        for (int frame = 0; frame < 5; frame++) {
            java.util.concurrent.CountDownLatch next = new java.util.concurrent.CountDownLatch(1);
            WaitForAsyncUtils.asyncFx(() -> FrameByFrame.afterNextFrame(stage.getScene(), next::countDown));
            assertTrue(next.await(10, TimeUnit.SECONDS));
        }
        assertEquals(parts, happened, why);
    }

    /** A screen of the given parts. */
    private static final class Screen extends StackPane implements FrameByFrame.BuiltInSteps {

        private final List<Runnable> parts;

        Screen(List<Runnable> parts) {
            this.parts = parts;
        }

        @Override
        public List<Runnable> assemblySteps() {
            return parts;
        }
    }

    /** Nanoseconds moved by the test; counts its reads, to know the pause has looked. */
    private static final class ReadCountingClock implements LongSupplier {

        private final AtomicLong nanos = new AtomicLong();
        private final AtomicInteger reads = new AtomicInteger();

        @Override
        public long getAsLong() {
            reads.incrementAndGet();
            return nanos.get();
        }

        void advanceMillis(long millis) {
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
        }

        int reads() {
            return reads.get();
        }
    }
}
