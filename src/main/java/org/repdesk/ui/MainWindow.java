package org.repdesk.ui;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.repdesk.model.Member;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;

/** The main window: menu, navigation, the current screen and a status line. Layout only. */
public final class MainWindow {

    private final Stage stage;
    private final DeskState state;
    // Built when first shown: building every screen up front cost about 1.5 s of the start-up.
    private CasesView cases;
    private MembersView members;
    private WorkloadView workload;
    private DemandsView demands;
    private final DashboardView dashboard;
    private BriefView briefs;
    /** The screens built so far, all but the one shown hidden (see {@link #reveal}). */
    private final StackPane content = new StackPane();
    /** The screen last asked for: one still being put together is shown when complete only if still wanted. */
    private Node wanted;
    /** Screens being put together a part a frame, not shown yet. */
    private final java.util.Set<Node> assembling = new java.util.HashSet<>();
    private final ToggleGroup nav = new ToggleGroup();
    private final ToggleButton dashboardButton = navButton("Dashboard", "nav-dashboard");
    private final ToggleButton casesButton = navButton("Cases", "nav-cases");
    private final ToggleButton membersButton = navButton("Members", "nav-members");
    private final ToggleButton workloadButton = navButton("Workload", "nav-workload");
    private final ToggleButton demandsButton = navButton("Demands", "nav-demands");
    private final ToggleButton briefsButton = navButton("Briefs", "nav-briefs");
    /** Given the casebook the rep opened (or null: back to their own file); the app swaps the window's desk. */
    private java.util.function.Consumer<RepDesk> switchDesk = d -> { };

    public MainWindow(Stage stage, RepDesk desk, boolean firstRun) {
        this(stage, desk, firstRun, null);
    }

