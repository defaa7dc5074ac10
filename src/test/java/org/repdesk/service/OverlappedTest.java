package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
        // Nine full batches and a writer that pauses at the start of each: the reader fills the queue and
        // ends while the queue is still full.
        int n = Overlapped.BATCH * 9;
        List<Integer> written = new ArrayList<>();
        int count = Overlapped.<Integer>run("test-reader", sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(i);
            }
        }, item -> {
            if (item % Overlapped.BATCH == 0) {
                sleep(40);
            }
            written.add(item);
        });
        assertEquals(n, count);
        assertEquals(n, written.size());
        assertEquals(n - 1, written.get(n - 1));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
