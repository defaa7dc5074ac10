package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's notice for a file with no rep's name, at 1024x700 and 1280x800, in English and
 * Welsh, light and dark (issue 20): its buttons are read whole ("Gosod eich enw…" was drawn
 * "Gosod eich enw..." at 1024 in Welsh) and stay inside the notice.
 */
@ExtendWith(ApplicationExtension.class)
class RepNameNoticeFitsTest {

    @TempDir
    static Path dir;
    private final List<RepDesk> desks = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
        Messages.setLanguage(Messages.ENGLISH);
        desks.forEach(RepDesk::close);
    }

    @Test
    void theNoticesButtonsAreReadWholeAt1024And1280InBothLanguagesAndThemes(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Locale language : List.of(Messages.WELSH, Messages.ENGLISH)) {
            for (DeskPreferences.Theme theme : List.of(DeskPreferences.Theme.LIGHT, DeskPreferences.Theme.DARK)) {
                for (int[] size : List.of(new int[] {1024, 700}, new int[] {1280, 800})) {
                    cut.addAll(cutOn(robot, language, theme, size[0], size[1]));
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    private List<String> cutOn(FxRobot robot, Locale language, DeskPreferences.Theme theme, int width, int height)
            throws Exception {
        RepDesk desk = TestDesk.open(dir.resolve("notice-fits-" + System.nanoTime())); // no rep's name
        desks.add(desk);
        robot.interact(() -> {
            Messages.setLanguage(language);
            Styling.use(theme, DeskPreferences.DEFAULT_TEXT_SIZE);
            stage.setMaximized(false);
            stage.setWidth(width);
            stage.setHeight(height);
            new MainWindow(stage, desk, false, null, new ScriptedDialogs(), DeskPreferences.forThisSession()).show();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(dashboard::nameNoticeShown);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        String where = language.getLanguage() + " " + theme + " " + width + "x" + height + ": ";
        robot.interact(() -> {
            var notice = dashboard.nameNotice();
            Bounds inside = notice.localToScene(notice.getLayoutBounds());
            for (Button b : dashboard.nameNoticeButtons()) {
                String drawn = b.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                        .map(t -> ((Text) t).getText()).findFirst().orElse("");
                if (!drawn.equals(b.getText())) {
                    cut.add(where + "\"" + b.getText() + "\" drawn as \"" + drawn + "\" in " + b.getWidth());
                }
                Bounds at = b.localToScene(b.getLayoutBounds());
                if (at.getMaxX() > inside.getMaxX() + 0.5 || at.getMaxX() > stage.getScene().getWidth()) {
                    cut.add(where + "\"" + b.getText() + "\" ends at " + at.getMaxX() + ", the notice at "
                            + inside.getMaxX());
                }
            }
        });
        return cut;
    }
}
