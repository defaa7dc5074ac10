package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class OverlappedTest {

    @Test
    void everyItemArrivesOnceAndInOrderAcrossManyBatches() throws IOException {
        int n = Overlapped.BATCH * 25 + 7;
        List<Integer> written = new ArrayList<>();
        int count = Overlapped.<Integer>run("test-reader", sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(i);
            }
        }, written::add);
        assertEquals(n, count);
        assertEquals(n, written.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, written.get(i));
        }
        assertEquals(0, Overlapped.run("test-reader", sink -> { }, item -> { }));
    }

    @Test
    void aWriterSlowerThanTheReaderLosesNothingWhenTheQueueIsFullAtTheEnd() throws IOException {
        // Nine full batches and a writer that, at the start of each, waits until the reader can put no
        // more (the queue full, or the reader done): the reader ends while the queue is still full.
        int n = Overlapped.BATCH * 9;
        AtomicReference<Thread> reader = new AtomicReference<>();
        List<Integer> written = new ArrayList<>();
        int count = Overlapped.<Integer>run("slow-writer-reader", sink -> {
            reader.set(Thread.currentThread());
            for (int i = 0; i < n; i++) {
                sink.accept(i);
            }
        }, item -> {
            if (item % Overlapped.BATCH == 0) {
                waitUntilBlockedOrDone(reader.get());
            }
            written.add(item);
        });
        assertEquals(n, count);
        assertEquals(n, written.size());
        assertEquals(n - 1, written.get(n - 1));
    }

    /** The reader waiting to put into a full queue (or to put its end marker), or finished. */
    private static void waitUntilBlockedOrDone(Thread reader) throws IOException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> switch (reader.getState()) {
                case WAITING, TIMED_WAITING, TERMINATED -> true;
                default -> false;
            });
        } catch (TimeoutException e) {
            throw new IOException("the reader kept running with a full queue", e);
        }
    }

    @Test
    void aReadingFailureReachesTheWriterAsItWasThrown() {
        IOException disk = assertThrows(IOException.class, () -> Overlapped.run("test-reader", sink -> {
            sink.accept(1);
            throw new IOException("unreadable");
        }, item -> { }));
        assertEquals("unreadable", disk.getMessage());
        IllegalStateException store = assertThrows(IllegalStateException.class, () -> Overlapped.run("test-reader",
                sink -> {
                    throw new IllegalStateException("damaged");
                }, item -> { }));
        assertEquals("damaged", store.getMessage());
    }

    @Test
    void aWritingFailureStopsTheReaderInsteadOfLeavingItBlocked() {
        AtomicInteger produced = new AtomicInteger();
        IOException full = assertThrows(IOException.class, () -> Overlapped.<Integer>run("test-reader", sink -> {
            for (int i = 0; i < 10_000_000; i++) {
                sink.accept(i);
                produced.incrementAndGet();
            }
        }, item -> {
            if (item == 2_500) {
                throw new IOException("No space left on device");
            }
        }));
        assertEquals("No space left on device", full.getMessage());
        // The reader stopped within the batches the queue holds, not after ten million rows.
        assertTrue(produced.get() < 20 * Overlapped.BATCH, "produced " + produced.get());
    }
}
