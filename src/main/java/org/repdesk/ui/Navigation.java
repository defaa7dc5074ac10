package org.repdesk.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.repdesk.i18n.Messages;

/**
 * Which screen the main window shows: whatever {@link #selectedProperty()} names. A navigation
 * button, a View menu item, a shortcut and a dashboard tile all set it (through {@link #select});
 * the screens ({@link Screens}) and the buttons ({@link NavigationBar}) follow it. No controls here.
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
            return Messages.text("shell.screen." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** The screens a casebook's reader (figures only) may open: the rest show rows. */
    static final List<Screen> FIGURES_ONLY = List.of(Screen.BRIEFS, Screen.DEMANDS);

    private final ObjectProperty<Screen> selected = new SimpleObjectProperty<>(this, "selected");
    private final Set<Screen> allowed;
    private final Screen fallback;
    private final List<Consumer<Screen>> followers = new ArrayList<>();

    /** Every screen, for a rep's own file. */
    Navigation() {
        this(List.of(Screen.values()));
    }

    /**
     * Only {@code allowed} screens (a casebook's reader: {@link #FIGURES_ONLY}); asking for another
     * shows the first of them.
     */
    Navigation(List<Screen> allowed) {
        this.allowed = EnumSet.copyOf(allowed);
        this.fallback = allowed.get(0);
        selected.addListener((o, was, now) -> {
            if (now != null && !this.allowed.contains(now)) {
                selected.set(fallback); // set directly, past select(): still only what this desk may show
                return;
            }
            tellFollowers(now);
        });
    }

    /** The screen shown; setting it shows that screen. */
    ObjectProperty<Screen> selectedProperty() {
        return selected;
    }

    /** The screen shown, null before the first. */
    Screen selected() {
        return selected.get();
    }

    /** Whether this desk may show {@code screen} (a casebook's reader sees no rows). */
    boolean allows(Screen screen) {
        return allowed.contains(screen);
    }

    /** Shows {@code asked} (or the first allowed); when it is already shown, shows it again (its figures read anew where
     * they may have changed: the dashboard's on a data file only after a write or a new day). */
    void select(Screen asked) {
        Screen screen = allows(asked) ? asked : fallback;
        if (selected.get() == screen) {
            tellFollowers(screen);
        } else {
            selected.set(screen);
        }
    }

    /**
     * Runs {@code follower} each time a screen is selected, the same one again too (a screen with
     * figures reads them anew where they may have changed); followers run in the order they were added.
     */
    void follow(Consumer<Screen> follower) {
        followers.add(follower);
    }

    private void tellFollowers(Screen screen) {
        if (screen != null) {
            followers.forEach(f -> f.accept(screen));
        }
    }
}
