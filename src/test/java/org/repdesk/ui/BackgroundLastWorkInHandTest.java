package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work the window's closing must not drop ({@link Background#runBeforeClosing}) that has already begun
 * as the worker is stopped (the worker was idle as the rep chose Discard on quitting) is waited for too,
 * as a store write is not cut short by the worker's interrupt: the desk is closed only after it.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundLastWorkInHandTest {

    @Test
    void awaitLastWorkWaitsForBeforeClosingWorkAlreadyInHand() throws Exception {
        Background background = new Background();
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        inHand(background, begun, release, ended);
        assertTrue(begun.await(30, TimeUnit.SECONDS));
        background.shutdown(); // the window hides

        Thread quitting = Thread.currentThread();
        Thread releasing = new Thread(() -> {
            try { // once the quit is waiting in awaitLastWork
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> quitting.getState() == Thread.State.TIMED_WAITING);
            } catch (Exception e) {
                // the quit did not wait: released anyway, and the assertion below says so
            } finally {
                release.countDown();
            }
        }, "releasing");
        releasing.setDaemon(true);
        releasing.start();
        background.awaitLastWork(60_000);
        assertTrue(ended.get(), "the desk would be closed under the work in hand");
        release.countDown();
    }

    /** App.stop and App.switchDesk close the desk left through this: only after the work in hand. */
    @Test
    void closeAfterLastWorkClosesTheDeskOnlyOnceTheWorkInHandHasEnded() throws Exception {
        Background background = new Background();
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        inHand(background, begun, release, ended);
        assertTrue(begun.await(30, TimeUnit.SECONDS));
        AtomicBoolean endedAtClose = new AtomicBoolean();
        CountDownLatch closed = new CountDownLatch(1);
        Thread closing = new Thread(() -> background.closeAfterLastWork(60_000, () -> {
            endedAtClose.set(ended.get());
            closed.countDown();
        }), "closing");
        closing.start();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> closing.getState() == Thread.State.TIMED_WAITING || closed.getCount() == 0);
        } finally {
            release.countDown();
        }
        closing.join();
        assertTrue(endedAtClose.get(), "the desk was closed under the work in hand");
    }

    /** Work the closing keeps, begun on the idle worker: it ends once released, the worker's interrupt aside (as a store write). */
    private static void inHand(Background background, CountDownLatch begun, CountDownLatch release, AtomicBoolean ended)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> background.runBeforeClosing(null, "not kept", () -> {
            begun.countDown();
            boolean interrupted = false;
            while (true) { // as a store write: the worker's interrupt does not stop it
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            ended.set(true);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, x -> { })).get(10, TimeUnit.SECONDS);
    }
}
