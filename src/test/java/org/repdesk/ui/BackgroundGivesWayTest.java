package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start the side thread, and the store worker while it first reads the lists, give way to the FX
 * thread (a higher nice value on Linux), so on two cores the window's first frames get a core first
 * (issue 21); then the store worker's work runs at normal priority again, in the order it was asked for.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundGivesWayTest {

    private Background background;

    @BeforeEach
    void linuxOnly() {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
        background = new Background();
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    @Test
    void theSideThreadGivesWay() throws Exception {
        int before = niceOfThisThread();
        CompletableFuture<Integer> nice = new CompletableFuture<>();
        background.aside(() -> nice.complete(niceOfThisThread()));
        assertEquals(Background.ASIDE_NICE, nice.get(20, TimeUnit.SECONDS));
        assertEquals(before, niceOfThisThread(), "the thread that asked keeps its priority");
    }

    @Test
    void theStoreWorkerGivesWayWhileTheListsAreFirstReadThenGoesBackToNormalInOrder() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> firstRead = new CompletableFuture<>();
        CountDownLatch stillReading = new CountDownLatch(1);
        CompletableFuture<Integer> later = new CompletableFuture<>();
        int fxNice = WaitForAsyncUtils.asyncFx(BackgroundGivesWayTest::niceOfThisThread).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> {
            Runnable release = background.holdWorker(true);
            background.attempt(() -> {
                ran.add("first read");
                firstRead.complete(niceOfThisThread());
                assertTrue(stillReading.await(20, TimeUnit.SECONDS));
                return null;
            }, done -> { }, failed -> { });
            release.run();
        }).get(10, TimeUnit.SECONDS);
        assertEquals(Background.FIRST_READ_NICE, firstRead.get(20, TimeUnit.SECONDS), "the first read gives way");

        // Back to normal while the first read still runs: what is asked next waits for it.
        WaitForAsyncUtils.asyncFx(() -> {
            background.workerAtNormalPriority();
            background.attempt(() -> {
                ran.add("later");
                later.complete(niceOfThisThread());
                return null;
            }, done -> { }, failed -> { });
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("first read"), ran, "later work waits for the first read");
        stillReading.countDown();
        assertEquals(fxNice, later.get(20, TimeUnit.SECONDS), "later work runs at the FX thread's priority");
        assertEquals(List.of("first read", "later"), ran);
    }

    @Test
    void aWorkerNotHeldToGiveWayKeepsItsPriority() throws Exception {
        CompletableFuture<Integer> nice = new CompletableFuture<>();
        int fxNice = WaitForAsyncUtils.asyncFx(BackgroundGivesWayTest::niceOfThisThread).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            Runnable release = background.holdWorker();
            background.attempt(() -> nice.complete(niceOfThisThread()), done -> { }, failed -> { });
            release.run();
            background.workerAtNormalPriority(); // nothing to undo
        }).get(10, TimeUnit.SECONDS);
        assertEquals(fxNice, nice.get(20, TimeUnit.SECONDS));
    }

    private static int niceOfThisThread() {
        return org.repdesk.LowPriorityTest.niceOfThisThread();
    }
}
