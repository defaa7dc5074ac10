package org.repdesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.repdesk.StartupClasses;

/**
 * The classes the screens need the first time each is opened (the cases list, the case form,
 * members, workload, demands, briefs: their controls' skins and behaviours, ControlsFX's, ours),
 * loaded and verified on the side thread once the window's first frame is out, before the rep
 * opens them. Left to the FX thread, the first opening of each screen read, defined and verified
 * them from the jar in turn: 100-500 classes a screen, the larger part of what it cost the FX
 * thread (issue 21; docs/benchmarks.md, seventh session). Listed in {@value #LIST}, in the order
 * the benchmark's journey opens the screens, by org.repdesk.bench.ScreenClassList.
 *
 * <p>Classes are loaded and linked, never initialised: no class's set-up (JavaFX's style tables,
 * pseudo-classes) runs off the FX thread, so nothing here shares state with it but the JVM's own
 * class loading, which is made for threads. A name no longer found is skipped.
 */
final class ScreenClasses {

    static final String LIST = "screen-classes.txt";
    /** Set to true, nothing is loaded ahead: for making the list itself, and for measuring what it gains. */
    static final String OFF = "repdesk.screenClasses.off";
    /** Set to true, the classes are loaded ahead but the controls are not made ahead ({@link #warmUp}): to measure it alone. */
    static final String WARM_UP_OFF = "repdesk.screenWarmUp.off";

    private ScreenClasses() {
    }

    /**
     * Loads the listed classes on {@code background}'s side thread (it reads nothing from the store),
     * then has the FX thread make each of the screens' controls once, off screen ({@link #warmUp}).
     */
    static void loadAhead(Background background) {
        if (!Boolean.getBoolean(OFF)) {
            background.aside(() -> {
                loadAll();
                if (!Boolean.getBoolean(WARM_UP_OFF)) {
                    Platform.runLater(() -> warmUp(controls()));
                }
            });
        }
    }

    /**
     * Each control the screens are made of, made once on the FX thread, a piece an event, in a scene of
     * its own that is never shown: its class set up, its skin made, styled and laid out, so the lambdas
     * JavaFX's skins and behaviours spin at their first use are spun here (the installed app's archive
     * holds them; from the jar the journey's first openings spun ~990, seventh session), and the CSS
     * code is compiled. Loading ahead is not enough: a class is set up only on the FX thread (see
     * above). Nothing here is kept or shown. {@code pieces} each change {@code root}'s content, which is
     * then styled and laid out. Each piece took 5-42 ms of the FX thread's CPU from the jar on a busy
     * machine (load 13-16), in the seconds the lists are read; the case form's, members' and demands'
     * first openings then took less of it in their longest waits (docs/benchmarks.md, stall7b).
     */
    static void warmUp(List<Consumer<StackPane>> pieces) {
        StackPane root = new StackPane();
        new Scene(root, 400, 300); // never in a window: styled and laid out only here
        Deque<Consumer<StackPane>> left = new ArrayDeque<>(pieces);
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            Consumer<StackPane> piece = left.poll();
            if (piece == null) {
                root.getChildren().clear();
                return;
            }
            piece.accept(root);
            root.applyCss();
            root.resize(400, 300);
            root.layout();
            Platform.runLater(next[0]); // the next after whatever waits meanwhile
        };
        next[0].run();
    }

    /**
     * The screens' controls as {@link #warmUp} makes them, one of each; a list and a table empty first,
     * the table's column and the rows in pieces after (a table whole in one piece took 40-50 ms of the FX thread
     * on a busy machine).
     */
    static List<Consumer<StackPane>> controls() {
        javafx.collections.ObservableList<String> rows = javafx.collections.FXCollections.observableArrayList("a", "b", "c");
        List<javafx.scene.control.ListView<String>> list = new java.util.ArrayList<>(1);
        List<javafx.scene.control.TableView<String>> table = new java.util.ArrayList<>(1);
        return List.of(
                root -> root.getChildren().setAll(new javafx.scene.control.TextField()),
                root -> {
                    list.add(new javafx.scene.control.ListView<>());
                    root.getChildren().setAll(list.get(0));
                },
                root -> list.get(0).setItems(rows),
                root -> {
                    table.add(new javafx.scene.control.TableView<>());
                    root.getChildren().setAll(table.get(0));
                },
                root -> {
                    javafx.scene.control.TableColumn<String, String> column = new javafx.scene.control.TableColumn<>("a");
                    column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
                    table.get(0).getColumns().add(column);
                },
                root -> table.get(0).setItems(rows),
                root -> root.getChildren().setAll(new javafx.scene.control.TextArea()),
                root -> root.getChildren().setAll(new javafx.scene.control.TabPane(new javafx.scene.control.Tab("a"),
                        new javafx.scene.control.Tab("b"))),
                root -> root.getChildren().setAll(new javafx.scene.control.MenuButton("a", null,
                        new javafx.scene.control.MenuItem("b"))),
                root -> root.getChildren().setAll(new javafx.scene.control.DatePicker()),
                root -> root.getChildren().setAll(new javafx.scene.control.ScrollPane(new javafx.scene.control.Label("a"))),
                root -> root.getChildren().setAll(new javafx.scene.control.SplitPane(new javafx.scene.control.CheckBox("b"),
                        new javafx.scene.control.Button("c"))));
    }

    /** Loads and links each listed class still found; returns how many were. */
    static int loadAll() {
        // Linked, not only loaded: verifying the bytecode is the part the FX thread paid at first use.
        return StartupClasses.load(names(), ScreenClasses.class.getClassLoader(), true);
    }

    /** The listed class names, in order (empty when the list is missing). */
    static List<String> names() {
        return StartupClasses.listed(ScreenClasses.class, LIST);
    }
}
