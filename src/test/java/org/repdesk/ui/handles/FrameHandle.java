package org.repdesk.ui.handles;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.repdesk.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's frame as a test sees it: navigation, status line, menus' shortcuts, the first
 * run's welcome. The one place that knows their node ids (ui/NavigationBar, StatusLine, Welcome).
 */
public final class FrameHandle {

    /** The screens with a navigation button, by the name in their id. */
    public enum Screen { DASHBOARD, CASES, MEMBERS, WORKLOAD, DEMANDS, BRIEFS }

    private final FxRobot robot;

    public FrameHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** The navigation button's query, e.g. {@code #nav-cases}. */
    public static String navButton(Screen screen) {
        return "#nav-" + screen.name().toLowerCase(Locale.ROOT);
    }

    /** The screen's navigation button (to fire it on the FX thread, or read whether it is pressed). */
    public ToggleButton navigation(Screen screen) {
        return robot.lookup(navButton(screen)).queryAs(ToggleButton.class);
    }

    /** Clicks the screen's navigation button and waits for the FX thread to settle. */
    public FrameHandle open(Screen screen) {
        robot.clickOn(navButton(screen));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * Opens the screen and waits until it is put together and shown (screens are assembled a frame
     * at a time), with its first row chosen where it has a list: a case, a member, a demand.
     */
    public Node openWhole(Screen screen) throws Exception {
        open(screen);
        String main = mainPart(screen);
        FxWait.waitUntil(() -> robot.lookup(main).tryQuery().map(FrameHandle::shown).orElse(false));
        Node node = robot.lookup(main).query();
        if (node instanceof ListView<?> list) {
            FxWait.waitUntil(() -> !list.getItems().isEmpty());
            robot.interact(() -> list.getSelectionModel().select(0));
        } else if (node instanceof TableView<?> table) {
            FxWait.waitUntil(() -> !table.getItems().isEmpty());
            robot.interact(() -> table.getSelectionModel().select(0));
        } else if (screen == Screen.DEMANDS) {
            ListView<?> cards = robot.lookup(".board-column .list-view").tryQuery()
                    .map(n -> (ListView<?>) n).orElse(null);
            if (cards != null && !cards.getItems().isEmpty()) {
                robot.interact(() -> cards.getSelectionModel().select(0));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static String mainPart(Screen screen) {
        return switch (screen) {
            case DASHBOARD -> "#dashboard-report";
            case CASES -> "#case-list";
            case MEMBERS -> "#member-table";
            case WORKLOAD -> "#workload-members";
            case DEMANDS -> "#board-scroller";
            case BRIEFS -> "#brief-preview";
        };
    }

    /**
     * The screen's main part (its list, table or Make-the-brief button) if the screen is in the window, shown
     * or not: a screen put together ahead is there hidden.
     */
    public java.util.Optional<Node> mainPartIfMade(Screen screen) {
        return robot.lookup(mainPart(screen)).tryQuery().filter(n -> n.getScene() != null);
    }

    /** The node and every parent visible, in a scene. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null && node.getScene() != null;
    }

    /** The screen whose navigation button is pressed, or null. */
    public Screen selected() {
        for (Screen s : Screen.values()) {
            if (robot.lookup(navButton(s)).queryAs(ToggleButton.class).isSelected()) {
                return s;
            }
        }
        return null;
    }

    /** The status line's words ("3 members · 2 cases · data file: …"). */
    public String status() {
        return robot.lookup(".status-bar").queryAs(Label.class).getText();
    }

    /** Ctrl+comma: Tools ▸ Settings. */
    public SettingsHandle openSettings() {
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitForFxEvents();
        return new SettingsHandle(robot);
    }

    /** Presses the keys given together (e.g. CONTROL, PLUS) and waits. */
    public FrameHandle press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The first run's banner, when shown. */
    public boolean welcomeShown() {
        return robot.lookup("#welcome").tryQuery().isPresent();
    }

    /** The first run's banner is there and in sight (it shows above the dashboard only). */
    public boolean welcomeInSight() {
        return robot.lookup("#welcome").tryQuery().map(FrameHandle::shown).orElse(false);
    }

    /** Types the rep's name in the first run's banner and saves it. */
    public FrameHandle saveNameInWelcome(String name) {
        robot.clickOn("#welcome-rep-name").write(name);
        robot.clickOn("#welcome-save-name");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Types {@code name} in the first run's banner and presses Enter, as a rep would to save it. */
    public FrameHandle typeNameInWelcomeAndPressEnter(String name) {
        robot.clickOn("#welcome-rep-name").write(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** What is wrong with the name typed in the banner, beside the field ("" when nothing is). */
    public String welcomeNameProblem() {
        return robot.lookup("#welcome-name-problem").queryAs(Label.class).getText();
    }

    /** "Got it": the banner goes. */
    public FrameHandle dismissWelcome() {
        robot.clickOn("#welcome-ok");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** What the banner says once the name is saved (empty before). */
    public String welcomeNameSaved() {
        return robot.lookup("#welcome-name-saved").queryAs(Label.class).getText();
    }

    /** What the first run's banner says (where the data file is). */
    public String welcomeText() {
        return robot.lookup("#welcome-text").queryAs(Label.class).getText();
    }

    /** The first run's banner's "Load the campaign's demands". */
    public FrameHandle loadCampaignDemandsInWelcome() {
        robot.clickOn("#welcome-load-demands");
        return this;
    }

    /** The name field of the first run's banner. */
    public TextField welcomeNameField() {
        return robot.lookup("#welcome-rep-name").queryAs(TextField.class);
    }

    /** Where the data is, beside the navigation ("… not encrypted", "… encrypted with your passphrase"). */
    public String protectionNote() {
        return robot.lookup("#protection-note").queryAs(Label.class).getText();
    }

    /** The first run's banner's "Protect with a passphrase…". */
    public javafx.scene.control.Button welcomeProtect() {
        return robot.lookup("#welcome-protect").queryAs(javafx.scene.control.Button.class);
    }

    /** The root of the main window's scene (the window focused by the robot). */
    public Node root() {
        return robot.lookup(".repdesk").query();
    }

    /**
     * Chooses the menu item {@code #menu-<name>} (ui/MainMenus), as a click on it in its open menu
     * would: e.g. {@code "bringIn"}, File ▸ Bring a data file into this casebook….
     */
    public void chooseFromMenus(String name) {
        robot.interact(menuItem(name)::fire);
    }

    /**
     * As {@link #chooseFromMenus}, for an item that asks something first (File ▸ Open branch casebook…
     * with a form typed in): chosen without waiting, so the test can answer the question.
     */
    public void chooseFromMenusToBeAsked(String name) {
        javafx.scene.control.MenuItem item = menuItem(name);
        javafx.application.Platform.runLater(item::fire);
    }

    private javafx.scene.control.MenuItem menuItem(String name) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> ("menu-" + name).equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item menu-" + name));
    }
}
