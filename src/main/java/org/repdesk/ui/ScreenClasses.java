package org.repdesk.ui;

import java.util.List;
import org.repdesk.StartupClasses;

/**
 * The classes the screens need the first time each is opened (the cases list, the case form,
 * members, workload, demands, briefs: their controls' skins and behaviours, ControlsFX's, ours),
 * loaded and verified on the side thread once the window's first frame is out, before the rep
 * opens them. Left to the FX thread, the first opening of each screen read, defined and verified
 * them from the jar in turn: 100-500 classes a screen, the larger part of what it cost the FX
 * thread (issue 21; docs/benchmarks.md, seventh session). Listed in {@value #LIST}, in the order
 * the benchmark's journey opens the screens, by org.repdesk.bench.ScreenClassList.
 *
 * <p>Classes are loaded and linked, never initialised: no class's set-up (JavaFX's style tables,
 * pseudo-classes) runs off the FX thread, so nothing here shares state with it but the JVM's own
 * class loading, which is made for threads. A name no longer found is skipped.
 */
final class ScreenClasses {

    static final String LIST = "screen-classes.txt";
    /** Set to true, nothing is loaded ahead: for making the list itself, and for measuring what it gains. */
    static final String OFF = "repdesk.screenClasses.off";

    private ScreenClasses() {
    }

    /** Loads the listed classes on {@code background}'s side thread (it reads nothing from the store). */
    static void loadAhead(Background background) {
        if (!Boolean.getBoolean(OFF)) {
            background.aside(ScreenClasses::loadAll);
        }
    }

    /** Loads and links each listed class still found; returns how many were. */
    static int loadAll() {
        // Linked, not only loaded: verifying the bytecode is the part the FX thread paid at first use.
        return StartupClasses.load(names(), ScreenClasses.class.getClassLoader(), true);
    }

    /** The listed class names, in order (empty when the list is missing). */
    static List<String> names() {
        return StartupClasses.listed(ScreenClasses.class, LIST);
    }
}
