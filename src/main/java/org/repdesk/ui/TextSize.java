package org.repdesk.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import org.repdesk.service.DeskPreferences;

/** The text size: View ▸ Larger, Smaller and Normal size, and their other keys; remembered for the rep. */
final class TextSize {

    private final DeskPreferences preferences;

    TextSize(DeskPreferences preferences) {
        this.preferences = preferences;
    }

    /** One step larger (+1), smaller (-1), or back to the theme's size (0); remembered. */
    void change(int change) {
        int now = Styling.textSize();
        int next = change == 0 ? DeskPreferences.DEFAULT_TEXT_SIZE : Styling.toStep(now + 2 * change);
        preferences.setTextSize(next);
        Styling.use(preferences.theme(), next);
    }

    /** Ctrl+= and the keypad's plus and minus, beside the View menu's Ctrl+plus and Ctrl+minus. */
    void addKeys(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Equals"), () -> change(+1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Add"), () -> change(+1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Subtract"), () -> change(-1));
    }
}
