package org.repdesk.ui;

import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.repdesk.service.DeskPreferences;

/** The text size: View ▸ Larger, Smaller and Normal size, and their other keys; remembered for the rep. */
final class TextSize {

    /**
     * Larger text: Ctrl and the key marked "= +", with or without Shift (Ctrl+= and Ctrl+plus on UK and
     * US keyboards, where plus needs Shift), or the keypad's plus. Shown as "Ctrl+=", the key a rep
     * presses: "Ctrl+Plus" sent reps to Ctrl+Shift+=, which the menu's own key (Shift up) ignored.
     */
    static final KeyCombination LARGER = new SizeKey("=", KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD);
    /** Smaller text: Ctrl and minus, on the main keys or the keypad. */
    static final KeyCombination SMALLER = new SizeKey("-", KeyCode.MINUS, KeyCode.SUBTRACT);

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

    /**
     * The View menu's larger and smaller keys on the scene itself as well, for a menu bar that is the
     * system's (its keys are not the scene's). The same combinations as the menu's, so the scene holds
     * one entry for each and a key press changes the size once.
     */
    void addKeys(Scene scene) {
        scene.getAccelerators().put(LARGER, () -> change(+1));
        scene.getAccelerators().put(SMALLER, () -> change(-1));
    }

    /** Shortcut (Ctrl, or ⌘ on a Mac) with any of {@code codes}, Shift up or down; shown with {@code shown}. */
    private static final class SizeKey extends KeyCombination {

        private final Set<KeyCode> codes;
        private final String shown;

        SizeKey(String shown, KeyCode... codes) {
            super(ModifierValue.ANY, ModifierValue.UP, ModifierValue.UP, ModifierValue.UP, ModifierValue.DOWN);
            this.codes = Set.of(codes);
            this.shown = shown;
        }

        @Override
        public boolean match(KeyEvent event) {
            return codes.contains(event.getCode()) && super.match(event);
        }

        @Override
        public String getDisplayText() {
            return super.getDisplayText() + shown;
        }

        // A scene keeps its keys in a map: KeyCombination's own equals sees only the modifiers, under
        // which larger and smaller were one key and the second put replaced the first's action.
        @Override
        public boolean equals(Object other) {
            return other instanceof SizeKey k && k.codes.equals(codes) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + codes.hashCode();
        }
    }
}
