package org.repdesk.testing;

import java.util.ConcurrentModificationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests for background work to reach the screen. */
public final class FxWait {

    private FxWait() {
    }

    /** Waits up to 10 s for {@code condition}, then for the FX events it set off. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil(10, condition);
    }

    /**
     * Waits up to {@code seconds} for {@code condition}, then for the FX events it set off.
     *
     * <p>A lookup in the condition walks child lists from the test thread while the FX thread may be
     * changing them; it once failed a run with "Index 1 out of bounds for length 0". Such a clash
     * means "not yet" and the condition is asked again; so does a node not there yet (screens are put
     * together a part a frame: a busy run once looked the Workload table up before it was added). (Conditions stay on the test thread: some
     * ask the store, which must never be called on the FX thread.)
     */
    public static void waitUntil(long seconds, BooleanSupplier condition) throws Exception {
        AtomicReference<RuntimeException> clash = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (IndexOutOfBoundsException | ConcurrentModificationException
                        | org.testfx.service.query.EmptyNodeQueryException e) {
                    clash.set(e);
                    return false;
                }
            });
        } catch (TimeoutException e) {
            if (clash.get() != null) {
                e.addSuppressed(clash.get());
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
