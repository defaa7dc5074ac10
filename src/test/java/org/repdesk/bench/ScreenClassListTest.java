package org.repdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenClassListTest {

    @Test
    void keepsClassesFromTheJarAndRuntimeFirstLoadedAfterTheListsWereRead() {
        List<String> log = List.of(
                "[0.098s] org.repdesk.App source: file:/work/target/repdesk.jar",
                "[0.300s] javafx.scene.control.MenuBar source: jar:file:/work/javafx-controls.jar!/",
                "[1.200s] java.util.stream.SortedOps source: shared objects file",
                "[1.300s] javafx.scene.control.skin.TableViewSkin source: jar:file:/work/javafx-controls.jar!/",
                "[1.310s] org.repdesk.ui.CaseDetailView$$Lambda$90/0x00007fb13c00f478 source: org.repdesk.ui.CaseDetailView",
                "[1.320s] org.repdesk.bench.gui.ProbedWindow source: file:/work/target/repdesk.jar",
                "[1.330s] org.repdesk.ui.CaseDetailView source: file:/work/target/repdesk.jar",
                "[1.400s] javafx.scene.control.MenuBar source: jar:file:/work/javafx-controls.jar!/",
                "[2.000s] org.controlsfx.control.CheckListView source: jar:file:/work/controlsfx.jar!/");
        assertEquals(List.of("javafx.scene.control.skin.TableViewSkin", "org.repdesk.ui.CaseDetailView",
                "org.controlsfx.control.CheckListView"), ScreenClassList.screenClasses(log, 1000));
    }
}
