package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.anAbsence;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.Member;
import org.repdesk.service.DemoData;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BackupsHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.repdesk.ui.handles.DemandsPageHandle;
import org.repdesk.ui.handles.DocumentPreviewHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.FrameHandle.Screen;
import org.repdesk.ui.handles.LetterDialogHandle;
import org.repdesk.ui.handles.MembersPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The windows a rep opens from the desk, read in the dark theme at 1024x700 as the rep sees them:
 * every piece of text at least 4.5:1 on what is drawn behind it, and no pale patch left by a colour
 * written for the light theme ({@link Legibility}). Help ▸ About, the absence record, a subject access
 * response, a demand chosen, the caseload report's preview, a letter's preview, the guide and Backups.
 */
@ExtendWith(ApplicationExtension.class)
class DarkThemeWindowsReadableTest {

    @TempDir
    static Path dir;
    private static RepDesk desk;
    private static Path responses;
    private Stage main;

    /** The demo data made before the window, off the FX thread: on a busy machine the window's set-up times out otherwise. */
    @BeforeAll
    static void demoData() throws Exception {
        desk = TestDesk.open(dir.resolve("dark-" + System.nanoTime()));
        new DemoData(desk).generate(8, 12, 42);
        responses = Files.createDirectories(dir.resolve("responses"));
    }

    @AfterAll
    static void closeDesk() {
        desk.close();
    }

