package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** RepDesk's icon in four sizes, for the window's title bar and the task bar. */
final class WindowIcons {

    private static final int[] SIZES = {16, 32, 48, 256};

    private WindowIcons() {
    }

    /**
     * Decoded on the side thread: decoding them took about 0.1 s of the FX thread before the first
     * frame; handing them to the window (about 20 ms) waits for the first frame too.
     */
    static void load(Stage stage, Background background) {
        background.aside(() -> {
            List<Image> icons = new ArrayList<>();
            for (int size : SIZES) {
                icons.add(icon(size));
            }
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }

    /** The icon {@code size} pixels square. */
    static Image icon(int size) {
        return new Image(Objects.requireNonNull(WindowIcons.class.getResourceAsStream("icons/repdesk-" + size + ".png"),
                "icon resource " + size));
    }
}
