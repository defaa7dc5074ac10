package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.FxWait.waitUntil;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.service.DeskPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+plus makes the whole window larger: the menu bar, its menus, context menus and tooltips too,
 * not only the content (pop-ups are windows of their own, which the theme sets at 14 px).
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeReachesPopupsTest {

    private MenuBar bar;
    private Menu file;
    private TextField field;
    private ContextMenu fieldMenu;
    private Tooltip tip;

    @Start
    void start(Stage stage) {
        bar = new MenuBar();
        file = new Menu("File");
        field = new TextField();
        fieldMenu = new ContextMenu(new MenuItem("Copy"));
        tip = new Tooltip("What goes here");
        Styling.use(DeskPreferences.Theme.LIGHT, 20);
        file.getItems().add(new MenuItem("Open…"));
        bar.getMenus().add(file);
        field.setContextMenu(fieldMenu);
        field.setTooltip(tip);
        stage.setScene(new Scene(new VBox(bar, field), 400, 300));
        stage.show();
    }

    @AfterEach
    void back(FxRobot robot) {
        // On the FX thread. Called from the test thread, it restyled the shown window while the FX thread
        // laid it out: JavaFX's CSS maps are not made for two threads, and once in ~50 runs one thread met
        // the other's change (ConcurrentModificationException in CssStyleHelper.resetToInitialValues).
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
    }

    @Test
    void menusContextMenusAndTooltipsAreAtTheChosenSize(FxRobot robot) throws Exception {
        assertEquals(20, fontOf(bar.lookup(".menu .label")));
        robot.interact(file::show);
        assertEquals(20, fontOfPopupText("Open…"));
        robot.interact(file::hide);
        robot.interact(() -> fieldMenu.show(field, 10, 10));
        assertEquals(20, fontOfPopupText("Copy"));
        robot.interact(fieldMenu::hide);
        robot.interact(() -> tip.show(field, 10, 40));
        waitUntil(tip::isShowing);
        assertEquals(20, tip.getFont().getSize(), 0.01);

        // A size chosen while a pop-up is open reaches it too.
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, 16));
        assertEquals(16, tip.getFont().getSize(), 0.01);
        robot.interact(tip::hide);
    }

    private static double fontOf(Node node) {
        return ((javafx.scene.control.Labeled) node).getFont().getSize();
    }

    /** The size of the label reading {@code text} in whichever pop-up window shows it. */
    private static double fontOfPopupText(String text) throws Exception {
        Label[] found = new Label[1];
        waitUntil(() -> {
            found[0] = popupLabel(text).orElse(null);
            return found[0] != null;
        });
        return found[0].getFont().getSize();
    }

    private static Optional<Label> popupLabel(String text) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                for (Node n : w.getScene().getRoot().lookupAll(".label")) {
                    if (n instanceof Label l && text.equals(l.getText())) {
                        return Optional.of(l);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
