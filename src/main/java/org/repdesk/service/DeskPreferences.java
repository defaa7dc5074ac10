package org.repdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How this rep likes RepDesk on this computer: language, theme, text size, the window's place and
 * size, split positions. Kept per user in a small file in the data folder, never in the data file:
 * a branch casebook is shared by many reps, each with their own screen. Written whole on each change.
 */
public final class DeskPreferences {

    private static final Logger LOG = Logger.getLogger(DeskPreferences.class.getName());
    /** The text size a new rep starts with (AtlantaFX's own, in pixels) and the sizes allowed. */
    public static final int DEFAULT_TEXT_SIZE = 14;
    public static final int SMALLEST_TEXT_SIZE = 10;
    public static final int LARGEST_TEXT_SIZE = 24;

    /** The language RepDesk speaks: the system's (Welsh when it is Welsh), or one chosen. */
    public enum Language { SYSTEM, ENGLISH, WELSH }

    /** The colours: light, dark, or the system's. */
    public enum Theme { SYSTEM, LIGHT, DARK }

    /** Where the main window was and how large, in screen pixels. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximised) {
    }

    private final Path file;
    private final Properties values = new Properties();

    /** Kept in {@code file} (null: this session only, as in tests). */
    public DeskPreferences(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "the preferences file could not be read; starting from the defaults", e);
                values.clear();
            }
        }
    }

    /** This rep's preferences on this computer, in the default data folder. */
    public static DeskPreferences inDataFolder() {
        return new DeskPreferences(DataLocation.defaultDataFile().resolveSibling("preferences.properties"));
    }

    /** Remembered for this session only. */
    public static DeskPreferences forThisSession() {
        return new DeskPreferences(null);
    }

    public Language language() {
        return named(Language.class, "language", Language.SYSTEM);
    }

    public void setLanguage(Language language) {
        put("language", language.name());
    }

    public Theme theme() {
        return named(Theme.class, "theme", Theme.SYSTEM);
    }

    public void setTheme(Theme theme) {
        put("theme", theme.name());
    }

    /** The text size in pixels, within the sizes allowed. */
    public int textSize() {
        return clampTextSize((int) number("text.size", DEFAULT_TEXT_SIZE));
    }

    public void setTextSize(int pixels) {
        put("text.size", String.valueOf(clampTextSize(pixels)));
    }

    public static int clampTextSize(int pixels) {
        return Math.max(SMALLEST_TEXT_SIZE, Math.min(LARGEST_TEXT_SIZE, pixels));
    }

    /** Where the main window was when it last closed; empty the first time. */
    public Optional<WindowPlace> windowPlace() {
        double w = number("window.width", -1);
        double h = number("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlace(number("window.x", 0), number("window.y", 0), w, h,
                Boolean.parseBoolean(values.getProperty("window.maximised"))));
    }

    public void setWindowPlace(WindowPlace place) {
        values.setProperty("window.x", String.valueOf(place.x()));
        values.setProperty("window.y", String.valueOf(place.y()));
        values.setProperty("window.width", String.valueOf(place.width()));
        values.setProperty("window.height", String.valueOf(place.height()));
        put("window.maximised", String.valueOf(place.maximised()));
    }

    /** Where the divider of the split named {@code name} was (0 to 1); empty the first time. */
    public Optional<Double> splitPosition(String name) {
        double at = number("split." + name, -1);
        return at > 0 && at < 1 ? Optional.of(at) : Optional.empty();
    }

    public void setSplitPosition(String name, double at) {
        put("split." + name, String.valueOf(at));
    }

    private <E extends Enum<E>> E named(Class<E> type, String key, E otherwise) {
        try {
            String v = values.getProperty(key);
            return v == null ? otherwise : Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            return otherwise; // written by a later version, or edited by hand
        }
    }

    private double number(String key, double otherwise) {
        try {
            String v = values.getProperty(key);
            return v == null ? otherwise : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private void put(String key, String value) {
        values.setProperty(key, value);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OwnerOnlyFile.write(file, out -> {
                var writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "RepDesk: this rep's preferences on this computer"); // not for reps: the file's own header line
                writer.flush();
            });
        } catch (IOException e) {
            // Nothing of the rep's work is lost: the preference holds for this session.
            LOG.log(Level.WARNING, "the preferences could not be saved", e);
        }
    }
}
