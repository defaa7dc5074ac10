package org.repdesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.Background;
import org.repdesk.ui.RepName;
import org.repdesk.ui.SettingsViewModel;
import org.repdesk.ui.WelcomeViewModel;

/**
 * A file the app did not make (demo, the command line, a restore, another computer's) still asks for
 * the rep's name; the notice follows the name wherever it is set, and a first run asks once.
 */
class RepNameNoticeViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private RepName name;
    private RepNameNoticeViewModel vm;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir); // made without the welcome screen: no name set
        name = new RepName(desk::settings, atOnce);
        vm = new RepNameNoticeViewModel(name);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aFileWithNoRepsNameAsksForItAndSaysWhatTheTrailRecordsMeanwhile() {
        assertFalse(vm.shownProperty().get(), "nothing asked before the file is read");
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

    @Test
    void aNameSavedThroughToolsSettingsTakesTheNoticeAwayThoughItsOwnButtonWasNotUsed() {
        vm.check();
        assertTrue(vm.shownProperty().get());
        SettingsViewModel settings = new SettingsViewModel(desk.settings(), desk.mayChangeSharedSettings(),
                DeskPreferences.forThisSession(), AT_ONCE, (theme, size) -> { }, name::changed);
        settings.load();
        settings.repNameProperty().set("Siân Rees");
        settings.save(() -> { });
        assertEquals(Optional.of("Siân Rees"), desk.settings().repName());
        assertFalse(vm.shownProperty().get(), "Settings saved the name: the notice no longer asks for it");
    }

    @Test
    void aNameSetElsewhereIsFoundWhenTheNameIsReadAgainAsF5Does() {
        vm.check();
        desk.settings().saveRepName("Dana Rep"); // by the command line, say, while the window is open
        assertTrue(vm.shownProperty().get(), "not read again yet");
        name.read();
        assertFalse(vm.shownProperty().get());
    }

    @Test
    void onAFirstRunTheWelcomeAsksAndTheNoticeDoesNotAskAgain() {
        WelcomeViewModel welcome = new WelcomeViewModel("/tmp/repdesk.db", atOnce, desk.settings(), name, () -> { });
        vm.check();
        assertFalse(vm.shownProperty().get(), "the welcome's field asks; the notice under it would ask twice");
        welcome.dismiss(); // "Got it" with no name: put off until the next start, as "Later" is
        assertFalse(vm.shownProperty().get());
    }

    @Test
    void aNameSavedInTheWelcomeIsTheNameEveryScreenHolds() {
        WelcomeViewModel welcome = new WelcomeViewModel("/tmp/repdesk.db", atOnce, desk.settings(), name, () -> { });
        vm.check();
        assertEquals(Optional.empty(), name.property().get());
        welcome.nameProperty().set("Siân Rees");
        welcome.saveName();
        assertEquals(List.of(), atOnce.failures);
        assertEquals(Optional.of("Siân Rees"), name.property().get(), "read again once the welcome saved it");
        assertFalse(name.unsetProperty().get());
    }

    /** Settings' worker jobs, run at once on the test's thread. */
    private static final SettingsViewModel.Runner AT_ONCE = new SettingsViewModel.Runner() {
        @Override
        public <T> void run(Background.Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = job.run();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };
}
