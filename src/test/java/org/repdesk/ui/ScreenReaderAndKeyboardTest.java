package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.DemoData;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.FrameHandle.Screen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader and a keyboard find on every screen, over demo data at 1024x700: each button,
 * field, choice, list and table has a name to be said (its text, its accessible text, or a label
 * pointing to it), each card in a list says what it shows, and Tab reaches every control in turn.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenReaderAndKeyboardTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        desk = TestDesk.open(dir.resolve("a11y-" + System.nanoTime()));
        new DemoData(desk).generate(8, 12, 42);
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void everyControlOnEveryScreenHasANameAScreenReaderCanSay(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        List<String> unnamed = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            frame.openWhole(screen);
            unnamed.addAll(unnamedOn(robot, frame, screen.name()));
            if (screen == Screen.CASES) {
                // Each of the case's tabs: their contents are only in the scene while chosen.
                TabPane tabs = robot.lookup(".case-detail .tab-pane").tryQuery().map(n -> (TabPane) n)
                        .orElseGet(() -> robot.lookup(".tab-pane").queryAs(TabPane.class));
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                    unnamed.addAll(unnamedOn(robot, frame, "CASES ▸ " + tab.getText()));
                }
            }
        }
        assertEquals(List.of(), List.copyOf(new LinkedHashSet<>(unnamed)),
                "controls a screen reader would announce as nothing");
    }

    @Test
    void theSettingsAndNewCaseDialogsNameTheirControlsToo(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        frame.openWhole(Screen.CASES);
        List<String> unnamed = new ArrayList<>();
        frame.openSettings();
        Node settings = dialogRoot();
        TabPane tabs = (TabPane) settings.lookup(".tab-pane");
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            unnamed.addAll(unnamedUnder(robot, () -> settings, "Settings ▸ " + tab.getText()));
        }
        robot.interact(() -> settings.getScene().getWindow().hide());
        frame.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        Node newCase = dialogRoot();
        unnamed.addAll(unnamedUnder(robot, () -> newCase, "Open a new case"));
        robot.interact(() -> newCase.getScene().getWindow().hide());
        assertEquals(List.of(), List.copyOf(new LinkedHashSet<>(unnamed)),
                "controls a screen reader would announce as nothing");
    }

    @Test
    void theAbsenceWindowNamesItsControlsToo(FxRobot robot) throws Exception {
        Background background = new Background();
        try {
            var member = desk.members().all().get(0);
            robot.interact(() -> org.repdesk.ui.absence.AbsenceWindow.show(main, background, desk.absences(), member));
            Node absences = dialogRoot();
            List<String> unnamed = unnamedUnder(robot, () -> absences, "Absences");
            robot.interact(() -> absences.getScene().getWindow().hide());
            assertEquals(List.of(), unnamed, "controls a screen reader would announce as nothing");
        } finally {
            background.shutdown();
        }
    }

    /**
     * The dialogs a rep opens from the screens: backups, a demand, a meeting, a timeline entry, a WMT
     * record, a demand's change of status and a letter. Each control named as on the screens.
     */
    @Test
    void theOtherDialogsNameTheirControlsToo(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        List<String> unnamed = new ArrayList<>();
        frame.openWhole(Screen.CASES);
        unnamed.addAll(dialog(robot, "Backups", () -> frame.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B)));

        org.repdesk.ui.handles.CasesPageHandle cases = new org.repdesk.ui.handles.CasesPageHandle(robot);
        org.repdesk.testing.FxWait.waitUntil(() -> !cases.list().getItems().isEmpty());
        org.repdesk.ui.handles.CaseFormHandle form = cases.openCaseOf(cases.list().getItems().get(0).memberName());
        org.repdesk.testing.FxWait.waitUntil(form::wholeFormInPlace);
        unnamed.addAll(dialog(robot, "Timeline entry", () -> {
            form.openTimeline();
            form.addTimelineEntry();
        }));
        unnamed.addAll(dialog(robot, "Letter", () -> form.openDocuments().makeLetter()));

        frame.openWhole(Screen.WORKLOAD);
        org.repdesk.ui.handles.WorkloadPageHandle workload = new org.repdesk.ui.handles.WorkloadPageHandle(robot);
        org.repdesk.testing.FxWait.waitUntil(() -> !workload.members().getItems().isEmpty());
        robot.interact(() -> workload.members().getSelectionModel().select(0));
        unnamed.addAll(dialog(robot, "WMT record", workload::addRecord));

        frame.openWhole(Screen.DEMANDS);
        org.repdesk.ui.handles.DemandsPageHandle demands = new org.repdesk.ui.handles.DemandsPageHandle(robot);
        // Later, not in interact(): the dialogs wait for their answer, and interact() would wait for them.
        List<javafx.scene.control.Button> bar = demands.barButtons();
        unnamed.addAll(dialog(robot, "Demand", () -> javafx.application.Platform.runLater(bar.get(0)::fire)));
        unnamed.addAll(dialog(robot, "Meeting", () -> javafx.application.Platform.runLater(bar.get(1)::fire)));
        ListView<?> raised = demands.column(org.repdesk.model.DemandStatus.RAISED);
        org.repdesk.testing.FxWait.waitUntil(() -> !raised.getItems().isEmpty());
        robot.interact(() -> raised.getSelectionModel().select(0));
        org.repdesk.testing.FxWait.waitUntil(() -> demands.changesOffered().contains("demand-status-menu"));
        javafx.scene.control.MenuItem withdrawn = demands.statusMenu().getItems().stream().filter(i -> !i.isDisable())
                .reduce((a, b) -> b).orElseThrow();
        unnamed.addAll(dialog(robot, "Status change", () -> javafx.application.Platform.runLater(withdrawn::fire)));
        assertEquals(List.of(), List.copyOf(new LinkedHashSet<>(unnamed)),
                "controls a screen reader would announce as nothing");
    }

    /** Opens a dialog with {@code open}, lists its unnamed controls, and closes it. */
    private List<String> dialog(FxRobot robot, String name, Runnable open) throws Exception {
        open.run();
        Node root = dialogRoot();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = unnamedUnder(robot, () -> root, name);
        robot.interact(() -> root.getScene().getWindow().hide());
        org.repdesk.testing.FxWait.waitUntil(() -> !root.getScene().getWindow().isShowing());
        return found;
    }

    /** The root of the dialog open above the main window. */
    private Node dialogRoot() throws Exception {
        org.repdesk.testing.FxWait.waitUntil(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage && w != main && w.isShowing()));
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage && w != main && w.isShowing())
                .reduce((a, b) -> b).orElseThrow().getScene().getRoot();
    }

    @Test
    void tabReachesEveryControlOnTheMainScreens(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        List<String> unreached = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            frame.openWhole(screen);
            Node root = frame.root();
            List<Control> wanted = new ArrayList<>();
            robot.interact(() -> wanted.addAll(keyboardControls(root)));
            Set<Node> reached = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            List<String> walk = new ArrayList<>();
            // From the screen's own navigation button, as a rep arriving by Ctrl+1…5 would start.
            robot.interact(() -> robot.lookup(FrameHandle.navButton(screen)).query().requestFocus());
            for (int i = 0; i < wanted.size() * 2 + 20 && !reached.containsAll(wanted); i++) {
                Node owner = root.getScene().getFocusOwner();
                walk.add(owner == null ? "nothing" : describe(owner));
                for (Node n = owner; n != null; n = n.getParent()) {
                    reached.add(n);
                }
                // Tab leaves a text area too (WindowKeys), rather than typing a tab into the rep's words.
                robot.push(KeyCode.TAB);
            }
            robot.interact(() -> root.lookupAll(".text-area").forEach(n -> {
                if (((TextArea) n).getText().contains("\t")) {
                    unreached.add(screen + ": Tab typed into " + describe(n));
                }
            }));
            for (Control c : wanted) {
                if (!reached.contains(c)) {
                    unreached.add(screen + ": " + describe(c) + " (Tab went " + walk + ")");
                }
            }
        }
        assertEquals(List.of(), unreached, "controls Tab never reaches");
    }

    private static List<String> unnamedOn(FxRobot robot, FrameHandle frame, String where) {
        return unnamedUnder(robot, frame::root, where);
    }

    private static List<String> unnamedUnder(FxRobot robot, java.util.function.Supplier<Node> top, String where) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> {
            Node root = top.get();
            Map<Node, Label> labelled = new IdentityHashMap<>();
            for (Node n : all(root)) {
                if (n instanceof Label l && l.getLabelFor() != null && FrameHandle.shown(l)) {
                    labelled.put(l.getLabelFor(), l);
                }
            }
            for (Node n : all(root)) {
                if (!FrameHandle.shown(n) || partOfAnotherControl(n)) {
                    continue;
                }
                boolean named;
                if (n instanceof ButtonBase b) {
                    // A check box drawn in a list's row is named by the row's own words.
                    named = said(b.getText()) || said(b.getAccessibleText()) || said(cellText(b));
                } else if (n instanceof ListCell<?> cell) {
                    named = cell.isEmpty() || cell.getItem() == null || said(cell.getText())
                            || said(cell.getAccessibleText());
                } else if (asksForAName(n)) {
                    named = said(n.getAccessibleText()) || labelled.containsKey(n);
                } else {
                    continue;
                }
                if (!named) {
                    found.add(where + ": " + describe(n));
                }
            }
        });
        return found;
    }

    /** Fields, choices, lists and tables: what they hold is not what they are. */
    private static boolean asksForAName(Node n) {
        return n instanceof TextInputControl || n instanceof ComboBoxBase<?> || n instanceof ChoiceBox<?>
                || n instanceof ListView<?> || n instanceof TableView<?> || n instanceof Spinner<?>;
    }

    private static List<Control> keyboardControls(Node root) {
        List<Control> found = new ArrayList<>();
        for (Node n : all(root)) {
            if (n instanceof Control c && (c instanceof ButtonBase || asksForAName(c)) && FrameHandle.shown(c)
                    && !c.isDisabled() && !partOfAnotherControl(c) && !(c instanceof ListCell<?>)
                    && !insideACell(c) && !inTheMenuBar(c)
                    && !(c instanceof ToggleButton t && t.getToggleGroup() != null && !t.isSelected())) {
                // Left out: the menu bar (F10 or Alt opens it) and a toggle group's unchosen toggles
                // (one Tab stop per group; the arrow keys move within it, as in every toolkit).
                found.add(c);
            }
        }
        return found;
    }

    /** The editor of a date picker or spinner, a combo's button: named with the control they belong to. */
    private static boolean partOfAnotherControl(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof Spinner<?> || p instanceof ChoiceBox<?>
                    || p instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static String cellText(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.IndexedCell<?> cell) {
                return said(cell.getText()) ? cell.getText() : cell.getAccessibleText();
            }
        }
        return null;
    }

    private static boolean inTheMenuBar(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof MenuBar) {
                return true;
            }
        }
        return false;
    }

    /** A button on a card in a list is reached by the list's own keys (arrows, the menu key), not by Tab. */
    private static boolean insideACell(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.IndexedCell<?>) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> all(Node root) {
        List<Node> nodes = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            nodes.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return nodes;
    }

    private static boolean said(String text) {
        return text != null && !text.isBlank();
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        String id = n.getId() == null ? "" : "#" + n.getId();
        String parent = n.getParent() == null ? "" : " in " + n.getParent().getClass().getSimpleName()
                + (n.getParent().getId() == null ? "" : "#" + n.getParent().getId());
        return n.getClass().getSimpleName() + id + text + parent;
    }
}
