package org.repdesk.testing;

import java.util.concurrent.TimeUnit;
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

    /** Waits up to {@code seconds} for {@code condition}, then for the FX events it set off. */
    public static void waitUntil(long seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
