package org.repdesk.testing;

import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.repdesk.ui.StoreCallGuard;

/**
 * Fails any test during which the GUI called the store on the JavaFX thread (issue 20: a read on a
 * large file there froze the window). Registered for every test through JUnit's extension
 * auto-detection (src/test/resources/META-INF/services and junit-platform.properties), so no TestFX
 * class can forget it.
 *
 * <p>Only calls made by the app's own GUI code count. A test may seed its data in {@code @Start},
 * which TestFX runs on the FX thread: the nearest of our frames is then the test's, and that is
 * setting up, not the window freezing.
 */
public final class NoStoreCallsOnTheFxThread
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        watch();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        watch();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOnAnySeen();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnAnySeen();
    }

    private static void watch() {
        SEEN.clear();
        StoreCallGuard.whenCalledOnTheFxThread(call -> guiCaller().ifPresent(SEEN::add));
    }

    /** For the guard's own test: the GUI's calls seen so far, forgotten here so the test does not fail. */
    static List<String> takeSeen() {
        List<String> seen = List.copyOf(SEEN);
        SEEN.removeAll(seen);
        return seen;
    }

    private static void failOnAnySeen() {
        List<String> seen = List.copyOf(SEEN);
        SEEN.clear();
        if (!seen.isEmpty()) {
            throw new AssertionError("the store was called on the JavaFX thread from " + seen
                    + " (store work belongs on ui/Background's worker)");
        }
    }

    /**
     * Where the call came from when that is the app's GUI ("org.repdesk.ui.cases.CaseForm.load:88"),
     * empty when the nearest of our frames is a test's own code.
     */
    static Optional<String> guiCaller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> isTestCode(f.getDeclaringClass())
                        || f.getClassName().startsWith("org.repdesk.ui.")
                                && !f.getClassName().startsWith(StoreCallGuard.class.getName()))
                .findFirst()
                .filter(f -> !isTestCode(f.getDeclaringClass()))
                .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber()));
    }

    private static boolean isTestCode(Class<?> c) {
        if (c == NoStoreCallsOnTheFxThread.class || !c.getName().startsWith("org.repdesk.")) {
            return false;
        }
        CodeSource ours = NoStoreCallsOnTheFxThread.class.getProtectionDomain().getCodeSource();
        CodeSource theirs = c.getProtectionDomain().getCodeSource();
        return ours != null && theirs != null && ours.getLocation().equals(theirs.getLocation());
    }
}
