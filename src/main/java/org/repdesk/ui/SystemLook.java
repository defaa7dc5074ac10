package org.repdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop asks applications for dark colours. JavaFX 21 cannot ask the system itself
 * (Platform.getPreferences came in JavaFX 22), so this asks the desktop as its own tools do: GNOME's
 * colour scheme ({@code gsettings}), Windows' "apps use light theme" setting ({@code reg}), macOS's
 * interface style ({@code defaults}); and, at once, a GTK theme named "…:dark" or "…-dark" in the
 * environment. The tools are processes, so they are asked once, off the FX thread, as the app starts;
 * where nothing answers dark, RepDesk is light.
 */
final class SystemLook {

    private static CompletableFuture<Boolean> asked;

    private SystemLook() {
    }

    /** Starts asking the desktop (once); the answer follows when its tool has replied. */
    static synchronized CompletableFuture<Boolean> ask() {
        if (asked == null) {
            // Before the app's Background exists: the common pool's daemon thread, for one short process.
            asked = CompletableFuture.supplyAsync(SystemLook::askDesktop);
        }
        return asked;
    }

    /** Dark as far as is known now: the environment, or the desktop's answer if it has come. */
    static boolean prefersDark() {
        return prefersDark(System.getenv()) || ask().getNow(false);
    }

    static boolean prefersDark(Map<String, String> env) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtk.endsWith(":dark") || gtk.endsWith("-dark");
    }

    /** What a desktop's own tool printed, read as dark or not. */
    static boolean saysDark(String os, String printed) {
        String p = printed.strip().toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return p.matches("(?s).*appsuselighttheme\\s+reg_dword\\s+0x0\\b.*");
        }
        if (os.contains("mac")) {
            return p.equals("dark");
        }
        return p.contains("prefer-dark") || p.endsWith("dark'");
    }

    private static boolean askDesktop() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return saysDark(os, run(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme")));
        }
        if (os.contains("mac")) {
            return saysDark(os, run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")));
        }
        // Without a desktop session's bus, gsettings can only print its defaults: no process then.
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            return false;
        }
        // GNOME 42+ keeps the choice in color-scheme; older desktops (no such key) only in the GTK theme's name.
        String scheme = run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        return scheme.isBlank() ? saysDark(os, run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")))
                : saysDark(os, scheme);
    }

    /** The tool's output, or nothing when it is missing, fails or takes over two seconds. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            try (InputStream out = p.getInputStream()) {
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return "";
                }
                return p.exitValue() == 0 ? new String(out.readAllBytes(), StandardCharsets.UTF_8) : "";
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
