package org.repdesk.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.repdesk.service.RepDesk;

/**
 * Watches for the store being called on the JavaFX thread, where a read on a large file froze the
 * window for as long as it took: every store call belongs on {@link Background}'s worker. In the
 * app each such call is logged once (where it came from) for the developers; a test makes it fail.
 */
public final class StoreCallGuard {

    private static final Logger LOG = Logger.getLogger(StoreCallGuard.class.getName());
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private StoreCallGuard() {
    }

    /** In the app: each place calling the store on the FX thread logged once, with where it came from. */
    public static void logCallsOnTheFxThread() {
        whenCalledOnTheFxThread(call -> {
            String caller = callerOf(call);
            if (LOGGED.add(caller)) {
                LOG.log(Level.WARNING, "the store was called on the JavaFX thread from " + caller, call);
            }
        });
    }

    /** For tests: {@code seen} gets each store call made on the FX thread (as an exception holding where). */
    public static void whenCalledOnTheFxThread(Consumer<IllegalStateException> seen) {
        RepDesk.checkEachStoreCall(() -> {
            if (Platform.isFxApplicationThread()) {
                seen.accept(new IllegalStateException("the store was called on the JavaFX thread"));
            }
        });
    }

    /** The first of RepDesk's own frames outside the store, services and this guard: the GUI code that called. */
    public static String callerOf(Throwable call) {
        for (StackTraceElement e : call.getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("org.repdesk.ui.") && !c.startsWith(StoreCallGuard.class.getName())) {
                return c + "." + e.getMethodName() + ":" + e.getLineNumber();
            }
        }
        return "(not from the GUI)"; // not for reps: a developer log line
    }
}
