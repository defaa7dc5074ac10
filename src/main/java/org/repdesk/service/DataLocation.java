package org.repdesk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where RepDesk keeps its data file by default: the user's data folder, per operating system. */
public final class DataLocation {

    public static final String FILE_NAME = "repdesk.db";

    private DataLocation() {
    }

    public static Path defaultDataFile() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve(FILE_NAME);
    }

    /**
     * Where RepDesk keeps files it can make again (never data): Linux and others $XDG_CACHE_HOME/RepDesk
     * or ~/.cache/RepDesk; Windows %LOCALAPPDATA%\RepDesk\Cache; macOS ~/Library/Caches/RepDesk.
     */
    public static Path cacheFolder() {
        return cacheFolder(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path cacheFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local")) // not for reps: the system's folder names
                    .resolve("RepDesk").resolve("Cache"); // not for reps: the system's folder names
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "RepDesk"); // not for reps: the system's folder names
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("RepDesk");
    }

    /**
     * Linux and others: $XDG_DATA_HOME/RepDesk or ~/.local/share/RepDesk; Windows: %APPDATA%\RepDesk;
     * macOS: ~/Library/Application Support/RepDesk.
     */
    static Path defaultFolder(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming")) // not for reps: the system's folder names
                    .resolve("RepDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "RepDesk"); // not for reps: the system's folder names
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return base.resolve("RepDesk");
    }
}
