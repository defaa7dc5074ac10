package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClassesTest {

    @Test
    void theListNamesTheFirstFramesOwnClassesInTheOrderTheStartNeedsThem() {
        List<String> names = StartupClasses.names();
        assertTrue(names.size() > 1000, "a start loads ~2,000 classes from the jar and runtime, listed " + names.size());
        for (String needed : List.of("org.repdesk.ui.MainWindow", "org.repdesk.ui.DashboardView",
                "org.repdesk.ui.FirstRead", "org.repdesk.store.Database", "javafx.scene.control.MenuBar")) {
            assertTrue(names.contains(needed), needed + " is loaded for the first frame but not listed");
        }
        // The FX thread needs the window before the dashboard in it: the list keeps the start's order.
        assertTrue(names.indexOf("org.repdesk.ui.MainWindow") < names.indexOf("org.repdesk.ui.DashboardView"));
        assertEquals(names.size(), new HashSet<>(names).size(), "each class once");
    }

    /** A class renamed or removed since the list was made would silently be loaded late again. */
    @Test
    void everyOneOfOurClassesItNamesStillExists() {
        List<String> gone = new ArrayList<>();
        for (String name : StartupClasses.names()) {
            if (name.startsWith("org.repdesk.")) {
                try {
                    Class.forName(name, false, StartupClasses.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    gone.add(name);
                }
            }
        }
        assertEquals(List.of(), gone, "remake the list: java -cp target/repdesk.jar org.repdesk.bench.StartupClassList DATA_FILE");
    }

    @Test
    void loadingAheadLoadsTheListedClassesWithoutSettingThemUp() {
        int loaded = StartupClasses.loadAll();
        assertTrue(loaded > 0.9 * StartupClasses.names().size(), loaded + " of " + StartupClasses.names().size());
    }

    /** Linked (verified) on the side thread, never initialised there: a class's set-up runs on its own thread. */
    @Test
    void aClassLoadedAndLinkedAheadIsNotSetUp() {
        int loaded = StartupClasses.load(List.of(SetUpOnUse.class.getName()),
                StartupClasses.class.getClassLoader(), true);
        assertEquals(1, loaded);
        assertEquals(false, SET_UP.get(), "its static initialiser ran when it was loaded ahead");
    }

    /**
     * A class the start loads but does not link before its first frame is listed "unlinked": loaded
     * ahead, not verified. Linking a class loads the types its constructors take; loading it does not.
     */
    @Test
    void aClassListedUnlinkedIsLoadedButNotLinked() throws Exception {
        try (Watching loader = new Watching()) {
            assertEquals(1, StartupClasses.load(List.of(TakesAnother.class.getName() + StartupClasses.UNLINKED), loader, true));
            assertTrue(loader.has(TakesAnother.class.getName()));
            assertEquals(false, loader.has(Taken.class.getName()), "linked: the type its constructor takes was loaded");
        }
        try (Watching loader = new Watching()) {
            assertEquals(1, StartupClasses.load(List.of(TakesAnother.class.getName()), loader, true));
            assertTrue(loader.has(Taken.class.getName()), "a class listed without the mark is linked, as before");
        }
    }

    @Test
    void theListsNamesComeWithoutTheMark() {
        assertTrue(StartupClasses.names().stream().noneMatch(n -> n.contains(" ")), "a name with a space in it");
    }

    /** A loader of this test's own classes (not its parent's copies) that tells which it has loaded. */
    private static final class Watching extends java.net.URLClassLoader {

        Watching() {
            super(new java.net.URL[] {StartupClassesTest.class.getProtectionDomain().getCodeSource().getLocation()},
                    ClassLoader.getPlatformClassLoader());
        }

        boolean has(String name) {
            return findLoadedClass(name) != null;
        }
    }

    /** Only ever named by TakesAnother's constructor. */
    static final class Taken {
    }

    static final class TakesAnother {
        TakesAnother(Taken taken) {
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean SET_UP = new java.util.concurrent.atomic.AtomicBoolean();

    /** Named by its class literal only (above), which does not set it up. */
    static final class SetUpOnUse {
        static {
            SET_UP.set(true);
        }
    }
}
