package org.repdesk.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the desktop asks applications for dark colours. JavaFX 21 cannot ask the system itself
 * (Platform.getPreferences came in JavaFX 22), so this reads what the desktop leaves in the
 * environment: a GTK theme named "…:dark" or "…-dark" (GNOME, Cinnamon, Xfce with a dark theme).
 * Where nothing says dark, RepDesk is light.
 */
final class SystemLook {

    private SystemLook() {
    }

    static boolean prefersDark() {
        return prefersDark(System.getenv());
    }

    static boolean prefersDark(Map<String, String> env) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.endsWith(":dark") || gtk.endsWith("-dark");
    }
}
