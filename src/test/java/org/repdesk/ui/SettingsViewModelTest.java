package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseType;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** Settings as state, without a window: every problem at once, Save only when there is none. */
class SettingsViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final DeskPreferences preferences = DeskPreferences.forThisSession();
    private final List<String> applied = new ArrayList<>();
    private SettingsViewModel vm;

    /** The worker's jobs, run at once on the test's thread. */
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

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir.resolve("settings"));
        vm = new SettingsViewModel(desk.settings(), desk.mayChangeSharedSettings(), preferences, AT_ONCE,
                (theme, size) -> applied.add(theme + " " + size), () -> { });
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void onACasebookARepSavesTheirNameWhileTheBranchsFiguresAreShownNotChanged() {
        org.repdesk.model.CasebookAddress casebook = org.repdesk.testing.TestCasebooks.fresh();
        try (RepDesk rachel = new RepDesk(org.repdesk.testing.TestCasebooks.open(casebook,
                org.repdesk.testing.TestCasebooks.REP), TestDesk.fixedClock())) {
            SettingsViewModel repVm = new SettingsViewModel(rachel.settings(), rachel.mayChangeSharedSettings(),
                    preferences, AT_ONCE, (t, z) -> { }, () -> { });
            repVm.load();
            assertFalse(repVm.sharedEditableProperty().get());
            repVm.repNameProperty().set("Rachel Reid");
            List<String> saved = new ArrayList<>();
            repVm.save(() -> saved.add("saved"));
            assertEquals(List.of("saved"), saved, String.valueOf(repVm.problems()));
            assertEquals("Rachel Reid", rachel.settings().repName().orElseThrow());
        }
        assertTrue(vm.sharedEditableProperty().get(), "a rep's own file: everything is theirs");
    }

    @Test
    void theBranchsFiguresAreLockedFromTheStartAsTheDeskAlreadyKnowsAndReadingThemAsksNothingMore() {
        // A data file's store would say "yours to change": only what the desk was told counts.
        SettingsViewModel locked = new SettingsViewModel(desk.settings(), false, preferences, AT_ONCE, (t, z) -> { },
                () -> { });
        assertFalse(locked.sharedEditableProperty().get());

        locked.load();

        assertFalse(locked.sharedEditableProperty().get());
    }

    @Test
    void nothingCanBeSavedUntilTheFilesSettingsAreIn() {
        assertFalse(vm.canSaveProperty().get());
        vm.load();
        assertTrue(vm.canSaveProperty().get(), String.valueOf(vm.problems()));
        assertEquals("37", vm.wmtProperty("poHours").get());
    }

    @Test
    void everyProblemIsListedAtOnceAndSaveWaitsForThemAll() {
        vm.load();
        vm.wmtProperty("poHours").set("thirty");
        vm.wmtProperty("weeks").set("");
        vm.stagesProperty(CaseType.CAPABILITY).set("\n \n");
        assertEquals(3, vm.problems().size(), String.valueOf(vm.problems()));
        assertFalse(vm.canSaveProperty().get());
        vm.wmtProperty("poHours").set("37");
        vm.wmtProperty("weeks").set("4");
        vm.stagesProperty(CaseType.CAPABILITY).set("Informal\nFormal");
        assertEquals(List.of(), vm.problems());
        assertTrue(vm.canSaveProperty().get());
    }

    @Test
    void savingKeepsTheNameAndFiguresInTheFileAndTheLookOnThisComputer() {
        vm.load();
        vm.repNameProperty().set("  Sam Rees ");
        vm.wmtProperty("percent").set("115");
        vm.themeProperty().set(DeskPreferences.Theme.DARK);
        vm.textSizeProperty().set(18);
        vm.languageProperty().set(DeskPreferences.Language.WELSH);
        boolean[] saved = {false};
        vm.save(() -> saved[0] = true);
        assertTrue(saved[0]);
        assertEquals(java.util.Optional.of("Sam Rees"), desk.settings().repName());
        assertEquals(115.0, desk.settings().wmt().excessivePercent());
        assertEquals(DeskPreferences.Theme.DARK, preferences.theme());
        assertEquals(18, preferences.textSize());
        assertEquals(DeskPreferences.Language.WELSH, preferences.language());
        assertEquals(List.of("DARK 18"), applied, "theme and size applied at once");
    }

    @Test
    void aRefusalFromTheFileIsListedAndNothingClosed() {
        vm.load();
        vm.stagesProperty(CaseType.CAPABILITY).set("Formal\nFormal");
        boolean[] saved = {false};
        vm.save(() -> saved[0] = true);
        assertFalse(saved[0]);
        assertTrue(vm.problems().stream().anyMatch(p -> p.contains("only once")), String.valueOf(vm.problems()));
        vm.stagesProperty(CaseType.CAPABILITY).set("Informal\nFormal");
        assertEquals(List.of(), vm.problems(), "the refusal goes with the next edit");
    }

    @Test
    void theLanguageWaitsForTheNextStartOnlyWhenItChanges() {
        vm.languageProperty().set(org.repdesk.i18n.Messages.language().getLanguage().equals("cy")
                ? DeskPreferences.Language.WELSH : DeskPreferences.Language.ENGLISH);
        assertFalse(vm.languageWaitsForRestart());
        vm.languageProperty().set(org.repdesk.i18n.Messages.language().getLanguage().equals("cy")
                ? DeskPreferences.Language.ENGLISH : DeskPreferences.Language.WELSH);
        assertTrue(vm.languageWaitsForRestart());
    }

    @Test
    void inWelshTheStartingStagesReadInWelshAndAreKeptByTheirEnglishNames() {
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        try {
            vm.load();
            String shown = vm.stagesProperty(CaseType.CAPABILITY).get();
            assertTrue(shown.startsWith("Cam anffurfiol (cynllun cymorth a gwella)\n"), shown);
            vm.stagesProperty(CaseType.CAPABILITY).set(shown + "\nAdolygiad y Bwrdd");
            List<String> saved = new ArrayList<>();
            vm.save(() -> saved.add("saved"));
            assertEquals(List.of("saved"), saved, String.valueOf(vm.problems()));
            List<String> stored = desk.settings().stages().stagesFor(CaseType.CAPABILITY);
            assertEquals("Informal stage (support and improvement plan)", stored.get(0));
            assertEquals("Adolygiad y Bwrdd", stored.get(stored.size() - 1), "the rep's own stage as typed");
            assertEquals(org.repdesk.model.StageCatalogue.DEFAULTS.stagesFor(CaseType.SICKNESS_ABSENCE),
                    desk.settings().stages().stagesFor(CaseType.SICKNESS_ABSENCE), "a list not touched stays as it was");
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }
    }
}
