package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start the lists are read only once the window's first frame is out, and the day's background
 * work only once they are read (issue 6: both competed with the first frame for the two cores).
 */
@ExtendWith(ApplicationExtension.class)
class StartUpOrderTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir.resolve("order-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Rhian Bowen").build());
        desk.cases().open(aCase(m).build());
        desk.cases().open(aCase(m).build());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        desk.close();
    }

    @Test
    void theListsAreReadAfterTheFirstFrameAndTheDaysWorkAfterThem() throws Exception {
        AtomicInteger rowsWhenTheDaysWorkRan = new AtomicInteger(-1);
        AtomicBoolean loadingWhenTheDaysWorkRan = new AtomicBoolean(true);
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(new Stage(), desk, false);
            DeskState state = window[0].state();
            window[0].whenListsRead(() -> {
                rowsWhenTheDaysWorkRan.set(state.caseRows().size());
                loadingWhenTheDaysWorkRan.set(state.loadingProperty().get());
            });
        }).get(10, TimeUnit.SECONDS);
        DeskState state = window[0].state();

        // Built but not shown: no frame yet, so the lists wait (the status line says they are coming).
        // Work given to the store worker now runs after all the window gave it so far, and its answer
        // reaches the FX thread after theirs: had the window asked for the lists before its first
        // frame, they would be in when this is done.
        CountDownLatch workerCaughtUp = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> state.background().attempt(() -> null, done -> workerCaughtUp.countDown(),
                failed -> { })).get(10, TimeUnit.SECONDS);
        assertTrue(workerCaughtUp.await(20, TimeUnit.SECONDS), "the store worker answered");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.loadingProperty().get(), "the status line says the lists are being read");
        assertEquals(0, state.caseRows().size(), "the lists are not read before the first frame");
        assertEquals(-1, rowsWhenTheDaysWorkRan.get(), "the day's work waits for the lists");

        WaitForAsyncUtils.asyncFx(window[0]::show).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rowsWhenTheDaysWorkRan.get() >= 0);
        assertEquals(2, rowsWhenTheDaysWorkRan.get(), "the day's work starts with the lists read");
        assertEquals(false, loadingWhenTheDaysWorkRan.get());
        assertEquals(2, state.caseCountProperty().get());
    }

    @Test
    void atStartTheWindowIsPutTogetherInEventsOfItsOwnSoOtherEventsRunBetween() throws Exception {
        AtomicBoolean shownWhenTheNextEventRan = new AtomicBoolean(true);
        AtomicBoolean shown = new AtomicBoolean();
        MainWindow[] window = new MainWindow[1];
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(stage, desk, false, null);
            window[0].showInSteps(() -> shown.set(stage.isShowing()));
            // An event posted now (a click, a timer) waits for one part, not for the whole window.
            javafx.application.Platform.runLater(() -> shownWhenTheNextEventRan.set(stage.isShowing()
                    || stage.getScene() != null
                    && ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter() != null));
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertFalse(shownWhenTheNextEventRan.get(), "the next event ran before the window's first part went in");
        DeskState state = window[0].state();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.loadingProperty().get());
        assertEquals(2, state.caseRows().size(), "the lists are read once it is out");
    }

    /**
     * The window's scene and its stylesheet are made in an event of their own, and its root set in the
     * next: in one event they held the FX thread 54-84 ms before the first frame at 100,000 cases (issue 21).
     */
    @Test
    void atStartTheStylesheetIsReadInAnEventBeforeTheRootGoesIn() throws Exception {
        AtomicBoolean sceneSetInTheFirstEvent = new AtomicBoolean(true);
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            new MainWindow(stage, desk, false, null).showInSteps(() -> shown.set(true));
            javafx.application.Platform.runLater(() -> sceneSetInTheFirstEvent.set(stage.getScene() != null));
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertFalse(sceneSetInTheFirstEvent.get(), "the root went in with the stylesheet, in the window's first event");
    }

    /**
     * Making the navigation and the menus in the window's first event held the FX thread 110-160 ms
     * before the first frame at 100,000 cases (issue 21): each is made in an event of its own, and
     * the navigation, made after the dashboard was chosen, shows its button pressed.
     */
    @Test
    void atStartTheNavigationAndMenusAreMadeInEventsOfTheirOwnWithTheDashboardsButtonPressed(FxRobot robot)
            throws Exception {
        AtomicBoolean menusMadeWithTheWindow = new AtomicBoolean(true);
        AtomicBoolean shown = new AtomicBoolean();
        MainWindow[] window = new MainWindow[1];
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(stage, desk, false, null);
            menusMadeWithTheWindow.set(window[0].menus() != null);
            window[0].showInSteps(() -> shown.set(true));
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertFalse(menusMadeWithTheWindow.get(), "the menus were made in the window's first event");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window[0].menus() != null).get(10, TimeUnit.SECONDS),
                "the menus are made by the time the window shows");
        assertTrue(new FrameHandle(robot).navigation(FrameHandle.Screen.DASHBOARD).isSelected(),
                "the dashboard's button is pressed");
    }

    /**
     * The menus' items (no menu is open in the first frame) go in, with their shortcuts, just after the
     * window's first frame: made before it, they held the FX thread 11-23 ms longer before it (issue 21).
     * The bar's titles are in the first frame.
     */
    @Test
    void atStartTheMenusItemsAndTheirShortcutsGoInJustAfterTheFirstFrame() throws Exception {
        AtomicInteger itemsWhenShown = new AtomicInteger(-1);
        AtomicInteger titlesWhenShown = new AtomicInteger(-1);
        AtomicBoolean shown = new AtomicBoolean();
        AtomicBoolean watchedWhenShown = new AtomicBoolean();
        MainWindow[] window = new MainWindow[1];
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(stage, desk, false, null);
            window[0].showInSteps(() -> {
                watchedWhenShown.set(window[0].menus().watchesForFirstUse());
                // Just shown: its first frame not yet laid out.
                titlesWhenShown.set(window[0].menus().bar().getMenus().size());
                itemsWhenShown.set(window[0].menus().allItems().size());
                shown.set(true);
            });
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertEquals(5, titlesWhenShown.get(), "File, Edit, View, Tools and Help are in the first frame");
        assertEquals(0, itemsWhenShown.get(), "no menu's items before the first frame");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !window[0].menus().allItems().isEmpty()).get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> stage.getScene().getAccelerators().keySet().stream()
                .anyMatch(k -> k.getDisplayText().equals("F1"))).get(10, TimeUnit.SECONDS),
                "the items' shortcuts work once they are in (F1 lists them)");
        assertTrue(watchedWhenShown.get(), "until the items are in, the first key or click puts them in");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window[0].menus().watchesForFirstUse()).get(10, TimeUnit.SECONDS),
                "once they are in, no filter is left asking about every key and click");
    }

    /** A shortcut typed as the window appears, before the menus' items are in, still does what its item does. */
    @Test
    void aShortcutPressedBeforeTheMenusItemsAreInWorks() throws Exception {
        AtomicBoolean itemsInWhenPressed = new AtomicBoolean(true);
        AtomicBoolean shown = new AtomicBoolean();
        MainWindow[] window = new MainWindow[1];
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(stage, desk, false, null);
            window[0].showInSteps(() -> {
                itemsInWhenPressed.set(!window[0].menus().allItems().isEmpty());
                stage.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "2", "2", javafx.scene.input.KeyCode.DIGIT2,
                        false, true, false, false)); // Ctrl+2: the members screen
                shown.set(true);
            });
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertFalse(itemsInWhenPressed.get(), "pressed before the items were in");
        assertEquals(Navigation.Screen.MEMBERS, WaitForAsyncUtils.asyncFx(() -> window[0].navigation().selected())
                .get(10, TimeUnit.SECONDS), "Ctrl+2 opened the members screen");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window[0].menus().watchesForFirstUse()).get(10, TimeUnit.SECONDS),
                "the key that put the items in took the first-use filters away");
    }

    @Test
    void theDaysWorkWaitsForTheRepToPause() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        TypingClock clock = new TypingClock();
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(new Stage(), desk, false);
            window[0].whenSettled(() -> ran.set(true), 600, 60_000, clock);
            window[0].show();
        }).get(10, TimeUnit.SECONDS);
        DeskState state = window[0].state();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.loadingProperty().get() && clock.reads() > 0);

        // Typing every 100 ms for 2 s, by the pause's clock: never a 600 ms pause, so the work waits.
        // After each key the pause looks again (it reads the clock) and still waits.
        javafx.scene.Node target = window[0].state().owner().getScene().getRoot();
        for (int i = 0; i < 20; i++) {
            clock.advanceMillis(100);
            WaitForAsyncUtils.asyncFx(() -> target.fireEvent(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "a", "a", javafx.scene.input.KeyCode.A,
                    false, false, false, false))).get(5, TimeUnit.SECONDS);
            int readsByTheKey = clock.reads();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clock.reads() > readsByTheKey);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, ran.get(), "the rep has not paused yet");
        clock.advanceMillis(600);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ran::get);
    }

    /**
     * A screen opened by its button's action, with no key or click (as the benchmark's probe opens
     * them), is the rep using the window too: the day's work began in the middle of such openings
     * and ran through them (issue 21).
     */
    @Test
    void theDaysWorkWaitsWhileTheRepOpensScreensWithoutAKeyOrClick() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        TypingClock clock = new TypingClock();
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(new Stage(), desk, false);
            window[0].whenSettled(() -> ran.set(true), 600, 60_000, clock);
            window[0].show();
        }).get(10, TimeUnit.SECONDS);
        DeskState state = window[0].state();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.loadingProperty().get() && clock.reads() > 0);

        Navigation.Screen[] screens = {Navigation.Screen.MEMBERS, Navigation.Screen.WORKLOAD, Navigation.Screen.DEMANDS,
            Navigation.Screen.DASHBOARD};
        for (Navigation.Screen screen : screens) {
            clock.advanceMillis(400);
            WaitForAsyncUtils.asyncFx(() -> window[0].navigation().select(screen)).get(5, TimeUnit.SECONDS);
            int readsByTheOpening = clock.reads();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clock.reads() > readsByTheOpening || ran.get());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ran.get(), "a screen opened every 400 ms: the rep has not paused");
        clock.advanceMillis(600);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ran::get);
    }

    /**
     * Once begun, the day's work gives way between its steps while the rep uses the window (input,
     * a screen opened, the store worker reading for them) and goes on once they pause; while they
     * never pause it still takes a step every 2 s.
     */
    @Test
    void theDaysWorkGivesWayBetweenItsStepsWhileTheRepWorks() throws Exception {
        TypingClock clock = new TypingClock();
        Background background = new Background();
        WindowInUse inUse = new WindowInUse(clock, background);
        javafx.beans.property.ObjectProperty<Navigation.Screen> screen =
                new javafx.beans.property.SimpleObjectProperty<>(Navigation.Screen.DASHBOARD);
        javafx.scene.Scene scene = WaitForAsyncUtils.asyncFx(() -> new javafx.scene.Scene(new javafx.scene.layout.Pane()))
                .get(10, TimeUnit.SECONDS);
        inUse.watch(scene, screen);
        Runnable giveWay = inUse.giveWay(60_000);
        clock.advanceMillis(5_000);

        java.util.concurrent.CompletableFuture.runAsync(giveWay).get(5, TimeUnit.SECONDS); // the rep is away

        WaitForAsyncUtils.asyncFx(() -> screen.set(Navigation.Screen.WORKLOAD)).get(5, TimeUnit.SECONDS);
        assertStepWaitsUntil(giveWay, clock, 1_000, "a screen opened");

        WaitForAsyncUtils.asyncFx(() -> scene.getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "a", "a", javafx.scene.input.KeyCode.A, false, false, false,
                false))).get(5, TimeUnit.SECONDS);
        assertStepWaitsUntil(giveWay, clock, 1_000, "a key pressed");

        CountDownLatch listRead = new CountDownLatch(1);
        background.attempt(() -> listRead.await(10, TimeUnit.SECONDS), done -> { }, failed -> { });
        try {
            assertStepWaitsUntil(giveWay, clock, 2_000, "a list read for the rep, and never a pause: a step every 2 s");
        } finally {
            listRead.countDown();
            background.shutdown();
        }
    }

    /** The step waits while the clock stands still, and goes on once it has moved {@code millis}. */
    private static void assertStepWaitsUntil(Runnable giveWay, TypingClock clock, long millis,
            String why) throws Exception {
        java.util.concurrent.CompletableFuture<Void> step = java.util.concurrent.CompletableFuture.runAsync(giveWay);
        int reads = clock.reads();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clock.reads() > reads + 3 || step.isDone());
        assertFalse(step.isDone(), why + ": the step waits");
        clock.advanceMillis(millis);
        step.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theCountsReadAtStartAreShownWhileOtherStoreWorkWaitsForTheFirstFrame() throws Exception {
        FirstRead read = new FirstRead();
        CountDownLatch otherWorkRan = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(new Stage(), desk, false, read);
            window[0].state().background().attempt(() -> {
                otherWorkRan.countDown();
                return null;
            }, done -> { }, failed -> { });
        }).get(10, TimeUnit.SECONDS);
        DeskState state = window[0].state();

        // Read after the window was built, as on a large file: shown when in, not through the held worker.
        read.readFrom(desk);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.caseCountProperty().get() == 2);
        assertFalse(otherWorkRan.await(300, TimeUnit.MILLISECONDS), "the store worker waits for the first frame");

        WaitForAsyncUtils.asyncFx(window[0]::show).get(10, TimeUnit.SECONDS);
        assertTrue(otherWorkRan.await(20, TimeUnit.SECONDS), "and runs once it is out");
    }

    /**
     * The first frame out before the dashboard's figures (a large file on a busy machine): the lists,
     * which hold a core for seconds, wait until the figures are in, rather than competing with their
     * queries and the dashboard's layout for the two cores (issue 21).
     */
    @Test
    void theListsWaitForTheFirstScreensFiguresWhenTheyComeAfterTheFirstFrame() throws Exception {
        FirstRead read = new FirstRead();
        CountDownLatch otherWorkRan = new CountDownLatch(1);
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(stage, desk, false, read);
            window.state().background().attempt(() -> {
                otherWorkRan.countDown();
                return null;
            }, done -> { }, failed -> { });
            window.showInSteps(() -> shown.set(true));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertFalse(otherWorkRan.await(500, TimeUnit.MILLISECONDS), "the store worker waits for the first screen's figures");

        read.readFrom(desk);
        assertTrue(otherWorkRan.await(20, TimeUnit.SECONDS), "and runs once they are in and shown");
    }

    /**
     * While the lists are first read, beside the window's first frames, the store worker gives way to the
     * FX thread (a higher nice value on Linux: on two cores the FX thread waited for a core behind it, issue
     * 21); once they are in, the worker's work runs at normal priority again.
     */
    @Test
    void theStoreWorkerGivesWayOnlyWhileTheListsAreFirstRead() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(Path.of("/proc/thread-self")), "Linux only");
        FirstRead read = new FirstRead();
        read.readFrom(desk);
        java.util.concurrent.CompletableFuture<Integer> beforeTheLists = new java.util.concurrent.CompletableFuture<>();
        AtomicBoolean shown = new AtomicBoolean();
        MainWindow[] window = new MainWindow[1];
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        int fxNice = WaitForAsyncUtils.asyncFx(StartUpOrderTest::niceOfThisThread).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            window[0] = new MainWindow(stage, desk, false, read);
            window[0].state().background().attempt(() -> beforeTheLists.complete(niceOfThisThread()), done -> { }, failed -> { });
            window[0].showInSteps(() -> shown.set(true));
        }).get(10, TimeUnit.SECONDS);
        assertEquals(Background.FIRST_READ_NICE, beforeTheLists.get(20, TimeUnit.SECONDS), "the worker gives way at start");

        DeskState state = window[0].state();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.get() && !state.loadingProperty().get());
        java.util.concurrent.CompletableFuture<Integer> afterTheLists = new java.util.concurrent.CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> state.background().attempt(() -> afterTheLists.complete(niceOfThisThread()),
                done -> { }, failed -> { })).get(10, TimeUnit.SECONDS);
        assertEquals(fxNice, afterTheLists.get(20, TimeUnit.SECONDS), "then its work runs at normal priority");
    }

    /** Field 19 of /proc/thread-self/stat (after the command name in brackets, field 3 is the 1st). */
    private static int niceOfThisThread() {
        String stat;
        try {
            stat = java.nio.file.Files.readString(Path.of("/proc/thread-self/stat"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(after[16]);
    }

    /**
     * The figures read while the window is built leave out the members' workload (the WMT tile's two
     * statements, about half their CPU at 100,000 cases, issue 21): the first frame shows that tile as
     * being read, and the store worker, let go after the frame, fills it in before it reads the lists.
     */
    @Test
    void theWmtTileIsFilledInAfterTheFirstFrameBeforeTheListsAreRead() throws Exception {
        desk.workload().add(org.repdesk.model.WorkloadRecord.of(desk.members().all().get(0).id(),
                desk.cases().today().minusDays(3), 118.0, null, null, null, null, null, null));
        FirstRead read = new FirstRead();
        read.readFrom(desk);
        assertFalse(read.dashboard().join().figures().workloadRead(), "read ahead without the workload");
        String[] figureInTheFirstFrame = new String[1];
        String[] figureWhenTheListsCame = new String[1];
        javafx.scene.Node[] openTile = new javafx.scene.Node[2];
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(stage, desk, false, read);
            window.whenListsRead(() -> {
                openTile[1] = org.repdesk.ui.handles.DashboardPageHandle.tileIn(stage.getScene(), "open");
                figureWhenTheListsCame[0] = org.repdesk.ui.handles.DashboardPageHandle.tileFigureIn(stage.getScene(), "wmt");
            });
            window.showInSteps(() -> {
                openTile[0] = org.repdesk.ui.handles.DashboardPageHandle.tileIn(stage.getScene(), "open");
                figureInTheFirstFrame[0] = org.repdesk.ui.handles.DashboardPageHandle.tileFigureIn(stage.getScene(), "wmt");
                shown.set(true);
            });
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertEquals("…", figureInTheFirstFrame[0]);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> figureWhenTheListsCame[0] != null);
        assertEquals("118%", figureWhenTheListsCame[0], "filled in before the lists were read");
        assertTrue(openTile[0] != null && openTile[0] == openTile[1], "the other tiles are kept, not made again");
    }

    /**
     * The rep's name is read with the first screen's figures, so the notice asking for it is in the
     * first frame: read on the store worker (held until that frame), it came in while the frame was
     * being drawn, moved the tiles down and had the whole dashboard drawn again, and the FX thread
     * waited for the first drawing to end (issue 21: the list's first load, 127-187 ms).
     */
    @Test
    void theNoticeAskingForTheRepsNameIsInTheFirstFrame() throws Exception {
        FirstRead read = new FirstRead();
        read.readFrom(desk); // a file whose rep has not given a name
        AtomicBoolean noticeWhenShown = new AtomicBoolean();
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> new MainWindow(stage, desk, false, read).showInSteps(() -> {
            noticeWhenShown.set(org.repdesk.ui.handles.DashboardPageHandle.nameNoticeShownIn(stage.getScene()));
            shown.set(true);
        })).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertTrue(noticeWhenShown.get(), "the notice asking for the rep's name is in the first frame");
    }

    /**
     * The dashboard's two notices (the rep's name, what falls due) go in, and are styled, in an event after
     * the rest of the dashboard was: styled together, its five buttons' skins held the FX thread 67-79 ms in
     * one event before the first frame at 100,000 cases on a busy machine (issue 21).
     */
    @Test
    void atStartTheDashboardsNoticesAreStyledInAnEventAfterTheRestOfIt() throws Exception {
        FirstRead read = new FirstRead();
        read.readFrom(desk); // no rep's name: the notice asking for it shows
        AtomicBoolean restStyledBeforeTheNotice = new AtomicBoolean();
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            new MainWindow(stage, desk, false, read).showInSteps(() -> shown.set(true));
            // Looks between the window's events: the dashboard styled while its notice is not in yet.
            Runnable[] look = new Runnable[1];
            look[0] = () -> {
                javafx.scene.Scene scene = stage.getScene();
                if (org.repdesk.ui.handles.DashboardPageHandle.styledIn(scene)
                        && !org.repdesk.ui.handles.DashboardPageHandle.nameNoticeShownIn(scene)) {
                    restStyledBeforeTheNotice.set(true);
                }
                if (!shown.get()) {
                    javafx.application.Platform.runLater(look[0]);
                }
            };
            javafx.application.Platform.runLater(look[0]);
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertTrue(restStyledBeforeTheNotice.get(), "the notice went in with the rest of the dashboard, in one event");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> org.repdesk.ui.handles.DashboardPageHandle.nameNoticeShownIn(
                stage.getScene())).get(10, TimeUnit.SECONDS), "the notice is in by the first frame");
    }

    /**
     * The dashboard's tiles go in after the rest of it was put in and styled, and are styled in an event
     * after the one that made them: made and styled with the rest, their words measured and the first
     * fonts found held the FX thread 53-94 ms when the dashboard was made and 51-75 ms when it was styled,
     * the longest events before the first frame with the window's showing (issue 21). They are in, styled,
     * by the first frame.
     */
    @Test
    void atStartTheDashboardsTilesAreMadeAndStyledInEventsOfTheirOwnBeforeTheFirstFrame() throws Exception {
        FirstRead read = new FirstRead();
        read.readFrom(desk); // the figures in before the window is put together, as at a usual start
        read.dashboard().toCompletableFuture().get(20, TimeUnit.SECONDS);
        AtomicBoolean styledWithoutTiles = new AtomicBoolean();
        AtomicBoolean tilesInUnstyled = new AtomicBoolean();
        AtomicBoolean tilesStyledWhenShown = new AtomicBoolean();
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            new MainWindow(stage, desk, false, read).showInSteps(() -> {
                tilesStyledWhenShown.set(org.repdesk.ui.handles.DashboardPageHandle.tileStyledIn(stage.getScene(), "open"));
                shown.set(true);
            });
            // Looks between the window's events.
            Runnable[] look = new Runnable[1];
            look[0] = () -> {
                javafx.scene.Scene scene = stage.getScene();
                boolean tileIn = org.repdesk.ui.handles.DashboardPageHandle.tileIn(scene, "open") != null;
                if (org.repdesk.ui.handles.DashboardPageHandle.styledIn(scene) && !tileIn) {
                    styledWithoutTiles.set(true);
                }
                if (tileIn && !org.repdesk.ui.handles.DashboardPageHandle.tileStyledIn(scene, "open")) {
                    tilesInUnstyled.set(true);
                }
                if (!shown.get()) {
                    javafx.application.Platform.runLater(look[0]);
                }
            };
            javafx.application.Platform.runLater(look[0]);
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertTrue(styledWithoutTiles.get(), "the tiles went in with the rest of the dashboard, in one event");
        assertTrue(tilesInUnstyled.get(), "the tiles were made and styled in one event");
        assertTrue(tilesStyledWhenShown.get(), "the tiles are in, styled, by the first frame");
    }

    /**
     * Once its first frame is out the dashboard is in its scroll pane, though it fits: moved there only
     * once the due-soon notice made it too tall, the whole dashboard was styled again in that notice's
     * frame while the 100,000-row list arrived, 43-65 ms of the FX thread on a busy machine (issue 21).
     */
    @Test
    void afterTheFirstFrameTheDashboardIsInItsScrollPaneThoughItFits() throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setWidth(1280);
            s.setHeight(800);
            new MainWindow(s, desk, false).show();
            return s;
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> org.repdesk.ui.handles.DashboardPageHandle.scrollPaneIn(stage.getScene()) != null).get());
        javafx.scene.control.ScrollPane scroll = WaitForAsyncUtils.asyncFx(
                () -> org.repdesk.ui.handles.DashboardPageHandle.scrollPaneIn(stage.getScene())).get(10, TimeUnit.SECONDS);
        // Asked once the pane has been laid out (a full run once asked in the pulse before, and read 0 high).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> scroll.getHeight() > 0 && !scroll.isNeedsLayout()).get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> scroll.getContent().prefHeight(scroll.getWidth()) <= scroll.getHeight())
                .get(10, TimeUnit.SECONDS), "the dashboard fits: nothing to scroll");
    }

    /**
     * The store worker is let go only once a frame has been laid out with the dashboard in its scroll pane (the
     * event after the first screen's frame moves it there, restyled, and the frame after draws it whole again):
     * let go at once, the lists' reading and the side thread's start competed with those two frames for the two
     * cores, and the FX thread waited 115-135 ms for a core or for the renderer (issue 21).
     */
    @Test
    void theStoreWorkerIsLetGoOnlyAfterAFrameWithTheDashboardInItsScrollPane() throws Exception {
        FirstRead read = new FirstRead();
        read.readFrom(desk);
        AtomicBoolean laidOutInItsScrollPane = new AtomicBoolean();
        java.util.concurrent.CompletableFuture<Boolean> whenLetGo = new java.util.concurrent.CompletableFuture<>();
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(stage, desk, false, read);
            // Queued before the window's own work: runs the moment the worker is let go.
            window.state().background().attempt(() -> whenLetGo.complete(laidOutInItsScrollPane.get()), done -> { },
                    failed -> { });
            window.showInSteps(() -> {
                stage.getScene().addPostLayoutPulseListener(() -> {
                    if (org.repdesk.ui.handles.DashboardPageHandle.scrollPaneIn(stage.getScene()) != null) {
                        laidOutInItsScrollPane.set(true);
                    }
                });
                shown.set(true);
            });
        }).get(10, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
        assertTrue(whenLetGo.get(20, TimeUnit.SECONDS), "a frame with the dashboard in its scroll pane was laid out first");
    }

    /** Read after the window was built, as on a large file: taken when in, not through the store worker. */
    @Test
    void theRepsNameReadAfterTheWindowWasBuiltIsTakenWithoutTheStoreWorker() throws Exception {
        FirstRead read = new FirstRead();
        CountDownLatch workerMayGoOn = new CountDownLatch(1);
        AtomicBoolean shown = new AtomicBoolean();
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(stage, desk, false, read);
            // The worker kept busy throughout: a name read on it could not come in.
            window.state().background().attempt(() -> workerMayGoOn.await(60, TimeUnit.SECONDS), done -> { },
                    failed -> { });
            window.showInSteps(() -> shown.set(true));
        }).get(10, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, shown::get);
            read.readFrom(desk);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    org.repdesk.ui.handles.DashboardPageHandle.nameNoticeShownIn(stage.getScene())).get());
        } finally {
            workerMayGoOn.countDown();
        }
    }

    /** The pause's clock in a test: moved by the test, not by waiting; counts how often it is read. */
    private static final class TypingClock implements java.util.function.LongSupplier {

        private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        private final AtomicInteger reads = new AtomicInteger();

        @Override
        public long getAsLong() {
            reads.incrementAndGet();
            return nanos.get();
        }

        void advanceMillis(long millis) {
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
        }

        int reads() {
            return reads.get();
        }
    }
}
