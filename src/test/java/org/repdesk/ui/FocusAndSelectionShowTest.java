package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.service.DeskPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A keyboard user sees where focus is on every kind of control RepDesk uses (the theme drew no focus
 * on the navigation, flat buttons, tables, lists or tabs), and a selected entry's words stay readable
 * in both themes (white on pale grey was 1.2:1; the dark theme's red on its selected row 3.6:1).
 */
@ExtendWith(ApplicationExtension.class)
class FocusAndSelectionShowTest {

    private ToggleButton nav;
    private Button flat;
    private TableView<String> table;
    private ListView<String> list;
    private TabPane tabs;
    private Button elsewhere;
    private CheckBox check;
    private CheckBox ticked;
    private RadioButton radio;
    private MenuButton flatMenu;
    private Hyperlink link;
    private Button plain;
    private javafx.scene.control.TitledPane folding;

    @Start
    void start(Stage stage) {
        nav = new ToggleButton("Cases");
        flat = new Button("Hide");
        table = new TableView<>(FXCollections.observableArrayList("a", "b"));
        list = new ListView<>(FXCollections.observableArrayList("2026-07-20", "2026-08-01"));
        tabs = new TabPane(new Tab("Details"), new Tab("Timeline"));
        elsewhere = new Button("Elsewhere");
        check = new CheckBox("Overdue only");
        ticked = new CheckBox("Disability related");
        ticked.setSelected(true);
        radio = new RadioButton("English");
        flatMenu = new MenuButton("Newest first");
        flatMenu.getStyleClass().add("flat");
        link = new Hyperlink("Open the guide");
        plain = new Button("New case");
        folding = new javafx.scene.control.TitledPane("WMT capacity calculator", new Label("Hours"));
        folding.setExpanded(false);
        nav.getStyleClass().add("nav-button");
        flat.getStyleClass().add("flat");
        table.getColumns().add(new TableColumn<>("Name"));
        table.setPrefHeight(110);
        list.setPrefHeight(150);
        // Cells as the timeline, a demand's history and a case's papers draw them.
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label head = new Label(item);
                head.getStyleClass().add("entry-head");
                Label summary = new Label("Meeting");
                summary.getStyleClass().add("entry-summary");
                Label overdue = new Label("overdue");
                overdue.getStyleClass().add("overdue");
                setGraphic(new VBox(head, summary, overdue));
            }
        });
        Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE);
        stage.setScene(new Scene(new VBox(8, elsewhere, nav, flat, table, list, tabs,
                new javafx.scene.layout.HBox(12, check, ticked, radio, flatMenu, link, plain), folding), 900, 760));
        stage.show();
    }

    @AfterEach
    void back(FxRobot robot) {
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
    }

    @Test
    void everyKindOfControlLooksDifferentWhenFocused(FxRobot robot) {
        List<String> unseen = new ArrayList<>();
        for (Region r : List.of(nav, flat, table, list, tabs)) {
            List<Object> before = new ArrayList<>();
            List<Object> after = new ArrayList<>();
            robot.interact(() -> {
                elsewhere.requestFocus();
                before.addAll(look(r));
                r.requestFocus();
            });
            robot.interact(() -> after.addAll(look(r)));
            if (before.equals(after)) {
                unseen.add(r.getClass().getSimpleName() + " " + r.getStyleClass());
            }
        }
        assertEquals(List.of(), unseen, "focus shows nothing on");
    }

    /**
     * Seen, not only styled: the theme drew no focus on check boxes, radio buttons, links or flat menus,
     * and repdesk.css's list rule changed a background the cells cover. A ring of pixels changing 3:1 or
     * more ({@link FocusRing}) on each, in both themes (a ticked box is the ring's own blue).
     */
    @Test
    void everyKindOfControlShowsARingInBothThemes(FxRobot robot) {
        List<String> unseen = new ArrayList<>();
        for (DeskPreferences.Theme theme : List.of(DeskPreferences.Theme.LIGHT, DeskPreferences.Theme.DARK)) {
            robot.interact(() -> Styling.use(theme, DeskPreferences.DEFAULT_TEXT_SIZE));
            for (Region r : List.of(nav, flat, table, list, tabs, check, ticked, radio, flatMenu, link, plain, folding)) {
                FocusRing ring = FocusRing.measure(robot, r, elsewhere);
                if (!ring.seen()) {
                    unseen.add(theme + " " + r.getClass().getSimpleName() + " " + r.getStyleClass() + ": " + ring);
                }
            }
        }
        assertEquals(List.of(), unseen, "focus not to be seen on");
    }

    /** The ring takes no room: what a control lays out stays where it was when the focus arrives. */
    @Test
    void nothingMovesWhenTheFocusArrives(FxRobot robot) {
        List<String> moved = new ArrayList<>();
        for (Region r : List.of(check, radio, flatMenu, link, plain, list, table)) {
            List<Object> before = new ArrayList<>();
            List<Object> after = new ArrayList<>();
            robot.interact(() -> {
                elsewhere.requestFocus();
                r.applyCss();
                r.layout();
                before.addAll(placesInside(r));
                r.requestFocus();
            });
            robot.interact(() -> {
                r.applyCss();
                r.layout();
                after.addAll(placesInside(r));
            });
            if (!before.equals(after)) {
                moved.add(r.getClass().getSimpleName() + ": " + before + " -> " + after);
            }
        }
        assertEquals(List.of(), moved, "moved when focused");
    }

    private static List<Object> placesInside(Region r) {
        List<Object> places = new ArrayList<>(List.of(r.getInsets(), r.getLayoutBounds()));
        for (Node child : r.getChildrenUnmodifiable()) {
            // Where it is laid out, not its bounds in the parent: those take in a ring drawn outside it.
            places.add(List.of(child.getLayoutX(), child.getLayoutY(), child.getLayoutBounds()));
        }
        return places;
    }

    @Test
    void aSelectedEntryIsReadableInBothThemes(FxRobot robot) {
        robot.interact(() -> list.getSelectionModel().select(0));
        for (DeskPreferences.Theme theme : List.of(DeskPreferences.Theme.LIGHT, DeskPreferences.Theme.DARK)) {
            robot.interact(() -> {
                Styling.use(theme, DeskPreferences.DEFAULT_TEXT_SIZE);
                list.applyCss();
                list.layout();
            });
            robot.interact(() -> {
                Color row = theme == DeskPreferences.Theme.LIGHT ? Color.web("0xeaeef2") : Color.web("0x30363d");
                for (String kind : List.of("entry-head", "entry-summary", "overdue")) {
                    Label l = firstSelected(kind);
                    double ratio = contrast((Color) l.getTextFill(), row);
                    assertTrue(ratio >= 4.5, theme + " " + kind + " " + l.getTextFill() + " on " + row + ": " + ratio);
                }
            });
        }
    }

    private Label firstSelected(String kind) {
        for (Node cell : list.lookupAll(".list-cell")) {
            if (((ListCell<?>) cell).isSelected()) {
                return (Label) cell.lookup("." + kind);
            }
        }
        throw new AssertionError("no selected cell with " + kind);
    }

    /** What draws a control's look: its own background and border, and its selected tab's. */
    private static List<Object> look(Region r) {
        r.applyCss();
        List<Object> parts = new ArrayList<>(List.of(String.valueOf(r.getBackground()), String.valueOf(r.getBorder())));
        Node tab = r.lookup(".tab:selected");
        if (tab instanceof Region t) {
            parts.add(String.valueOf(t.getBackground()));
        }
        return parts;
    }

    /** WCAG 2's contrast ratio: the one {@link FocusRing} measures rings with. */
    private static double contrast(Color a, Color b) {
        return FocusRing.contrast(a, b);
    }
}
