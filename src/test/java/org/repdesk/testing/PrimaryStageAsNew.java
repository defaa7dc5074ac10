package org.repdesk.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.repdesk.i18n.Messages;
import org.repdesk.service.DeskPreferences;
import org.repdesk.ui.Styling;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each TestFX test starts from the same window, whichever classes ran before it in its test JVM
 * (surefire reuses its two JVMs for every class, in any order): no window of an earlier test showing,
 * and TestFX's one primary stage hidden, without a scene or its on-close and on-hidden handlers, at
 * 1280x780 in the middle of the screen (the size and place a first start opens the main window at,
 * WindowMemory), any least size, maximised or full screen undone; the app speaking the language it
 * starts in, in its light theme at the usual text size (Styling, installed: what every test after a
 * main window's had, where a test first in its JVM had JavaFX's own theme).
 *
 * <p>Registered for every test through JUnit's extension auto-detection (as NoStoreCallsOnTheFxThread),
 * so it runs before each class's own {@code ApplicationExtension} hands the stage to {@code @Start}; a
 * test that sizes its window itself still does so there. Why: a stage keeps a size once set after it is
 * hidden. AbsenceWindowClosingTest left it 200x100, MainWindow's least size then made it 900x600 and
 * DocumentsJourneyTest's Documents tab lay below the window's edge; every other journey opened at
 * whatever size the class before left. The first test of a JVM is given the same stage state too (the
 * toolkit started here), so a class sees the same window first or last.
 *
 * <p>The stage itself stays TestFX's primary stage: a new stage per test was tried (07c42f4b,
 * reverted) and the robot's clicks on it went nowhere after some classes.
 */
public final class PrimaryStageAsNew implements BeforeEachCallback, AfterAllCallback {

    /** WindowMemory's first size (no larger than the screen): what the main window opens at on a first start. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 780;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!usesTestFx(context)) {
            return;
        }
        Stage stage = FxToolkit.registerPrimaryStage(); // the one ApplicationExtension gives @Start; started if need be
        // Whatever an earlier test set off that is still due on the FX thread (a late dialog) comes first.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            asNew(stage);
            Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE);
        }));
        Messages.setLanguage(Messages.fromSystem(Locale.getDefault()));
    }

    /** After a class: nothing of it left showing (TestFX hides windows after each test; this catches a late one). */
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (!usesTestFx(context) || !FxToolkit.toolkitContext().getPrimaryStageFuture().isDone()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(PrimaryStageAsNew::hideAll));
    }

    /** On the FX thread. */
    static void asNew(Stage stage) {
        hideAll();
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setIconified(false);
        stage.setScene(null); // the earlier test's window, and the screens and desk it holds, let go
        stage.setOnCloseRequest(null);
        stage.setOnShowing(null);
        stage.setOnShown(null);
        stage.setOnHiding(null);
        stage.setOnHidden(null);
        // A least size first: MainWindow's 900x600 would hold the size set next above it.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setMaxWidth(Double.MAX_VALUE);
        stage.setMaxHeight(Double.MAX_VALUE);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth());
        double height = Math.min(HEIGHT, screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }

    /** On the FX thread: every window showing (stages, dialogs, menus and other pop-ups), hidden without a question. */
    private static void hideAll() {
        new ArrayList<>(Window.getWindows()).forEach(Window::hide);
    }

    private static boolean usesTestFx(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().map(PrimaryStageAsNew::extendedWithTestFx).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean extendedWithTestFx(Class<?> type) {
        return AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                .flatMap(e -> Arrays.stream(e.value()))
                .anyMatch(ApplicationExtension.class::isAssignableFrom);
    }
}
