package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.repdesk.i18n.Messages;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;

/**
 * The main window, laid out: the menus ({@link MainMenus}, doing {@link MenuActions}) and the first
 * run's welcome at the top, the navigation ({@link NavigationBar}) on the left, the screen
 * {@link Navigation} has selected ({@link Screens}) in the centre, the {@link StatusLine} at the foot.
 * What happens when at start is {@link StartUpOrder}'s.
 */
public final class MainWindow {

    private final Stage stage;
    private final DeskState state;
    private final Navigation navigation;
    /** Made with the window's top, in its own step at start ({@link #showInSteps}). */
    private MainMenus menus;
    private final StartUpOrder startUp;
    /** The rep's use of the window, which the app's own long work gives way to. */
    private final WindowInUse inUse;
    private final Screens screens;
    /**
     * The screens not opened yet, put together in the rep's pauses (started by {@link #putScreensTogetherAhead()}), and the
     * hidden screens set aside while the look changes, put back in them.
     */
    private ScreensAhead ahead;
    private final DeskSwitch deskSwitch;
    /** The window's size, place and dividers, remembered: its listeners on the stage go as the window is retired. */
    private final WindowMemory memory;
    /** The window's parts not yet put in: its scene, the screens, navigation, status line, menus ({@link #showInSteps}). */
    private final List<Runnable> parts;
    /** Put together an event a part ({@link #showInSteps}): each part styled as it goes in, all laid out before showing. */
    private boolean inSteps;

    /** For tests: dialogs as windows, preferences for this session only. */
    public MainWindow(Stage stage, RepDesk desk, boolean firstRun) {
        this(stage, desk, firstRun, null);
    }

    /** With the counts and figures read while the window was built ({@code firstRead} may be null). */
    public MainWindow(Stage stage, RepDesk desk, boolean firstRun, FirstRead firstRead) {
        this(stage, desk, firstRun, firstRead, new FxDialogs(() -> stage), DeskState.forThisSession());
    }

    /** The app's window: {@code dialogs} to ask and tell the rep, {@code preferences} this rep's on this computer. */
    public MainWindow(Stage stage, RepDesk desk, boolean firstRun, FirstRead firstRead, Dialogs dialogs,
            DeskPreferences preferences) {
        this.stage = stage;
        WindowMemory memory = new WindowMemory(preferences);
        this.memory = memory;
        Styling.use(preferences);
        WindowKeys.install();
        Background background = new Background(dialogs);
        // The first screen's figures come from firstRead, not the worker: its other work waits for the first frame.
        Runnable releaseWorker = firstRead != null ? background.holdWorker(true) : () -> { };
        this.state = new DeskState(desk, background, firstRead, dialogs, preferences);
        this.startUp = new StartUpOrder(stage, state, releaseWorker, firstRead != null ? firstRead.dashboard() : null);
        this.inUse = new WindowInUse(System::nanoTime, background);
        // A casebook's reader (a regional negotiator): the branch's figures, never its rows.
        this.navigation = desk.figuresOnly() ? new Navigation(Navigation.FIGURES_ONLY) : new Navigation();
        Screens screens = new Screens(state, memory, navigation);
        this.screens = screens;
        this.ahead = new ScreensAhead(stage, screens, inUse, background, System::nanoTime, WindowInUse.AWAY_AFTER_MILLIS);
        OpenForms forms = new OpenForms(stage, state.dialogs(), screens::casesIfMade, screens::membersIfMade, screens::shown);
        this.deskSwitch = new DeskSwitch(stage, state, forms);
        stage.setOnCloseRequest(forms::askBeforeClosing);
        TextSize textSize = new TextSize(preferences);
        javafx.scene.Node status = new StatusLine(state, startUp).line();
        stage.setTitle(desk.isCasebook() ? Messages.text("casebook.windowTitle", desk.describe()) : "RepDesk");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        state.setOwner(stage);
        startUp.begin();

        // The window's parts are made, go in and are styled one at a time, each an event of its own at
        // start (showInSteps): as one event, making the scene and styling the parts held the FX thread
        // 0.56-0.84 s; making the navigation and the menus here too held it 110-160 ms, and making the
        // menus and styling them in one event 75-117 ms (issue 21).
        BorderPane root = new BorderPane();
        root.getStyleClass().add("repdesk");
        VBox top = new VBox(); // the menus, and the first run's welcome
        Rectangle2D[] opening = new Rectangle2D[1];
        Scene[] made = new Scene[1];
        parts = new ArrayList<>(List.of(() -> {
            opening[0] = memory.opening(stage);
            made[0] = sceneWithStylesheet(opening[0]);
        }, () -> scene(made[0], opening[0], root, memory, textSize, background),
                () -> startUp.firstScreen(navigation), () -> place(root::setCenter, screens.pane()),
                () -> place(root::setLeft, new NavigationBar(navigation, ProtectionNote.of(state)).bar()),
                () -> place(root::setBottom, status), () -> {
                    this.menus = new MainMenus(() -> new MenuActions(stage, state, navigation, screens, forms, textSize,
                            deskSwitch), desk.isCasebook(), desk.figuresOnly());
                    menus.fillOnFirstUse(stage.getScene());
                    top.getChildren().add(menus.bar());
                    if (firstRun) {
                        top.getChildren().add(new Welcome(state, screens::loadCampaignDemands)
                                .banner(navigation.selectedProperty().isEqualTo(Navigation.Screen.DASHBOARD)));
                    }
                }, () -> place(root::setTop, top), () -> {
                    if (inSteps) {
                        // Laid out at the window's size before it is shown, so showing it lays out nothing more.
                        root.resize(root.getScene().getWidth(), root.getScene().getHeight());
                        root.layout();
                    }
                }));
    }