    /** With the counts and figures read while the window was built ({@code firstRead} may be null). */
    public MainWindow(Stage stage, RepDesk desk, boolean firstRun, FirstRead firstRead) {
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume(); // Cancel returns to the form; Save closes once saved
            }
        });
        this.stage = stage;
        Styling.install();
        KeyboardMenus.install();
        Background background = new Background();
        this.state = new DeskState(desk, background, firstRead);
        this.dashboard = new DashboardView(state, new DashboardView.Destinations() {
            @Override
            public void openCases() {
                showCases();
                cases().showOpen();
            }

            @Override
            public void overdueCases() {
                showCases();
                cases().showOverdue();
            }

            @Override
            public void workloadFactorCases() {
                showCases();
                cases().showWorkloadFactor();
            }

            @Override
            public void overThreshold() {
                showWorkload();
                workload().showOverThreshold();
            }

            @Override
            public void demands() {
                showDemands();
            }
        });

        for (ToggleButton b : List.of(dashboardButton, casesButton, membersButton, workloadButton, demandsButton,
                briefsButton)) {
            b.setToggleGroup(nav);
        }
        casesButton.setOnAction(e -> showCases());
        membersButton.setOnAction(e -> showMembers());
        workloadButton.setOnAction(e -> showWorkload());
        demandsButton.setOnAction(e -> showDemands());
        dashboardButton.setOnAction(e -> showDashboard());
        briefsButton.setOnAction(e -> showBriefs());
        Label brand = new Label("RepDesk");
        brand.getStyleClass().add("brand");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label where = new Label();
        where.getStyleClass().add("nav-note");
        where.setId("protection-note");
        where.setWrapText(true);
        if (desk.isCasebook()) {
            where.setText(org.repdesk.i18n.Messages.text("casebook.where", desk.describe()));
        } else {
            where.textProperty().bind(javafx.beans.binding.Bindings.when(state.passphraseProtectedProperty())
                    .then("Data on this computer only, encrypted with your passphrase")
                    .otherwise("Data on this computer only, not encrypted (Tools ▸ Passphrase…)"));
        }
        VBox navBar = new VBox(6, brand, dashboardButton, casesButton, membersButton, workloadButton, demandsButton,
                briefsButton, spacer, where);
        navBar.getStyleClass().add("nav-bar");

        Label status = new Label();
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.caseCountProperty().get() < 0 ? "Loading…"
                        : state.memberCountProperty().get() + " members · " + state.caseCountProperty().get()
                                + " cases · " + (desk.isCasebook() ? org.repdesk.i18n.Messages.text("casebook.status",
                                        desk.describe()) : "data file: " + desk.dataFile())
                                + (state.loadingProperty().get() ? " · reading the cases list…" : ""),
                state.memberCountProperty(), state.caseCountProperty(), state.loadingProperty()));
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox statusLine = new HBox(8, status);
        statusLine.getStyleClass().add("status-line");
        statusLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        addProgressBarFromTheNextReading(statusLine);

        VBox top = new VBox(menuBar());
        if (firstRun) {
            top.getChildren().add(welcome(desk));
        }
        BorderPane root = new BorderPane(content);
        root.setTop(top);
        root.setLeft(navBar);
        root.setBottom(statusLine);
        root.getStyleClass().add("repdesk");

        // The stylesheet before the root: a root set first is matched against the theme alone, then
        // every node again when the stylesheet is added (twice the first frame's matching, issue 6).
        // No larger than the screen: at 1024x700 a 1280x780 window opened with its navigation off the edge.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new Region(), Math.min(1280, screen.getWidth()), Math.min(780, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("repdesk.css")).toExternalForm());
        scene.setRoot(root);
        stage.setScene(scene);
        stage.setTitle(desk.isCasebook() ? org.repdesk.i18n.Messages.text("casebook.windowTitle", desk.describe()) : "RepDesk");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> background.shutdown());
        state.setOwner(stage);
        // The status line says the lists are coming; they are read once the first frame is out (below).
        state.markLoading();
        // On the one store worker, in this order: the counts for the status line, then the first
        // screen's figures, so the window is usable before the lists arrive.
        state.reloadCounts();
        if (firstRun) {
            showCases();
        } else {
            showDashboard();
        }
        state.firstScreenShown();
        // Reading the lists takes a core for seconds on a large file: begun with the window, it took
        // the core the window was being drawn with (0.45 s later first frame at 100,000 cases).
        FrameByFrame.afterNextFrame(scene, () -> {
            state.reloadAll();
            loadIcons(stage);
        });
    }

    /**
     * A moving bar while the lists are read again (F5, after an import), beside the status line's
     * words. Not for the first reading: the status line says it is under way, and the bar's first
     * styling took the FX thread 40-200 ms just as the first frame was out (issue 6).
     */
    private void addProgressBarFromTheNextReading(HBox statusLine) {
        whenListsRead(() -> once(state.loadingProperty(), true, () -> {
            javafx.scene.control.ProgressBar reading = new javafx.scene.control.ProgressBar();
            reading.setId("status-loading");
            reading.visibleProperty().bind(state.loadingProperty());
            reading.managedProperty().bind(state.loadingProperty());
            statusLine.getChildren().add(reading);
        }));
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
        whenListsRead(() -> {
            Scene scene = stage.getScene();
            java.util.concurrent.atomic.AtomicLong lastInput = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
            javafx.event.EventHandler<javafx.event.Event> seen = e -> lastInput.set(System.nanoTime());
            scene.addEventFilter(javafx.scene.input.KeyEvent.ANY, seen);
            scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, seen);
            long since = System.nanoTime();
            // A sleeping thread rather than a Timeline: an animation keeps the FX thread pulsing.
            Thread waiting = new Thread(() -> {
                try {
                    while ((System.nanoTime() - lastInput.get()) / 1_000_000 < pauseMillis
                            && (System.nanoTime() - since) / 1_000_000 < atMostMillis) {
                        Thread.sleep(Math.max(10, pauseMillis / 5));
                    }
                } catch (InterruptedException e) {
                    return;
                }
                javafx.application.Platform.runLater(() -> {
                    scene.removeEventFilter(javafx.scene.input.KeyEvent.ANY, seen);
                    scene.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, seen);
                    work.run();
                });
            }, "repdesk-wait-for-pause");
            waiting.setDaemon(true);
            waiting.start();
        });
    }

    /**
     * On a thread of their own: decoding them took about 0.1 s of the FX thread before the first frame;
     * handing them to the window (about 20 ms) waits for the first frame too.
     */
    private static void loadIcons(Stage stage) {
        Thread loader = new Thread(() -> {
            List<javafx.scene.image.Image> icons = new java.util.ArrayList<>();
            for (int size : new int[] {16, 32, 48, 256}) {
                icons.add(new javafx.scene.image.Image(Objects.requireNonNull(
                        MainWindow.class.getResourceAsStream("icons/repdesk-" + size + ".png"))));
            }
            javafx.application.Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "repdesk-icons");
        loader.setDaemon(true);
        loader.start();
    }

    private static ToggleButton navButton(String text, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.getStyleClass().add("nav-button");
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    private MenuBar menuBar() {
        MenuItem newMember = item("New member", "Shortcut+N", this::newMember);
        MenuItem newCase = item("New case…", "Shortcut+Shift+N", () -> newCaseFor(null));
        MenuItem save = item("Save", "Shortcut+S", this::saveCurrent);
        DataTransfer transfer = new DataTransfer(state);
        MenuItem importMembers = item("Import members from CSV…", "Shortcut+I", transfer::importMembers);
        Menu export = new Menu("Export");
        for (String what : List.of("members", "cases", "deadlines", "workload", "demands")) {
            for (Exporter.Format f : Exporter.Format.values()) {
                MenuItem m = new MenuItem(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " as " + f + "…");
                m.setOnAction(e -> transfer.export(what, f));
                export.getItems().add(m);
            }
        }
        MenuItem calendar = new MenuItem(org.repdesk.i18n.Messages.text("papers.menu.calendar"));
        calendar.setOnAction(e -> org.repdesk.ui.papers.CalendarExportDialog.show(state));
        MenuItem close = item("Close window", "Shortcut+W", () -> {
            if (mayClose()) {
                stage.close();
            }
        });
        MenuItem backups = item("Backups…", "Shortcut+Shift+B", () -> BackupDialog.show(state));
        // A casebook's backups are its server's (pg_dump), and it has no passphrase: its logins protect it.
        backups.setDisable(state.desk().isCasebook());
        MenuItem openCasebook = item(org.repdesk.i18n.Messages.text("casebook.menu.open"), "Shortcut+Shift+O",
                this::openCasebook);
        openCasebook.setId("menu-open-casebook");
        MenuItem ownFile = new MenuItem(org.repdesk.i18n.Messages.text("casebook.menu.ownFile"));
        ownFile.setOnAction(e -> switchDesk.accept(null));
        ownFile.setVisible(state.desk().isCasebook());
        MenuItem bringIn = new MenuItem(org.repdesk.i18n.Messages.text("casebook.menu.bringIn"));
        bringIn.setOnAction(e -> org.repdesk.ui.casebook.BringFileIn.start(stage, state));
        bringIn.setVisible(state.desk().isCasebook());
        Menu file = new Menu("_File", null, newMember, newCase, new SeparatorMenuItem(), save,
                new SeparatorMenuItem(), openCasebook, ownFile, bringIn, new SeparatorMenuItem(),
                importMembers, export, calendar, new SeparatorMenuItem(), backups,
                new SeparatorMenuItem(), close);
        MenuItem find = item("Find…", "Shortcut+F", this::focusSearch);
        MenuItem overdue = item("Overdue cases", "Shortcut+D", () -> {
            showCases();
            cases().showOverdue();
        });
        Menu edit = new Menu("_Edit", null, find, overdue);
        Menu view = new Menu("_View", null,
                item("Dashboard", "Shortcut+0", this::showDashboard),
                item("Cases", "Shortcut+1", this::showCases),
                item("Members", "Shortcut+2", this::showMembers),
                item("Workload", "Shortcut+3", this::showWorkload),
                item("Demands", "Shortcut+4", this::showDemands),
                item("Briefs", "Shortcut+5", this::showBriefs),
                new SeparatorMenuItem(),
                item("Reload", "F5", state::reloadAll));
        MenuItem loadDemands = new MenuItem("Load the campaign's demands from the bulletins");
        loadDemands.setOnAction(e -> {
            showDemands();
            demands().loadBulletins();
        });
        Menu tools = new Menu("_Tools", null, loadDemands, new SeparatorMenuItem(),
                item("Retention review…", "Shortcut+Shift+R", this::showRetention),
                passphraseItem(), new SeparatorMenuItem(),
                item(org.repdesk.i18n.Messages.text("letters.menu.templates"), "Shortcut+Shift+L",
                        () -> org.repdesk.ui.papers.LetterTemplatesDialog.show(state)),
                item("Settings…", "Shortcut+Comma", () -> SettingsDialog.show(state)));
        MenuItem about = new MenuItem("About RepDesk");
        about.setOnAction(e -> AboutDialog.show(stage, state.desk().dataFile()));
        Menu help = new Menu("_Help", null, item("Keyboard shortcuts", "F1", this::showShortcuts),
                new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem passphraseItem() {
        MenuItem passphrase = item("Passphrase…", "Shortcut+Shift+P", () -> PassphraseDialog.manage(state));
        passphrase.setDisable(state.desk().isCasebook());
        return passphrase;
    }

    /** File ▸ Open branch casebook…: once the server says yes, the window works on the casebook. */
    private void openCasebook() {
        org.repdesk.service.RecentCasebooks recent = org.repdesk.service.RecentCasebooks.inDataFolder();
        org.repdesk.ui.casebook.CasebookLoginViewModel vm = new org.repdesk.ui.casebook.CasebookLoginViewModel(recent.list());
        new org.repdesk.ui.casebook.CasebookLoginDialog(stage, vm, state.background(), RepDesk::openCasebook, recent)
                .showAndWait().ifPresent(switchDesk);
    }

    /** What the app does when the rep opens a casebook (or goes back to their own file: null). */
    public void onSwitchDesk(java.util.function.Consumer<RepDesk> handler) {
        this.switchDesk = handler;
    }

    /** Stops this window's background work before another desk takes the window over. */
    public void retire() {
        state.background().shutdown();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node welcome(RepDesk desk) {
        Label text = new Label("Welcome to RepDesk. A new data file was created at " + desk.dataFile()
                + ". It stays on this computer: nothing is sent anywhere. Start by adding a member (Ctrl+N), "
                + "or open a case for one (Ctrl+Shift+N).");
        text.setWrapText(true);
        text.setId("welcome-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button ok = new Button("Got it");
        ok.setMinWidth(Region.USE_PREF_SIZE);
        Button load = new Button("Start the demands log from the campaign bulletins");
        load.setId("welcome-load-demands");
        load.setMinWidth(Region.USE_PREF_SIZE);
        Button protect = new Button("Protect it with a passphrase…");
        protect.setId("welcome-protect");
        protect.setMinWidth(Region.USE_PREF_SIZE);
        protect.setOnAction(e -> PassphraseDialog.manage(state));
        protect.disableProperty().bind(state.passphraseProtectedProperty());
        HBox banner = new HBox(12, text, protect, load, ok);
        load.setOnAction(e -> {
            showDemands();
            demands().loadBulletins();
            load.setDisable(true);
        });
        banner.getStyleClass().add("welcome-banner");
        banner.setId("welcome");
        ok.setOnAction(e -> ((VBox) banner.getParent()).getChildren().remove(banner));
        return banner;
    }

    private void select(Node view, ToggleButton button) {
        wanted = view;
        nav.selectToggle(button);
        if (button != null) {
            button.setSelected(true);
        }
        if (!assembling.contains(view)) {
            reveal(view);
        }
    }

    /**
     * Shows {@code view} and hides the others. Screens stay in the scene once built: taken out and
     * put back, a screen was styled and laid out anew each time (0.1-0.2 s for the cases list).
     */
    private void reveal(Node view) {
        if (!content.getChildren().contains(view)) {
            content.getChildren().add(view);
        }
        for (Node n : content.getChildren()) {
            n.setVisible(n == view);
        }
    }

    /** The screen shown: the one child of {@code content} not hidden. */
    private Node shown() {
        return content.getChildren().stream().filter(Node::isVisible).findFirst().orElse(null);
    }

    /** Puts {@code view} together a part a frame, hidden, and shows it when complete if still wanted. */
    private <V extends Node & BuiltInSteps> V putTogether(V view) {
        view.setVisible(false);
        content.getChildren().add(view);
        assembling.add(view);
        FrameByFrame.run(stage.getScene(), view.assemblySteps(), () -> {
            assembling.remove(view);
            if (wanted == view) {
                reveal(view);
            }
            view.assembled();
        });
        return view;
    }

    /**
     * Before the window closes (its close box, Ctrl+W, quitting): typed changes on the case or
     * member form are saved, discarded or kept open, as the rep answers; a save closes when done.
     */
    private boolean mayClose() {
        for (org.repdesk.ui.papers.UnsavedChanges.Form form : java.util.Arrays.asList(
                cases == null ? null : cases.unsavedForm(), members == null ? null : members.unsavedForm())) {
            if (form != null && !org.repdesk.ui.papers.UnsavedChanges.mayClose(stage, form, this::closeAfterSave)) {
                return false;
            }
        }
        return true;
    }

    /** After a save chosen on closing: closes, unless another form still holds unsaved changes (asked again). */
    private void closeAfterSave() {
        if (mayClose()) {
            stage.close();
        }
    }

    private CasesView cases() {
        if (cases == null) {
            cases = putTogether(new CasesView(state));
        }
        return cases;
    }

    private MembersView members() {
        if (members == null) {
            members = putTogether(new MembersView(state, this::newCaseFor));
        }
        return members;
    }

    private WorkloadView workload() {
        if (workload == null) {
            workload = putTogether(new WorkloadView(state));
        }
        return workload;
    }

    private DemandsView demands() {
        if (demands == null) {
            demands = putTogether(new DemandsView(state));
        }
        return demands;
    }

    private BriefView briefs() {
        if (briefs == null) {
            briefs = putTogether(new BriefView(state));
        }
        return briefs;
    }

    private void showCases() {
        select(cases(), casesButton);
    }

    private void showMembers() {
        select(members(), membersButton);
    }

    private void showWorkload() {
        select(workload(), workloadButton);
        workload.reload();
    }

    private void showRetention() {
        content.getChildren().removeIf(n -> n instanceof RetentionView); // made anew each time, to read the file again
        select(new RetentionView(state), null);
    }

    private void showDashboard() {
        select(dashboard, dashboardButton);
        dashboard.reload();
    }

    private void showBriefs() {
        select(briefs(), briefsButton);
        briefs.reload();
    }

    private void showDemands() {
        select(demands(), demandsButton);
        demands.reload();
    }

    private void newMember() {
        showMembers();
        members().startNew();
    }

    private void newCaseFor(Member member) {
        NewCaseDialog.show(state, member, id -> {
            showCases();
            cases().select(id);
        });
    }

    private void saveCurrent() {
        Node shown = shown();
        if (cases != null && shown == cases) {
            cases.saveCurrent();
        } else if (members != null && shown == members) {
            members.saveCurrent();
        }
    }

    private void focusSearch() {
        if (members != null && shown() == members) {
            members.focusSearch();
        } else {
            showCases();
            cases().focusSearch();
        }
    }

    private void showShortcuts() {
        Alerts.info(stage, "Keyboard shortcuts", List.of(
                "Ctrl+N  New member", "Ctrl+Shift+N  New case", "Ctrl+F  Find", "Ctrl+S  Save",
                "Ctrl+D  Overdue cases", "Ctrl+0  Dashboard", "Ctrl+1 … 5  Cases, Members, Workload, Demands, Briefs", "F5  Reload",
                "Ctrl+I  Import members", "Ctrl+Shift+B  Backups", "Ctrl+Shift+R  Retention review",
                "Ctrl+Shift+P  Passphrase", "Ctrl+Shift+L  Letter templates", "Ctrl+,  Settings",
                "Ctrl+W  Close window", "Alt + underlined letter  Jump to a field"));
    }

    public void show() {
        stage.show();
    }

    /** For tests: the shared state behind the screens. */
    public DeskState state() {
        return state;
    }
}
