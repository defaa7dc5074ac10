package org.repdesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.FrameByFrame.ScreenStack;
import org.repdesk.ui.Navigation.Screen;

/**
 * The main window: menus ({@link MainMenus}), navigation ({@link Navigation}), the screen shown
 * ({@link FrameByFrame.ScreenStack}) and a status line. It lays these out and says which screen each
 * navigation shows; each screen is made in one line below ({@link #cases()} …).
 */
public final class MainWindow {

    private final Stage stage;
    private final DeskState state;
    private final DeskPreferences preferences;
    private final WindowMemory memory;
    // Built when first shown: building every screen up front cost about 1.5 s of the start-up.
    private CasesView cases;
    private MembersView members;
    private WorkloadView workload;
    private DemandsView demands;
    private final DashboardView dashboard;
    private BriefView briefs;
    private final ScreenStack screens = new ScreenStack();
    private final Navigation navigation;
    private final MainMenus menus;
    private final OpenForms forms;
    /** The window's parts not yet put in: its scene, the screens, navigation, status line, menus ({@link #showInSteps}). */
    private final List<Runnable> parts;
    /** Put together an event a part ({@link #showInSteps}): each part styled as it goes in, all laid out before showing. */
    private boolean inSteps;
    /** Given the casebook the rep opened (or null: back to their own file); the app swaps the window's desk. */
    private Consumer<RepDesk> switchDesk = d -> { };

    /** For tests: dialogs as windows, preferences for this session only. */
    public MainWindow(Stage stage, RepDesk desk, boolean firstRun) {
        this(stage, desk, firstRun, null);
    }

    /** With the counts and figures read while the window was built ({@code firstRead} may be null). */
    public MainWindow(Stage stage, RepDesk desk, boolean firstRun, FirstRead firstRead) {
        this(stage, desk, firstRun, firstRead, new FxDialogs(() -> stage), DeskPreferences.forThisSession());
    }

    /** The app's window: {@code dialogs} to ask and tell the rep, {@code preferences} this rep's on this computer. */
    public MainWindow(Stage stage, RepDesk desk, boolean firstRun, FirstRead firstRead, Dialogs dialogs,
            DeskPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
        this.memory = new WindowMemory(preferences);
        Styling.use(preferences.theme(), preferences.textSize());
        KeyboardMenus.install();
        Background background = new Background(dialogs);
        // The first screen's figures come from firstRead, not the worker: its other work waits for the first frame.
        Runnable releaseWorker = firstRead != null ? background.holdWorker() : () -> { };
        this.state = new DeskState(desk, background, firstRead, dialogs, preferences);
        this.forms = new OpenForms(stage, () -> cases, () -> members, screens::shown);
        stage.setOnCloseRequest(e -> {
            if (!forms.mayClose()) {
                e.consume(); // Cancel returns to the form; Save closes once saved
            }
        });
        this.dashboard = new DashboardView(state, new DashboardView.Destinations() {
            @Override
            public void openCases() {
                navigation.select(Screen.CASES);
                cases().showOpen();
            }

            @Override
            public void overdueCases() {
                navigation.select(Screen.CASES);
                cases().showOverdue();
            }

            @Override
            public void workloadFactorCases() {
                navigation.select(Screen.CASES);
                cases().showWorkloadFactor();
            }

            @Override
            public void overThreshold() {
                navigation.select(Screen.WORKLOAD);
                workload().showOverThreshold();
            }

            @Override
            public void demands() {
                navigation.select(Screen.DEMANDS);
            }
        });
        this.navigation = new Navigation(this::show, protectionNote(desk));
        if (desk.figuresOnly()) {
            // A casebook's reader (a regional negotiator): the branch's figures, never its rows.
            navigation.limitTo(Navigation.FIGURES_ONLY);
        }
        this.menus = new MainMenus(new MenuActions(), desk.isCasebook(), desk.figuresOnly());

        VBox top = new VBox(menus.bar());
        if (firstRun) {
            top.getChildren().add(new Welcome(state, this::loadCampaignDemands).banner());
        }
        HBox status = statusLine(desk);
        stage.setTitle(desk.isCasebook() ? Messages.text("casebook.windowTitle", desk.describe()) : "RepDesk");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        state.setOwner(stage);
        // The status line says the lists are coming; they are read once the first frame is out (below).
        state.markLoading();
        // On the one store worker, in this order: the counts for the status line, then the first
        // screen's figures, so the window is usable before the lists arrive.
        state.reloadCounts();

        // The window's parts go in (and are styled) one at a time, each an event of its own at start
        // (showInSteps): as one event, making the scene and styling the parts held the FX thread 0.56-0.84 s.
        BorderPane root = new BorderPane();
        root.getStyleClass().add("repdesk");
        parts = new java.util.ArrayList<>(List.of(() -> scene(root, releaseWorker, background), () -> {
            // The dashboard first, a new file's too, as README says.
            navigation.select(Screen.DASHBOARD);
            state.firstScreenShown();
            place(root::setCenter, screens.pane());
        }, () -> place(root::setLeft, navigation.bar()), () -> place(root::setBottom, status),
                () -> place(root::setTop, top), () -> {
                    if (inSteps) {
                        // Laid out at the window's size before it is shown, so showing it lays out nothing more.
                        root.resize(root.getScene().getWidth(), root.getScene().getHeight());
                        root.layout();
                    }
                }));
    }

