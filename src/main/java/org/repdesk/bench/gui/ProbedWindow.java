package org.repdesk.bench.gui;

import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/**
 * The main window as the start-up probe drives it from outside: the one place in the benchmark
 * that knows the app's node ids and status words (ui/StatusLine, NavigationBar, CasesView,
 * DashboardView). The benchmark runs the app in English.
 */
final class ProbedWindow {

    /** The status line once the counts are in: "N members · M cases · data file: …" (plurals and digit groups). */
    private static final Pattern LOADED = Pattern.compile("\\d[\\d,]* members? · [1-9][\\d,]* cases?");
    private static final String READING = "reading the cases list";

    private final Scene scene;

    ProbedWindow(Scene scene) {
        this.scene = scene;
    }

    Scene scene() {
        return scene;
    }

    /** Usable: real counts in the status bar, and the first screen filled in (the dashboard's tiles, or the cases list). */
    boolean ready() {
        String status = status();
        if (status == null || !LOADED.matcher(status).find()) {
            return false;
        }
        Node tiles = find("#tile-open");
        return tiles != null || (find("#case-list") instanceof ListView<?> l && !l.getItems().isEmpty());
    }

    /** True once the status line no longer says the cases list is being read. */
    boolean listLoaded() {
        String status = status();
        return status != null && !status.contains(READING);
    }

    private String status() {
        return find(".status-bar") instanceof Label l ? l.getText() : null;
    }

    /** Presses the navigation button of the screen named {@code name} ("cases", "members", …). */
    void open(String name) {
        ((ButtonBase) find("#nav-" + name)).fire();
    }

    /** The cases list (null until the screen is built). */
    ListView<?> caseList() {
        return (ListView<?>) find("#case-list");
    }

    static final String CASE_LIST = "#case-list";

    TextField caseSearch() {
        return (TextField) find("#case-search");
    }

    Label caseCount() {
        return (Label) find("#case-count");
    }

    /** Picks {@code value} in the cases list's type filter, as the rep's click on it would. */
    void pickType(Object value) {
        pick("#filter-type", value);
    }

    /** Picks {@code value} in the cases list's status filter. */
    void pickStatus(Object value) {
        pick("#filter-status", value);
    }

    private void pick(String id, Object value) {
        MenuButton menu = (MenuButton) find(id);
        for (MenuItem item : menu.getItems()) {
            if (String.valueOf(value).equals(item.getText())) {
                item.fire();
                return;
            }
        }
        throw new IllegalStateException("no choice " + value + " in " + id);
    }

    /** True when the node {@code id} is in the scene and it and every parent are visible. */
    boolean shown(String id) {
        Node node = find(id);
        boolean shown = node != null;
        for (Node n = node; n != null && shown; n = n.getParent()) {
            shown = n.isVisible();
        }
        return shown;
    }

    private Node find(String query) {
        return scene.getRoot() == null ? null : scene.getRoot().lookup(query);
    }

    /** Runs {@code work} as an event of its own, just after the scene's next frame has been laid out. */
    static void afterNextFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
