package org.repdesk.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gives each TestFX test a new stage for its {@code @Start}, not the one primary stage every test class
 * of a test JVM was given before (surefire reuses its two JVMs for all classes). Registered for every
 * test through JUnit's extension auto-detection (src/test/resources/META-INF/services), before the
 * class's own {@code ApplicationExtension}, which takes its stage from TestFX's primary-stage future.
 *
 * <p>A stage keeps what a test did to it after it is hidden: a size once set (by the test, or by
 * MainWindow's least size of 900x600 on a window left smaller) wins over the next test's scene, and
 * each MainWindow's handlers on it kept every earlier test's window, desk and screens alive (23
 * MainWindows held after 22 UI tests in one JVM). DocumentsJourneyTest, run after
 * AbsenceWindowClosingTest's 200x100 window in the same JVM, opened at 900x600 instead of 1280x780,
 * and the case's Documents tab lay below the window's edge: "no nodes were visible".
 */
public final class AStageOfItsOwn implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        CompletableFuture<Stage> primary = FxToolkit.toolkitContext().getPrimaryStageFuture();
        if (!primary.isDone() || !usesTestFx(context)) {
            return; // JavaFX not started yet (the first stage is new), or a test with no window
        }
        Stage fresh = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get(30, TimeUnit.SECONDS);
        // ApplicationExtension registers what this future holds and gives it to @Start.
        primary.obtrudeValue(fresh);
    }

    private static boolean usesTestFx(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().map(AStageOfItsOwn::extendedWithTestFx).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean extendedWithTestFx(Class<?> type) {
        return AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                .flatMap(e -> java.util.Arrays.stream(e.value()))
                .anyMatch(ApplicationExtension.class::isAssignableFrom);
    }
}
