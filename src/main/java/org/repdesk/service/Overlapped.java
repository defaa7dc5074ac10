package org.repdesk.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads on a second thread while the calling thread writes, handing rows over in batches. A large
 * export spends about as long reading (SQLite, one JNI call per column) as writing (Jackson), so on
 * two cores the two halves overlap. A failure on either side stops both and is thrown here.
 */
final class Overlapped {

    static final int BATCH = 1_000;
    private static final int BATCHES_IN_FLIGHT = 8;

    /** Produces items by handing each to its sink; may throw IOException or a RuntimeException. */
    @FunctionalInterface
    interface Producer<T> {
        void run(Sink<T> sink) throws IOException;
    }

    @FunctionalInterface
    interface Sink<T> {
        void accept(T item) throws IOException;
    }

    private Overlapped() {
    }

    /** Runs {@code produce} on its own thread and gives every item, in order, to {@code consume} here; returns how many. */
    static <T> int run(String threadName, Producer<T> produce, Sink<T> consume) throws IOException {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        List<T> end = new ArrayList<>(0); // compared by identity
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger produced = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> {
            List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            try {
                produce.run(item -> {
                    if (stop.get()) {
                        throw new CancellationException("the writing side failed"); // not for reps: never leaves this class
                    }
                    batch.get(0).add(item);
                    produced.incrementAndGet();
                    if (batch.get(0).size() == BATCH) {
                        put(queue, batch.set(0, new ArrayList<>(BATCH)));
                    }
                });
                put(queue, batch.get(0));
            } catch (Throwable e) {
                readFailure.set(e);
            } finally {
                if (stop.get()) { // the writer has stopped taking: make room, nothing more will be written
                    queue.clear();
                    queue.offer(end);
                } else {
                    // Waits while the writer catches up. (Clearing a full queue here lost the rows in it.)
                    putEnd(queue, end, stop);
                }
            }
        }, threadName);
        reader.setDaemon(true);
        reader.start();
        int count = 0;
        try {
            for (List<T> rows = take(queue); rows != end; rows = take(queue)) {
                for (T row : rows) {
                    consume.accept(row);
                    count++;
                }
            }
        } finally {
            stop.set(true);
            queue.clear(); // unblocks a reader waiting to put
            join(reader);
        }
        Throwable failed = readFailure.get();
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (count != produced.get()) { // never seen since the fix above; an export must not be short in silence
            throw new IOException(org.repdesk.i18n.Messages.text("writing.short",
                    java.util.Map.of("written", count, "n", produced.get())));
        }
        return count;
    }

    private static <T> void put(BlockingQueue<List<T>> queue, List<T> rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Puts the end marker, unless the writer stops meanwhile (then it clears the queue and waits for no one). */
    private static <T> void putEnd(BlockingQueue<List<T>> queue, List<T> end, AtomicBoolean stop) {
        try {
            while (!queue.offer(end, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> List<T> take(BlockingQueue<List<T>> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException(org.repdesk.i18n.Messages.text("writing.stopped"));
        }
    }

    private static void join(Thread reader) throws IOException {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException(org.repdesk.i18n.Messages.text("writing.stopped"));
        }
    }
}