    /** The window's scene, its root still empty; once its first frame is out, the lists are read. */
    private void scene(BorderPane root, Runnable releaseWorker, Background background) {
        // The stylesheet before the root: a root set first is matched against the theme alone, then
        // every node again when the stylesheet is added (twice the first frame's matching, issue 6).
        Rectangle2D opening = memory.opening();
        Scene scene = new Scene(new Region(), opening.getWidth(), opening.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("repdesk.css")).toExternalForm());
        scene.setRoot(root);
        Styling.apply(scene);
        addTextSizeKeys(scene);
        stage.setScene(scene);
        memory.keep(stage, opening);
        stage.setOnHidden(e -> background.shutdown());
        // Reading the lists takes a core for seconds on a large file: begun with the window, it took
        // the core the window was being drawn with (0.45 s later first frame at 100,000 cases).
        FrameByFrame.afterNextFrame(scene, () -> {
            releaseWorker.run();
            state.reloadAll();
            WindowIcons.load(stage, background);
        });
    }

    /** Puts {@code part} in its place in the window; at start, styles it (and makes its controls' skins) in the same event. */
    private void place(Consumer<Node> where, Node part) {
        where.accept(part);
        if (inSteps) {
            part.applyCss();
        }
    }

    /** Where the data is, beside the navigation: this computer (encrypted or not), or the casebook. */
    private Label protectionNote(RepDesk desk) {
        Label where = new Label();
        where.getStyleClass().add("nav-note");
        where.setId("protection-note");
        where.setWrapText(true);
        if (desk.isCasebook()) {
            where.setText(Messages.text("casebook.where", desk.describe()));
        } else {
            where.textProperty().bind(Bindings.when(state.passphraseProtectedProperty())
                    .then(Messages.text("shell.where.encrypted")).otherwise(Messages.text("shell.where.plain")));
        }
        return where;
    }

    private HBox statusLine(RepDesk desk) {
        Label status = new Label();
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        String where = desk.isCasebook() ? Messages.text("casebook.status", desk.describe())
                : Messages.text("shell.status.file", String.valueOf(desk.dataFile()));
        if (desk.figuresOnly()) {
            status.setText(Messages.text("casebook.status.figuresOnly", where)); // no rows to count
        } else {
            status.textProperty().bind(Bindings.createStringBinding(
                    () -> state.caseCountProperty().get() < 0 ? Messages.text("shell.status.loading")
                            : Messages.text("shell.status.counts", state.memberCountProperty().get(),
                                    state.caseCountProperty().get(), where)
                                    + (state.loadingProperty().get() ? Messages.text("shell.status.reading") : ""),
                    state.memberCountProperty(), state.caseCountProperty(), state.loadingProperty()));
        }
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox line = new HBox(8, status);
        line.getStyleClass().add("status-line");
        line.setAlignment(Pos.CENTER_LEFT);
        addProgressBarFromTheNextReading(line);
        return line;
    }

    /**
     * A moving bar while the lists are read again (F5, after an import), beside the status line's
     * words. Not for the first reading: the status line says it is under way, and the bar's first
     * styling took the FX thread 40-200 ms just as the first frame was out (issue 6).
     */
    private void addProgressBarFromTheNextReading(HBox statusLine) {
        whenListsRead(() -> once(state.loadingProperty(), true, () -> {
            ProgressBar reading = new ProgressBar();
            reading.setId("status-loading");
            reading.setAccessibleText(Messages.text("shell.status.readingBar"));
            reading.visibleProperty().bind(state.loadingProperty());
            reading.managedProperty().bind(state.loadingProperty());
            statusLine.getChildren().add(reading);
        }));
    }

    /** Ctrl+= and the keypad's plus and minus, beside the View menu's Ctrl+plus and Ctrl+minus. */
    private void addTextSizeKeys(Scene scene) {
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Equals"), () -> textSize(+1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Add"), () -> textSize(+1));
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Subtract"), () -> textSize(-1));
    }

    /** One step larger (+1), smaller (-1), or back to the theme's size (0); remembered. */
    private void textSize(int change) {
        int now = Styling.textSize();
        int next = change == 0 ? DeskPreferences.DEFAULT_TEXT_SIZE : Styling.toStep(now + 2 * change);
        preferences.setTextSize(next);
        Styling.use(preferences.theme(), next);
    }

    /** Runs {@code work} the first time {@code value} changes to {@code to}. */
    private static void once(javafx.beans.value.ObservableValue<Boolean> value, boolean to, Runnable work) {
        value.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now == to) {
                    o.removeListener(this);
                    work.run();
                }
            }
        });
    }

    /**
     * Runs {@code work} once, when the lists first read at start-up are in (or could not be read):
     * for background work that must not compete with the window and the lists for the two cores.
     */
    public void whenListsRead(Runnable work) {
        once(state.loadingProperty(), false, work);
    }

    /**
     * Runs {@code work} once the lists first read at start-up are in and the rep has paused (no key
     * or click for 5 s, or 2 minutes at most): for background work such as the day's check, which
     * reads the whole file and would slow the rep's first searches by sharing the two cores.
     */
    public void whenSettled(Runnable work) {
        whenSettled(work, 5_000, 120_000);
    }

    /** As above, with the pause and the longest wait in milliseconds. */
    void whenSettled(Runnable work, long pauseMillis, long atMostMillis) {
        whenListsRead(() -> new Pause(stage.getScene(), state.background(), pauseMillis, atMostMillis).then(work));
    }

    /** File ▸ Open branch casebook…: once the server says yes, the window works on the casebook. */
    private void openCasebook() {
        org.repdesk.service.RecentCasebooks recent = org.repdesk.service.RecentCasebooks.inDataFolder();
        var vm = new org.repdesk.ui.casebook.CasebookLoginViewModel(recent.list());
        new org.repdesk.ui.casebook.CasebookLoginDialog(stage, vm, state.background(), RepDesk::openCasebook, recent)
                .showAndWait().ifPresent(switchDesk);
    }

    /** What the app does when the rep opens a casebook (or goes back to their own file: null). */
    public void onSwitchDesk(Consumer<RepDesk> handler) {
        this.switchDesk = handler;
    }

    /** Stops this window's background work before another desk takes the window over. */
    public void retire() {
        state.background().shutdown();
    }

    /** Shows {@code screen}, made the first time; a screen with figures reads them anew each time. */
    private void show(Screen screen) {
        switch (screen) {
            case DASHBOARD -> {
                screens.select(dashboard);
                dashboard.reload();
            }
            case CASES -> screens.select(cases());
            case MEMBERS -> screens.select(members());
            case WORKLOAD -> {
                screens.select(workload());
                workload.reload();
            }
            case DEMANDS -> {
                screens.select(demands());
                demands.reload();
            }
            case BRIEFS -> {
                screens.select(briefs());
                briefs.reload();
            }
            case RETENTION -> {
                screens.drop(RetentionView.class); // made anew each time, to read the file again
                screens.select(new RetentionView(state));
            }
        }
    }

    // Each screen, made in one line the first time it is asked for (then put together a part a frame).

    private CasesView cases() {
        if (cases == null) {
            cases = putTogether(new CasesView(state), "cases");
        }
        return cases;
    }

    private MembersView members() {
        if (members == null) {
            members = putTogether(new MembersView(state, this::newCaseFor), "members");
        }
        return members;
    }

    private WorkloadView workload() {
        if (workload == null) {
            workload = putTogether(new WorkloadView(state), "workload");
        }
        return workload;
    }

    private DemandsView demands() {
        if (demands == null) {
            demands = putTogether(new DemandsView(state), "demands");
        }
        return demands;
    }

    private BriefView briefs() {
        if (briefs == null) {
            briefs = putTogether(new BriefView(state), "briefs");
        }
        return briefs;
    }

    /** Put together a part a frame; its divider then goes where the rep left it. */
    private <V extends Node & FrameByFrame.BuiltInSteps> V putTogether(V view, String name) {
        return screens.putTogether(view, () -> memory.keepSplit(view, name));
    }

    private void newCaseFor(Member member) {
        NewCaseDialog.show(state, member, id -> {
            navigation.select(Screen.CASES);
            cases().select(id);
        });
    }

    private void loadCampaignDemands() {
        navigation.select(Screen.DEMANDS);
        demands().loadBulletins();
    }

    /** Shows the window, its parts put in at once (a test's window, or the window taken over by another desk). */
    public void show() {
        parts.forEach(Runnable::run);
        parts.clear();
        stage.show();
    }

    /**
     * Shows the window at start: its scene made, each part put in and styled, each as an event of its
     * own, then the window shown (its first layout), then {@code shown}. Between them the FX thread
     * answers whatever else waits, so no one event holds it long.
     */
    public void showInSteps(Runnable shown) {
        inSteps = true;
        List<Runnable> steps = new java.util.ArrayList<>(parts);
        parts.clear();
        FrameByFrame.eventByEvent(steps, () -> {
            stage.show();
            shown.run();
        });
    }

    /** For tests: the shared state behind the screens. */
    public DeskState state() {
        return state;
    }

    /** For tests: the screen shown, and the shortcuts F1 lists. */
    Navigation navigation() {
        return navigation;
    }

    MainMenus menus() {
        return menus;
    }

    /** What the menus do: most of it another class's work, named here. */
    private final class MenuActions implements MainMenus.Actions {

        private final DataTransfer transfer = new DataTransfer(state);

        @Override
        public void newMember() {
            navigation.select(Screen.MEMBERS);
            members().startNew();
        }

        @Override
        public void newCase() {
            newCaseFor(null);
        }

        @Override
        public void save() {
            forms.saveShown();
        }

        @Override
        public void closeWindow() {
            forms.close();
        }

        @Override
        public void openCasebook() {
            MainWindow.this.openCasebook();
        }

        @Override
        public void backToOwnFile() {
            switchDesk.accept(null);
        }

        @Override
        public void bringFileIn() {
            org.repdesk.ui.casebook.BringFileIn.start(stage, state);
        }

        @Override
        public void importMembers() {
            transfer.importMembers();
        }

        @Override
        public void export(String what, Exporter.Format format) {
            transfer.export(what, format);
        }

        @Override
        public void calendar() {
            org.repdesk.ui.papers.CalendarExportDialog.show(state);
        }

        @Override
        public void caseloadReport() {
            // The dashboard's button, here too: a casebook's reader has no dashboard, and their report counts only.
            DashboardView.showCaseloadReport(state);
        }

        @Override
        public void backups() {
            BackupDialog.show(state);
        }

        @Override
        public void find() {
            if (!forms.findInMembers()) {
                navigation.select(Screen.CASES);
                cases().focusSearch();
            }
        }

        @Override
        public void overdueCases() {
            navigation.select(Screen.CASES);
            cases().showOverdue();
        }

        @Override
        public void show(Screen screen) {
            navigation.select(screen);
        }

        @Override
        public void textSize(int change) {
            MainWindow.this.textSize(change);
        }

        @Override
        public void reload() {
            state.reloadAll();
        }

        @Override
        public void loadCampaignDemands() {
            MainWindow.this.loadCampaignDemands();
        }

        @Override
        public void passphrase() {
            PassphraseDialog.manage(state);
        }

        @Override
        public void settings() {
            SettingsDialog.show(state);
        }

        @Override
        public void letterTemplates() {
            org.repdesk.ui.papers.LetterTemplatesDialog.show(state);
        }

        @Override
        public void shortcuts() {
            state.dialogs().inform(Messages.text("shell.shortcuts.title"), menus.shortcutLines());
        }

        @Override
        public void guide() {
            GuideWindow.show(stage);
        }

        @Override
        public void about() {
            AboutDialog.show(stage, state.desk().dataFile());
        }
    }
}