    @Start
    void start(Stage stage) {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false, null, new FolderChosen(new FxDialogs(() -> stage)),
                DeskPreferences.forThisSession()).show();
        Styling.use(DeskPreferences.Theme.DARK, DeskPreferences.DEFAULT_TEXT_SIZE);
    }

    @AfterEach
    void closeTheOthersAndLightAgain(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != main && w instanceof Stage s) {
                    s.close();
                }
            }
            Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE);
        });
    }

    @Test
    void helpAboutReadsInTheDark(FxRobot robot) throws Exception {
        robot.interact(() -> AboutDialog.create(main, desk.dataFile()).show());
        assertReadable(robot, "About", newest(robot));
    }

    @Test
    void theAbsenceRecordAndItsChartReadInTheDark(FxRobot robot) throws Exception {
        Member member = desk.members().all().get(0);
        for (String[] spell : new String[][] {{"2026-02-02", "2026-02-06"}, {"2026-05-11", "2026-05-12"},
                {"2026-09-14", "2026-09-18"}}) {
            desk.absences().add(anAbsence(member).from(spell[0]).to(spell[1]).build());
        }
        Background background = new Background();
        try {
            robot.interact(() -> org.repdesk.ui.absence.AbsenceWindow.show(main, background, desk.absences(), member));
            Scene absence = newest(robot);
            org.repdesk.ui.handles.AbsenceWindowHandle record = new org.repdesk.ui.handles.AbsenceWindowHandle(robot);
            waitUntil(() -> record.table().getItems().size() == 3);
            assertReadable(robot, "the absence record", absence);
            // The chart is drawn, not made of text nodes: its words' colours against what is behind it.
            javafx.scene.Node strip = record.strip();
            List<String> faint = new ArrayList<>();
            robot.interact(() -> {
                javafx.scene.paint.Color ground = Legibility.of(absence).commonestIn(strip);
                for (String words : List.of("-rd-strip-text", "-rd-strip-tipped")) {
                    javafx.scene.paint.Color ink = styled(strip, words);
                    double ratio = FocusRing.contrast(ink, ground);
                    if (ratio < Legibility.TEXT) {
                        faint.add(String.format(java.util.Locale.ROOT, "%s %s on %s: %.2f", words, Legibility.web(ink),
                                Legibility.web(ground), ratio));
                    }
                }
            });
            assertEquals(List.of(), faint, "the absence chart's words under 4.5:1 in the dark theme");
        } finally {
            background.shutdown();
        }
    }

    @Test
    void aSubjectAccessResponseReadsInTheDark(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(Screen.MEMBERS);
        MembersPageHandle members = new MembersPageHandle(robot).choose(desk.members().all().get(0).name());
        members.subjectAccess();
        waitUntil(30, () -> Window.getWindows().size() > 1);
        assertReadable(robot, "the subject access response", newest(robot));
    }

    @Test
    void aDemandChosenReadsInTheDark(FxRobot robot) throws Exception {
        DemandsPageHandle demands = new DemandsPageHandle(robot).open();
        waitUntil(() -> !demands.column(DemandStatus.RAISED).getItems().isEmpty());
        robot.interact(() -> demands.column(DemandStatus.RAISED).getSelectionModel().select(0));
        waitUntil(() -> !demands.detailTitle().isEmpty() && !demands.history().getItems().isEmpty());
        assertReadable(robot, "a demand chosen", main.getScene());
    }

    @Test
    void theCaseloadReportsPreviewReadsInTheDark(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(Screen.DASHBOARD);
        new DashboardPageHandle(robot).openCaseloadReport();
        DocumentPreviewHandle preview = new DocumentPreviewHandle(robot);
        waitUntil(60, preview::ready);
        assertReadable(robot, "the caseload report's preview", newest(robot));
    }

    @Test
    void aLettersPreviewReadsInTheDark(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(Screen.CASES);
        CasesPageHandle cases = new CasesPageHandle(robot);
        waitUntil(() -> !cases.list().getItems().isEmpty());
        cases.openCaseOf(cases.list().getItems().get(0).memberName()).openDocuments().makeLetter();
        LetterDialogHandle letter = new LetterDialogHandle(robot);
        waitUntil(() -> !letter.preview().isBlank());
        assertReadable(robot, "a letter's preview", newest(robot));
    }

    @Test
    void theGuideReadsInTheDark(FxRobot robot) throws Exception {
        robot.interact(() -> GuideWindow.show(main));
        assertReadable(robot, "the guide", newest(robot));
    }

    @Test
    void backupsReadInTheDark(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        new BackupsHandle(robot).waitOpen();
        assertReadable(robot, "Backups", newest(robot));
    }

    /** A colour {@code node} takes from the stylesheet as a property of its own (the absence chart's). */
    private static javafx.scene.paint.Color styled(javafx.scene.Node node, String property) {
        for (javafx.css.CssMetaData<? extends javafx.css.Styleable, ?> m : node.getCssMetaData()) {
            if (m.getProperty().equals(property)) {
                @SuppressWarnings("unchecked")
                javafx.css.CssMetaData<javafx.scene.Node, ?> own = (javafx.css.CssMetaData<javafx.scene.Node, ?>) m;
                return (javafx.scene.paint.Color) own.getStyleableProperty(node).getValue();
            }
        }
        throw new AssertionError(node + " has no " + property);
    }

    /** The window opened last (a dialog, the guide, the absence record), once it is showing. */
    private Scene newest(FxRobot robot) throws Exception {
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != main && w instanceof Stage && w.isShowing()));
        AtomicReference<Scene> scene = new AtomicReference<>();
        robot.interact(() -> {
            List<Window> open = Window.getWindows().filtered(w -> w != main && w instanceof Stage && w.isShowing());
            scene.set(open.get(open.size() - 1).getScene());
        });
        return scene.get();
    }

    private static void assertReadable(FxRobot robot, String what, Scene scene) {
        AtomicReference<List<String>> under = new AtomicReference<>();
        AtomicReference<Integer> light = new AtomicReference<>();
        robot.interact(() -> {
            Legibility seen = Legibility.of(scene);
            under.set(seen.textUnder(Legibility.TEXT));
            light.set(seen.lightBlocks());
            seen.saveIfAsked(what);
        });
        assertEquals(List.of(), under.get(), what + ": text under 4.5:1 in the dark theme");
        assertEquals(0, light.get(), what + ": 8x8 blocks of light colour left in the dark theme");
    }

    /** The desk's own dialogs, but a folder chooser that answers at once (there is no desktop to show one on here). */
    private record FolderChosen(Dialogs real) implements Dialogs {
        @Override
        public Unsaved askAboutUnsaved(String what) {
            return real.askAboutUnsaved(what);
        }

        @Override
        public boolean confirm(String header, String detail, String action) {
            return real.confirm(header, detail, action);
        }

        @Override
        public void inform(String header, List<String> lines) {
            real.inform(header, lines);
        }

        @Override
        public void warn(String header, List<String> lines) {
            real.warn(header, lines);
        }

        @Override
        public void failed(String header, Throwable error) {
            real.failed(header, error);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, FileType type) {
            return Optional.empty();
        }

        @Override
        public List<Path> chooseFilesToOpen(String title, FileType type) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.of(responses);
        }
    }
}
