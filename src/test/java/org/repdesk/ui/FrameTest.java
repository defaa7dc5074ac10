package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's frame on a first run: dashboard first, the rep's name asked, every shortcut listed. */
@ExtendWith(ApplicationExtension.class)
class FrameTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final DeskPreferences preferences = DeskPreferences.forThisSession();

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("frame-" + System.nanoTime()));
        window = new MainWindow(stage, desk, true, null, dialogs, preferences);
        window.show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aFirstRunOpensOnTheDashboardAndAsksTheRepsName(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        assertEquals(FrameHandle.Screen.DASHBOARD, frame.selected());
        assertTrue(frame.welcomeShown());
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(() -> window.state().repName().property().get() != null); // the file read: no name
        assertFalse(dashboard.nameNoticeShown(), "asked once: in the welcome, not again in a notice under it");
        frame.saveNameInWelcome("Sam Rees");
        waitUntil(() -> desk.settings().repName().isPresent());
        assertEquals("Sam Rees", desk.settings().repName().get());
        waitUntil(() -> frame.welcomeNameSaved().contains("Sam Rees"));
        waitUntil(() -> window.state().repName().property().get().isPresent());
        assertFalse(dashboard.nameNoticeShown());
    }

    @Test
    void aNameTooLongIsSaidBesideTheFieldAndGotItClosesTheWelcome(FxRobot robot) {
        FrameHandle frame = new FrameHandle(robot);
        frame.typeNameInWelcomeAndPressEnter("Sam Rees ".repeat(23)); // 207 characters
        assertEquals("Too long: 207 characters, at most 200.", frame.welcomeNameProblem());
        assertEquals("", frame.welcomeNameSaved());
        assertTrue(desk.settings().repName().isEmpty(), "nothing saved");
        frame.dismissWelcome();
        assertFalse(frame.welcomeShown());
    }

    @Test
    void f1ListsEveryShortcutTheMenusHave(FxRobot robot) {
        new FrameHandle(robot).press(KeyCode.F1);
        ScriptedDialogs.Said said = dialogs.last();
        assertEquals("inform", said.kind());
        List<MenuItem> withKeys = window.menus().allItems().stream().filter(i -> i.getAccelerator() != null).toList();
        assertTrue(withKeys.size() >= 24, "menu shortcuts: " + withKeys.size());
        for (MenuItem i : withKeys) {
            String keys = i.getAccelerator().getDisplayText();
            assertTrue(said.lines().stream().anyMatch(l -> l.startsWith(keys + " ")), keys + " missing from " + said.lines());
        }
        assertTrue(said.lines().stream().anyMatch(l -> l.startsWith("Ctrl+Enter")), "the brief's preview key");
        assertTrue(said.lines().stream().anyMatch(l -> l.startsWith("Shift+F10")), "the demand card's menu key");
    }

    @Test
    void everyMenuItemHasWordsForAScreenReader() {
        for (MenuItem i : window.menus().allItems()) {
            assertFalse(i.getText() == null || i.getText().isBlank(), "an item with no words: " + i.getId());
            assertFalse(i.getId() == null || i.getId().isBlank(), "an item with no id: " + i.getText());
        }
    }

    @Test
    void textGrowsWithCtrlPlusAndIsRemembered(FxRobot robot) {
        FrameHandle frame = new FrameHandle(robot);
        frame.press(KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(16, preferences.textSize());
        assertTrue(frame.root().getScene().getRoot().getStyleClass().contains("text-size-16"));
        frame.press(KeyCode.CONTROL, KeyCode.MINUS).press(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(12, preferences.textSize());
        frame.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0);
        assertEquals(DeskPreferences.DEFAULT_TEXT_SIZE, preferences.textSize());
        assertFalse(frame.root().getScene().getRoot().getStyleClass().stream().anyMatch(c -> c.startsWith("text-size-")));
    }

    /**
     * On UK and US keyboards plus is Shift and "=": the menu said "Ctrl+Plus", and Ctrl+Shift+= did
     * nothing. Ctrl with "=", with or without Shift (arriving as "=" or as plus), and the keypad's plus
     * and minus all change the size, and the menu shows the key a rep presses.
     */
    @Test
    void ctrlAndPlusWorkWithShiftAndTheMenuShowsCtrlEquals(FxRobot robot) {
        FrameHandle frame = new FrameHandle(robot);
        frame.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
        assertEquals(16, preferences.textSize());
        frame.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.PLUS);
        assertEquals(18, preferences.textSize());
        frame.press(KeyCode.CONTROL, KeyCode.PLUS);
        assertEquals(20, preferences.textSize());
        frame.press(KeyCode.CONTROL, KeyCode.ADD);
        assertEquals(22, preferences.textSize());
        frame.press(KeyCode.CONTROL, KeyCode.SUBTRACT);
        assertEquals(20, preferences.textSize());
        frame.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0);
        assertEquals(DeskPreferences.DEFAULT_TEXT_SIZE, preferences.textSize());

        MenuItem larger = window.menus().allItems().stream()
                .filter(i -> i.getText().equals(org.repdesk.i18n.Messages.text("shell.menu.larger"))).findFirst().orElseThrow();
        MenuItem smaller = window.menus().allItems().stream()
                .filter(i -> i.getText().equals(org.repdesk.i18n.Messages.text("shell.menu.smaller"))).findFirst().orElseThrow();
        assertEquals("Ctrl+=", larger.getAccelerator().getDisplayText());
        assertEquals("Ctrl+-", smaller.getAccelerator().getDisplayText());
        assertTrue(window.menus().shortcutLines().stream().anyMatch(l -> l.startsWith("Ctrl+= ")), "F1 lists Ctrl+=");
        assertTrue(window.menus().shortcutLines().stream().anyMatch(l -> l.startsWith("Ctrl+Shift+= ")),
                "F1 lists Ctrl+Shift+= (Ctrl and plus)");
    }

    @Test
    void theSelectedScreenPropertyDecidesWhatIsShown(FxRobot robot) {
        FrameHandle frame = new FrameHandle(robot);
        robot.interact(() -> window.navigation().selectedProperty().set(Navigation.Screen.MEMBERS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FrameHandle.Screen.MEMBERS, frame.selected());
        frame.open(FrameHandle.Screen.CASES);
        assertEquals(Navigation.Screen.CASES, window.navigation().selectedProperty().get());
        frame.open(FrameHandle.Screen.CASES); // a second click keeps it pressed
        assertEquals(FrameHandle.Screen.CASES, frame.selected());
    }

    @Test
    void theWindowsPlaceIsRememberedWhenItCloses(FxRobot robot) {
        DeskPreferences kept = DeskPreferences.forThisSession();
        WindowMemory memory = new WindowMemory(kept);
        robot.interact(() -> {
            Stage other = new Stage();
            other.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
            memory.keep(other, new javafx.geometry.Rectangle2D(10, 20, 640, 480));
            other.show();
            other.setX(30);
            other.setWidth(700);
            other.close();
        });
        var place = kept.windowPlace().orElseThrow();
        assertEquals(30, place.x());
        assertEquals(700, place.width());
        assertFalse(place.maximised());
    }
}