    /**
     * The window's scene with the app's stylesheet, before its root: a root set first is matched against
     * the theme alone, then every node again when the stylesheet is added (twice the first frame's
     * matching, issue 6). An event of its own at start: with the root set in the same event it held the FX
     * thread 54-84 ms before the first frame, 33-55 of them here (issue 21).
     */
    private static Scene sceneWithStylesheet(Rectangle2D opening) {
        Scene scene = new Scene(new Region(), opening.getWidth(), opening.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("repdesk.css")).toExternalForm());
        return scene;
    }

    /** The window's scene, its root still empty; once its first frame is out, the lists are read. */
    private void scene(Scene scene, Rectangle2D opening, BorderPane root, WindowMemory memory, TextSize textSize,
            Background background) {
        scene.setRoot(root);
        Styling.apply(scene);
        textSize.addKeys(scene);
        Styling.beforeRestyle(scene, () -> ahead.restyleHiddenLater());
        stage.setScene(scene);
        inUse.watch(scene, navigation.selectedProperty());
        memory.keep(stage, opening);
        stage.setOnHidden(e -> background.shutdown());
        startUp.afterFirstFrame();
    }

    /** Puts {@code part} in its place in the window; at start, styles it (and makes its controls' skins) in the same event. */
    private void place(Consumer<javafx.scene.Node> where, javafx.scene.Node part) {
        where.accept(part);
        if (inSteps) {
            part.applyCss();
        }
    }

    /**
     * Runs {@code work} once, when the lists first read at start-up are in (or could not be read):
     * for background work that must not compete with the window and the lists for the two cores.
     */
    public void whenListsRead(Runnable work) {
        startUp.whenListsRead(work);
    }

    /**
     * Runs {@code work} once the lists first read at start-up are in and the rep has paused (no input,
     * no screen opened and the store worker idle for 5 s, or 2 minutes at most): for background work
     * such as the day's check, which reads the whole file and would slow the rep's first searches by
     * sharing the two cores. A screen opened by its button's action, with no click (as the
     * benchmark's probe opens them), counts as the rep's use as well.
     */
    public void whenSettled(Runnable work) {
        startUp.whenSettled(work, inUse, 5_000, 120_000, System::nanoTime);
    }

    /** As above, with the pause and the longest wait in milliseconds, timed by {@code clock} (nanoseconds). */
    void whenSettled(Runnable work, long pauseMillis, long atMostMillis, java.util.function.LongSupplier clock) {
        WindowInUse timed = new WindowInUse(clock, state.background());
        startUp.whenListsRead(() -> timed.watch(stage.getScene(), navigation.selectedProperty()));
        startUp.whenSettled(work, timed, pauseMillis, atMostMillis, clock);
    }

    /**
     * Once the lists first read at start-up are in, puts the screens not opened yet together, hidden, in
     * the rep's pauses (a second without input, no screen opened, the store worker idle), so that each
     * opens at once the first time (ScreensAhead).
     */
    public void putScreensTogetherAhead() {
        startUp.whenListsRead(ahead::start);
    }

    /** As above, in pauses of {@code pauseMillis} timed by {@code clock} (nanoseconds): for tests. */
    void putScreensTogetherAhead(long pauseMillis, java.util.function.LongSupplier clock) {
        WindowInUse timed = new WindowInUse(clock, state.background());
        ahead = new ScreensAhead(stage, screens, timed, state.background(), clock, pauseMillis);
        startUp.whenListsRead(() -> {
            timed.watch(stage.getScene(), navigation.selectedProperty());
            ahead.start();
        });
    }

    /**
     * For long work of the app's own beside the rep's (the day's check and snapshot): run between its
     * steps, it waits while they use this window, {@code atMostInAllMillis} in all.
     */
    public Runnable giveWay(long atMostInAllMillis) {
        return inUse.giveWay(atMostInAllMillis);
    }

    /** Where the window can go (File ▸ Open branch casebook…, Back to my own data file), and how it is handed over. */
    public void onSwitchDesk(OtherDesks desks) {
        deskSwitch.onSwitch(desks);
    }

    /**
     * Once the window has closed (or been retired for a switch), closes {@code desk} (the one it showed)
     * after the work its closing kept, waited for at most {@value #LAST_WORK_MILLIS} ms (a case discarded on
     * quitting or at a switch: its crash copy gone, not offered at the next start).
     */
    public void closeDesk(org.repdesk.service.RepDesk desk) {
        state.background().closeAfterLastWork(LAST_WORK_MILLIS, desk::close);
    }

    /** Long enough for an export in hand to end first (the desk's closing waits for it anyway). */
    private static final long LAST_WORK_MILLIS = 60_000;

    /** Stops this window's background work before another desk takes the window over, and lets go of the stage. */
    public void retire() {
        deskSwitch.letGo();
        memory.letGo();
        state.background().shutdown();
    }

    /** Shows the window, its parts put in at once (a test's window, or the window taken over by another desk). */
    public void show() {
        parts.forEach(Runnable::run);
        parts.clear();
        menus.fill();
        stage.show();
    }

    /**
     * Shows the window at start: its scene made, each part put in and styled, each as an event of its
     * own, then the window shown (its first layout), then {@code shown}. Between them the FX thread
     * answers whatever else waits, so no one event holds it long.
     */
    public void showInSteps(Runnable shown) {
        inSteps = true;
        List<Runnable> steps = new ArrayList<>(parts);
        parts.clear();
        FrameByFrame.eventByEvent(steps, () -> {
            stage.show();
            startUp.justAfterFirstFrame(menus::fill);
            shown.run();
        });
    }

    /** For tests: the shared state behind the screens. */
    public DeskState state() {
        return state;
    }

    /** For tests: whether a screen is being put together (ahead, or opened the first time), not complete yet. */
    boolean puttingScreensTogether() {
        return screens.anyBeingPutTogether();
    }

    /** For tests: the window's memory of its size and place. */
    WindowMemory memory() {
        return memory;
    }

    /** For tests: the switch to another desk. */
    DeskSwitch deskSwitch() {
        return deskSwitch;
    }

    /** For tests: the screen shown. */
    Navigation navigation() {
        return navigation;
    }

    /** For tests: the menus, and the shortcuts F1 lists. */
    MainMenus menus() {
        return menus;
    }
}
