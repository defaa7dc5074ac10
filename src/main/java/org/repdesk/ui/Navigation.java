package org.repdesk.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;

/**
 * The navigation beside the screens, and which screen is shown: the window shows whatever
 * {@link #selectedProperty()} names (set by a button, a menu item, a shortcut or a dashboard tile).
 */
final class Navigation {

    /** The screens of the main window, with their buttons' ids and their View menu shortcuts. */
    enum Screen {
        DASHBOARD("dashboard", "Shortcut+0"),
        CASES("cases", "Shortcut+1"),
        MEMBERS("members", "Shortcut+2"),
        WORKLOAD("workload", "Shortcut+3"),
        DEMANDS("demands", "Shortcut+4"),
        BRIEFS("briefs", "Shortcut+5"),
        /** Tools ▸ Retention review: a screen with no button of its own. */
        RETENTION(null, "Shortcut+Shift+R");

        private final String name;
        final String accelerator;

        Screen(String name, String accelerator) {
            this.name = name;
            this.accelerator = accelerator;
        }

        /** The navigation button's id ({@code nav-cases}), null for a screen without a button. */
        String buttonId() {
            return name == null ? null : "nav-" + name;
        }

        /** What the button and the View menu call it, in the rep's language. */
        String title() {
            return Messages.text("shell.screen." + name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final ObjectProperty<Screen> selected = new SimpleObjectProperty<>(this, "selected");
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final ToggleGroup group = new ToggleGroup();
    private final VBox bar;
    private final Consumer<Screen> show;

    /** {@code show} shows a screen (each time it is selected, again too: a screen reads its figures anew). */
    Navigation(Consumer<Screen> show, Label note) {
        this.show = show;
        Label brand = new Label("RepDesk");
        brand.getStyleClass().add("brand");
        bar = new VBox(6, brand);
        for (Screen s : Screen.values()) {
            if (s.buttonId() == null) {
                continue;
            }
            ToggleButton b = new ToggleButton(s.title());
            b.setId(s.buttonId());
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.setAccessibleHelp(Messages.text("shell.nav.help", s.title()));
            b.setOnAction(e -> select(s));
            buttons.put(s, b);
            bar.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, note);
        bar.getStyleClass().add("nav-bar");
        selected.addListener((o, was, now) -> shown(now));
    }

    /** The screens a casebook's reader (figures only) may open: the rest show rows. */
    static final java.util.List<Screen> FIGURES_ONLY = java.util.List.of(Screen.BRIEFS, Screen.DEMANDS);

    /**
     * Keeps only {@code allowed} screens' buttons (a casebook's reader: the briefs and the demands
     * log); asking for another screen shows the first of them.
     */
    void limitTo(java.util.List<Screen> allowed) {
        this.allowed = java.util.EnumSet.copyOf(allowed);
        this.fallback = allowed.get(0);
        buttons.forEach((screen, b) -> {
            b.setVisible(allowed.contains(screen));
            b.setManaged(allowed.contains(screen));
        });
    }

    private java.util.Set<Screen> allowed = java.util.EnumSet.allOf(Screen.class);
    private Screen fallback = Screen.DASHBOARD;

    /** The bar of buttons, for the window's left side. */
    VBox bar() {
        return bar;
    }

    /** The screen shown; setting it shows that screen. */
    ObjectProperty<Screen> selectedProperty() {
        return selected;
    }

    /** Shows {@code screen}; when it is already shown, shows it again (its figures read anew). */
    void select(Screen asked) {
        Screen screen = allowed.contains(asked) ? asked : fallback;
        if (selected.get() == screen) {
            shown(screen);
        } else {
            selected.set(screen);
        }
    }

    private void shown(Screen screen) {
        // Its button stays pressed (a second click on a toggle would let it go), the others not.
        ToggleButton b = buttons.get(screen);
        group.selectToggle(b);
        show.accept(screen);
    }
}
