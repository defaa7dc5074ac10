package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repdesk.bench.ScreenClassList;

class ScreenClassesTest {

    @Test
    void theListNamesWhatTheScreensNeedWhenFirstOpenedInTheOrderTheyAreOpened() {
        List<String> names = ScreenClasses.names();
        assertTrue(names.size() > 300, "the screens' first openings load ~700 classes, listed " + names.size());
        for (String needed : List.of("org.repdesk.ui.CaseDetailView", "javafx.scene.control.skin.TabPaneSkin",
                "javafx.scene.control.skin.TableViewSkin", "org.controlsfx.control.CheckListView")) {
            assertTrue(names.contains(needed), needed + " is loaded when a screen first opens but not listed");
        }
        // The case form is opened before the briefs' demands list: the list keeps the journey's order.
        assertTrue(names.indexOf("org.repdesk.ui.CaseDetailView") < names.indexOf("org.controlsfx.control.CheckListView"));
        assertEquals(names.size(), new HashSet<>(names).size(), "each class once");
    }

    /** A class renamed or removed since the list was made would silently be loaded late again. */
    @Test
    void everyOneOfOurClassesItNamesStillExists() {
        List<String> gone = new ArrayList<>();
        for (String name : ScreenClasses.names()) {
            if (name.startsWith("org.repdesk.")) {
                try {
                    Class.forName(name, false, ScreenClasses.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    gone.add(name);
                }
            }
        }
        assertEquals(List.of(), gone, "remake the list: java -cp target/repdesk.jar org.repdesk.bench.ScreenClassList DATA_FILE");
    }

    @Test
    void loadingAheadLoadsTheListedClasses() {
        int loaded = ScreenClasses.loadAll();
        assertTrue(loaded > 0.9 * ScreenClasses.names().size(), loaded + " of " + ScreenClasses.names().size());
    }

    @Test
    void theListIsMadeWithTheScreensLoadingAheadSwitchedOff() {
        assertEquals(ScreenClasses.OFF, ScreenClassList.SCREENS_OFF);
    }
}
