package org.repdesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** A file the app did not make (demo, the command line, a restore, another computer's) still asks for the rep's name. */
class RepNameNoticeViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private RepNameNoticeViewModel vm;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir); // made without the welcome screen: no name set
        vm = new RepNameNoticeViewModel(desk::settings, new AtOnce());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aFileWithNoRepsNameAsksForItAndSaysWhatTheTrailRecordsMeanwhile() {
        vm.check();
        assertTrue(vm.shownProperty().get());
        assertTrue(vm.text().contains("(rep’s name not set)"), vm.text());
    }

    @Test
    void putOffTheNoticeGoesAndSettingTheNameInSettingsKeepsItAway() {
        vm.check();
        vm.later();
        assertFalse(vm.shownProperty().get(), "the rep carries on without answering");
        vm.afterSettings(); // Settings closed without a name: asked again
        assertTrue(vm.shownProperty().get());
        desk.settings().saveRepName("Dana Rep");
        vm.afterSettings();
        assertFalse(vm.shownProperty().get());
    }

    @Test
    void aFileWhoseRepHasANameNeverAsks() {
        desk.settings().saveRepName("Dana Rep");
        vm.check();
        assertFalse(vm.shownProperty().get());
    }
}
