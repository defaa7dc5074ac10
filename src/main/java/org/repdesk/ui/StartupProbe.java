package org.repdesk.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.repdesk.App;

/**
 * For the benchmark (org.repdesk.bench): starts the real app on {@code --db FILE}, or with
 * {@code --bare} a bare JavaFX window of the same size (the floor), and prints one line when the
 * first usable frame is laid out: for the app, the main window once the cases list is loaded (the
 * status bar shows its count). Time is from this JVM's start; peak RSS from /proc. Then it exits.
 * Nothing in the app calls this; it watches the windows from outside, so the app is unchanged.
 */
public final class StartupProbe {

    /** The status bar once the lists are loaded: "N members · M cases · data file: …". */
    private static final Pattern LOADED = Pattern.compile("\\d+ members · [1-9]\\d* cases");
    private static volatile boolean reported;

    private StartupProbe() {
    }

    public static void main(String[] args) {
        boolean bare = Arrays.asList(args).contains("--bare");
        Thread watcher = new Thread(() -> watch(bare), "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        if (bare) {
            Application.launch(BareWindow.class, args);
        } else {
            Application.launch(App.class, args);
        }
    }

    /** The floor: a window of the app's size with one label, started the same way. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Bare JavaFX window")), 1280, 780));
            stage.setTitle("Bare");
            stage.show();
        }
    }

    /** Polls every few ms (from a plain thread) until the toolkit runs, then checks each window on the FX thread. */
    private static void watch(boolean bare) {
        while (!reported) {
            try {
                Thread.sleep(5);
                Platform.runLater(() -> check(bare));
            } catch (IllegalStateException notYet) {
                // the toolkit is not started yet
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void check(boolean bare) {
        if (reported) {
            return;
        }
        for (Window w : List.copyOf(Window.getWindows())) {
            Scene scene = w.getScene();
            if (w.isShowing() && scene != null && (bare || ready(scene))) {
                reported = true;
                // Runs after this pulse's CSS and layout, just before the frame is drawn.
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    report(bare);
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
                return;
            }
        }
    }

    private static boolean ready(Scene scene) {
        Node status = scene.getRoot().lookup(".status-bar");
        return status instanceof Label l && LOADED.matcher(l.getText()).find();
    }

    private static void report(boolean bare) {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        double hwm = procStatusMiB("VmHWM");
        double rss = procStatusMiB("VmRSS");
        String heap = "";
        if (!bare) {
            System.gc();
            System.gc();
            heap = String.format(java.util.Locale.ROOT, " heap_mib=%.1f",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0));
        }
        System.out.printf(java.util.Locale.ROOT, "FIRST-FRAME ms=%d hwm_mib=%.1f rss_mib=%.1f%s%n", ms, hwm, rss, heap);
        System.out.flush();
        // halt, not exit: a measuring run needs no orderly shutdown, and the renderer must not race it.
        Runtime.getRuntime().halt(0);
    }

    private static double procStatusMiB(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
