package org.repdesk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads, on a thread of its own, the classes the app's first frame needs, in the order it needs
 * them (the list in {@value #LIST}, made by org.repdesk.bench.StartupClassList). While the toolkit
 * starts and the data file is opened, the FX thread and the opening thread then find most classes
 * already loaded rather than reading, defining and verifying ~2,000 of them from the jar in turn.
 * Classes are loaded and linked (their bytecode verified), never initialised: no class's set-up runs
 * off its own thread, and linking only ever loads other classes, so nothing here can deadlock with
 * the FX thread. On 2 cores, at 100,000 cases, the first usable frame came 40-230 ms sooner in
 * interleaved runs with it on and off (issue 6; docs/benchmarks.md); linking here too took ~100 ms of
 * verification off the FX thread before the first frame (FX CPU 616-667 ms against 740-826, three
 * interleaved pairs, issue 21). A name no longer found is skipped.
 */
public final class StartupClasses {

    static final String LIST = "startup-classes.txt";
    /** Set to true, nothing is loaded ahead: for making the list itself, and for measuring what it gains. */
    public static final String OFF = "repdesk.startupClasses.off";

    private StartupClasses() {
    }

    /** Starts loading the listed classes on a daemon thread. */
    static void loadAhead() {
        if (Boolean.getBoolean(OFF)) {
            return;
        }
        Thread loader = new Thread(StartupClasses::loadAll, "repdesk-load-ahead");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Marks a listed class the start loads but does not link before its first frame (a name in a
     * signature, an exception never thrown): loaded ahead, not linked, since verifying it would be
     * work the start never does (440 of the jar's 1,731 listed classes, issue 21).
     */
    public static final String UNLINKED = " unlinked";

    /** Loads each listed class still found, and links those not marked {@value #UNLINKED}; returns how many were found. */
    static int loadAll() {
        return load(listed(StartupClasses.class, LIST), StartupClasses.class.getClassLoader(), true);
    }

    /** The listed class names, in order (empty when the list is missing). */
    static List<String> names() {
        return listed(StartupClasses.class, LIST).stream().map(StartupClasses::nameOf).toList();
    }

    private static String nameOf(String entry) {
        return entry.endsWith(UNLINKED) ? entry.substring(0, entry.length() - UNLINKED.length()) : entry;
    }

    /**
     * Loads each of {@code names} still found, never initialising it; with {@code link}, linked too
     * (HotSpot verifies the bytecode then, which loading alone leaves to the class's first use),
     * unless the name is followed by {@value #UNLINKED}. Returns how many were found. Also the
     * screens' list's (ui.ScreenClasses).
     */
    public static int load(List<String> names, ClassLoader loader, boolean link) {
        int loaded = 0;
        for (String entry : names) {
            String name = nameOf(entry);
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (link && name.equals(entry)) {
                    c.getDeclaredConstructors();
                }
                loaded++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // renamed or gone since the list was made, or not on this platform: loaded when needed
            }
        }
        return loaded;
    }

    /** The class names listed in {@code owner}'s resource {@code list}, in order (empty when it is missing). */
    public static List<String> listed(Class<?> owner, String list) {
        try (InputStream in = owner.getResourceAsStream(list)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            // Its logger made here, not in this class's set-up on the main thread (see App.Log).
            Logger.getLogger(StartupClasses.class.getName()).log(Level.FINE, "the class list " + list, e);
            return List.of();
        }
    }
}
