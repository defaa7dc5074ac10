package org.repdesk;

import org.repdesk.i18n.Messages;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.repdesk.service.Backups;
import org.repdesk.service.DataLocation;
import org.repdesk.service.Logs;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.model.CasebookAddress;
import org.repdesk.store.StoreException;
import org.repdesk.ui.Alerts;
import org.repdesk.ui.BackupDialog;
import org.repdesk.ui.FirstRead;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.PassphraseDialog;
import org.repdesk.ui.Working;
import org.repdesk.ui.casebook.CasebookLoginDialog;
import org.repdesk.ui.casebook.CasebookLoginViewModel;

/** The JavaFX application: opens the data file, wires the services into the main window. */
public final class App extends Application {

    /**
     * Made on first use, not in App's own set-up: that runs on the main thread before the toolkit is
     * started, and the first logger sets up java.util.logging (~60 classes, its configuration file
     * read and a service look-up), which the opening thread does anyway a moment later (issue 21).
     */
    private static final class Log {
        static final Logger LOG = Logger.getLogger(App.class.getName());
    }
    /** Begun by {@link #launchWith} before the toolkit starts; taken (once) by {@link #start}. */
    private static volatile EarlyOpen early;
    private RepDesk desk;
    /** The window on {@link #desk}: what its closing kept to do is done before the desk closes. */
    private MainWindow window;

    /**
     * Starts the app: JavaFX's toolkit at once, and meanwhile, on other threads, the first frame's
     * classes loaded, the language and theme chosen and the data file opened. Done here first, on
     * this thread, they held the toolkit's start back by 0.1-0.3 s (issue 21): mostly waiting for
     * classes the load-ahead thread was reading from the jar at the same time.
     */
    public static void launchWith(String[] args) {
        StartupClasses.loadAhead();
        Thread prepare = new Thread(() -> prepare(args), "repdesk-prepare");
        prepare.setDaemon(true);
        prepareBegun = true;
        prepare.start();
        try {
            Application.launch(App.class, args);
        } catch (RuntimeException e) {
            // No window (no display, say): the caller says why, in the rep's language once it is chosen.
            try {
                PREPARED.get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notReady) {
                Log.LOG.log(Level.FINE, "start-up preparation", notReady);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
    }

    /** What {@link #start} needs before anything else, made ready while the toolkit starts. */
    private static volatile boolean prepareBegun;
    private static final java.util.concurrent.CompletableFuture<Void> PREPARED = new java.util.concurrent.CompletableFuture<>();

    /** The language, the desktop's colours asked for, and the data file's opening begun; {@link #start} waits for them. */
    private static void prepare(String[] args) {
        try {
            // The language chosen in Settings (or the system's): the screens are made in it.
            org.repdesk.i18n.Messages.setLanguage(org.repdesk.ui.SettingsViewModel.locale(preferences().language()));
            warmUpPlurals();
            org.repdesk.ui.Styling.askTheDesktopAhead(preferences().theme());
            if (casebookArgument(List.of(args)) == null) {
                early = EarlyOpen.begin(dataFile(List.of(args)));
            }
            PREPARED.complete(null);
        } catch (Throwable e) {
            PREPARED.completeExceptionally(e); // start() fails with it, as it would have failed here
        }
    }

    @Override
    public void start(Stage stage) {
        Relaunch.windowStarting(); // before any window is shown: a crash from here on is not started again (Relaunch.STARTING)
        if (!prepareBegun) {
            prepare(getParameters().getRaw().toArray(String[]::new)); // started as an Application, not by launchWith
        }
        PREPARED.join();
        CasebookAddress casebook = casebookArgument(getParameters().getRaw());
        if (casebook != null) {
            org.repdesk.ui.Styling.install();
            startOnCasebook(stage, casebook);
            return;
        }
        Path file = dataFile(getParameters().getRaw());
        EarlyOpen opening = early != null && early.file().equals(file) ? early : EarlyOpen.begin(file);
        early = null;
        org.repdesk.ui.Styling.install(); // the passphrase prompt and any restore offer look like the app
        // The rest in events of their own, not in this one (the theme's stylesheet was read in it), and
        // never waiting on the FX thread for the file to open: the window follows once it is open.
        Platform.setImplicitExit(false); // a working window may close before the main one opens
        if (!opening.mayKeepTheRepWaiting()) {
            Platform.runLater(() -> startOrSay(stage, opening, null));
            return;
        }
        // Opening takes seconds when the file is adapted to this version (a copy is kept first): after
        // a moment a window says so, rather than nothing on screen at all.
        Stage[] working = new Stage[1];
        javafx.animation.PauseTransition moment = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        moment.setOnFinished(e -> working[0] = Working.show(null, Messages.text("start.opening")));
        moment.play();
        opening.desk().whenComplete((opened, failed) -> Platform.runLater(() -> {
            moment.stop();
            startOrSay(stage, opening, working[0]);
        }));
    }

    /** {@link #startWith}, after closing {@code working} (if shown); a failure is said, then the app ends, as start() failing would. */
    private void startOrSay(Stage stage, EarlyOpen opening, Stage working) {
        if (working != null) {
            working.close();
        }
        try {
            startWith(stage, opening);
        } catch (RuntimeException e) {
            Log.LOG.log(Level.SEVERE, "start", e);
            Alerts.failed(null, Messages.text("start.failed"), e);
            Platform.exit();
        }
    }

    private void startWith(Stage stage, EarlyOpen opening) {
        desk = openOrRestore(opening);
        boolean firstRun = opening.firstRun();
        FirstRead firstRead = opening.firstRead(desk);
        if (desk == null) {
            Platform.exit();
            return;
        }
        MainWindow window = showWindow(stage, desk, firstRun, firstRead, true);
        window.whenSettled(() -> startOfDayInBackground(desk, stage, window.giveWay(DAYS_WORK_GIVES_WAY_AT_MOST_MILLIS)));
        window.whenSettled(() -> org.repdesk.ui.papers.DraftsOffer.offer(window.state())); // notes a crash left unsaved
    }

    /** Started with {@code --db postgresql://…}: the login dialog, filled in, then the window on the casebook. */
    private void startOnCasebook(Stage stage, CasebookAddress address) {
        Optional<RepDesk> opened = askForCasebook(null, address);
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        desk = opened.get();
        showWindow(stage, desk, false, null, false);
    }

    /** The casebook login dialog (filled in with {@code address} when given); empty when the rep cancels. */
    private static Optional<RepDesk> askForCasebook(javafx.stage.Window owner, CasebookAddress address) {
        RecentCasebooks recent = RecentCasebooks.inDataFolder();
        org.repdesk.ui.Background background = new org.repdesk.ui.Background();
        // Nothing typed: the password psql would use (PGPASSWORD), else the driver reads ~/.pgpass.
        CasebookLoginViewModel vm = new CasebookLoginViewModel(recent.list(), recent, (a, typed) -> RepDesk.openCasebook(a,
                typed != null ? typed : Optional.ofNullable(System.getenv("PGPASSWORD")).map(String::toCharArray).orElse(null)),
                org.repdesk.ui.papers.Runner.of(background, () -> owner));
        if (address != null) {
            vm.choose(address);
        }
        try {
            return new CasebookLoginDialog(owner, vm).showAndWait();
        } finally {
            background.shutdown();
        }
    }

    /**
     * The status line's counts, formatted once on the other core while JavaFX starts, so the FX thread
     * finds the language's bundle read (its ~2,200 lines) and the pattern parsed. Formatted by ICU they
     * took 0.35-0.8 s of the FX thread on a busy machine; now by Messages' own small formatter, ~20 ms.
     */
    private static void warmUpPlurals() {
        Thread words = new Thread(() -> org.repdesk.i18n.Messages.text("shell.status.counts", 2, 2, ""), "repdesk-words");
        words.setDaemon(true);
        words.start();
    }

    /** This rep's preferences on this computer, read once. */
    private static synchronized org.repdesk.service.DeskPreferences preferences() {
        if (preferences == null) {
            preferences = org.repdesk.service.DeskPreferences.inDataFolder();
        }
        return preferences;
    }

    private static org.repdesk.service.DeskPreferences preferences;

    /** {@code inSteps}: the first window at start, put together an event a part (the others are shown at once). */
    private MainWindow showWindow(Stage stage, RepDesk opened, boolean firstRun, FirstRead firstRead, boolean inSteps) {
        // From here on every store call belongs on the worker: one on the FX thread is logged, with where from.
        org.repdesk.ui.StoreCallGuard.logCallsOnTheFxThread();
        MainWindow window = new MainWindow(stage, opened, firstRun, firstRead,
                new org.repdesk.ui.FxDialogs(() -> stage), preferences());
        window.onSwitchDesk(org.repdesk.ui.OtherDesks.ofTheApp(RecentCasebooks.inDataFolder(),
                () -> ownDataFile(getParameters().getRaw()),
                next -> switchDesk(stage, window, next)));
        window.putScreensTogetherAhead();
        this.window = window;
        org.repdesk.ui.papers.SystemApplication.use(getHostServices()); // documents opened in their own application
        if (inSteps) {
            window.showInSteps(() -> Platform.setImplicitExit(true));
        } else {
            window.show();
        }
        return window;
    }

    /**
     * The window moves to another desk: the casebook the rep just opened, or their own data file (the
     * window asked first about anything typed, and closed its windows showing the desk it leaves). The
     * desk it leaves is closed once the new one is on screen.
     */
    private void switchDesk(Stage stage, MainWindow leaving, RepDesk next) {
        RepDesk previous = desk;
        leaving.retire();
        desk = next;
        showWindow(stage, desk, false, null, false);
        if (previous != null && previous != desk) {
            // After what the leaving window's closing kept (a discard at the hand-over), off the FX thread: the
            // new window's frames go on meanwhile. Not a daemon: a quit meanwhile waits for the desk to close.
            Thread closing = new Thread(() -> leaving.closeDesk(previous), "repdesk-closing-desk-left");
            closing.start();
        }
    }

    /**
     * How long in all the day's check and snapshot may wait for the rep to pause, once begun: then it
     * goes on without waiting, so the day's snapshot is taken on a day the rep never stops (and its one
     * read of the file, which keeps the WAL from being emptied, ends).
     */
    private static final long DAYS_WORK_GIVES_WAY_AT_MOST_MILLIS = 180_000;

    /**
     * The day's quick check and snapshot, on their own connection and thread once the window is
     * up, the lists are read and the rep has paused: a large file's check and copy take seconds of a
     * core, and the rep should neither wait for them nor share the two cores with them. Begun, they
     * go in small steps and give way to the rep between them ({@code giveWay}) while the rep clicks,
     * types, opens a screen or waits for a list.
     */
    private static void startOfDayInBackground(RepDesk desk, Stage stage, Runnable giveWay) {
        Thread thread = new Thread(() -> {
            LowPriority.forThisThread(); // the rep's clicks first: this may wait for an idle core
            try {
                Backups.startOfDay(desk, Clock.systemDefaultZone(), giveWay::run).ifPresent(warning -> Platform.runLater(
                        () -> Alerts.info(stage, Messages.text("start.noBackupToday"), List.of(warning))));
                // What falls due soon is said on the dashboard the window opens on (DueSoonNoticeViewModel),
                // not in a dialog standing over it until answered.
            } catch (StoreException e) {
                Log.LOG.log(Level.WARNING, "start-of-day check", e);
                if (e.kind() == StoreException.Kind.DAMAGED) {
                    Platform.runLater(() -> Alerts.failed(stage, Messages.text("start.damaged"), new StoreException(
                            e.kind(), Messages.text("start.damagedDetail", Map.of("problem", String.valueOf(e.getMessage()))), e)));
                }
            } catch (RuntimeException e) {
                Log.LOG.log(Level.WARNING, "start-of-day check", e);
            }
        }, "repdesk-start-of-day");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens the data file and takes the day's backup. When the file cannot be opened the rep is
     * told why in words; where a backup would help (a damaged, foreign or newer file) and one
     * exists, restoring it is offered. Returns null when the rep quits.
     */
    private static RepDesk openOrRestore(EarlyOpen opening) {
        Path file = opening.file();
        Clock clock = Clock.systemDefaultZone();
        char[] passphrase = null;
        String passphraseProblem = null;
        try {
            // A plain file was opened (or refused) while the toolkit started.
            if (opening.desk() != null) {
                try {
                    return opening.desk().join();
                } catch (java.util.concurrent.CompletionException e) {
                    if (!(e.getCause() instanceof StoreException refused)) {
                        throw e.getCause() instanceof RuntimeException r ? r : e;
                    }
                    if (!restoreOffered(file, refused, null, clock)) {
                        return null;
                    }
                }
            }
            while (true) {
                if (passphrase == null && RepDesk.isProtected(file)) {
                    PassphraseDialog.Answer answer = PassphraseDialog.askToOpen(file, passphraseProblem,
                            !backupsOf(file).isEmpty());
                    if (answer.choice() == PassphraseDialog.Choice.QUIT) {
                        return null;
                    }
                    if (answer.choice() == PassphraseDialog.Choice.RESTORE) {
                        // A plain file damaged at its start looks encrypted; its (plain) backups restore without a passphrase.
                        StoreException unreadable = new StoreException(StoreException.Kind.DAMAGED,
                                Messages.text("start.unreadableWithoutPassphrase", Map.of("file", file.toString())));
                        if (!restoreOffered(file, unreadable, null, clock)) {
                            return null;
                        }
                        continue;
                    }
                    passphrase = answer.passphrase();
                }
                try {
                    // Refusals (foreign, newer, damaged header, in use) come here; the day's check and
                    // snapshot follow in the background once the window is up.
                    return RepDesk.open(file, passphrase);
                } catch (StoreException e) {
                    if (e.kind() == StoreException.Kind.WRONG_PASSPHRASE || e.kind() == StoreException.Kind.PASSPHRASE_NEEDED) {
                        Log.LOG.log(Level.INFO, "passphrase not accepted");
                        passphraseProblem = Messages.text("start.wrongPassphrase");
                        wipe(passphrase);
                        passphrase = null;
                        continue;
                    }
                    if (!restoreOffered(file, e, passphrase, clock)) {
                        return null;
                    }
                }
            }
        } finally {
            wipe(passphrase);
        }
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /** Offers a restore when a backup would help; true when one was restored and the file can be opened again. */
    private static boolean restoreOffered(Path file, StoreException e, char[] passphrase, Clock clock) {
        Log.LOG.log(Level.WARNING, "cannot open data file", e);
        List<Backups.Backup> backups = Backups.restoreHelps(e) ? backupsOf(file) : List.of();
        if (backups.isEmpty()) {
            Alerts.cannotOpen(file, e);
            return false;
        }
        Optional<Backups.Backup> chosen = BackupDialog.offerRestore(file, e, backups);
        if (chosen.isEmpty()) {
            return false;
        }
        try {
            Alerts.info(null, Messages.text("screens.backups.restore.done"),
                    Backups.restore(file, chosen.get().file(), passphrase, clock).describe());
            return true;
        } catch (StoreException failed) {
            Log.LOG.log(Level.WARNING, "restore at start", failed);
            Alerts.cannotOpen(file, failed);
            return false;
        }
    }

    private static List<Backups.Backup> backupsOf(Path file) {
        try {
            return Backups.list(file);
        } catch (StoreException e) {
            Log.LOG.log(Level.WARNING, "cannot list backups", e);
            return List.of();
        }
    }

    @Override
    public void stop() {
        if (window != null && desk != null) {
            window.closeDesk(desk); // a case discarded on quitting: its crash copy gone first, not offered at the next start
        } else if (desk != null) {
            desk.close();
        }
        // Copies of documents handed to other applications go with RepDesk (and a crash's, at the next stop).
        org.repdesk.service.OpenedCopies.inCache().removeAll();
    }

    /**
     * Opening the data file, begun as the JVM starts. The SQLite driver unpacks and loads its native
     * library (about a third of the FX thread's start-up work when it ran there), then a plain file is
     * opened and migrated; a protected file waits for its passphrase, asked for in {@link #start}.
     */
    record EarlyOpen(Path file, boolean firstRun, java.util.concurrent.CompletableFuture<RepDesk> desk, FirstRead read) {

        /** The first screen's figures, when they are being read from this very desk; null otherwise. */
        FirstRead firstRead(RepDesk opened) {
            boolean early = opened != null && desk != null && desk.isDone() && !desk.isCompletedExceptionally()
                    && desk.join() == opened;
            return early ? read : null;
        }

        /**
         * True while a plain file is still being opened (adapted to this version, say), so the rep may
         * wait long enough to be told. Usually it was opened while the toolkit started: then no pause is
         * timed, and the ~30 animation classes a timed pause loads (from the jar, before the first frame,
         * and a pulse every frame while it runs) are not needed at all (issue 21). False for a protected
         * file, whose passphrase is asked first.
         */
        boolean mayKeepTheRepWaiting() {
            return desk != null && !desk.isDone();
        }

        static EarlyOpen begin(Path file) {
            boolean firstRun = !Files.exists(file);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (java.io.IOException e) {
                Log.LOG.log(Level.FINE, "data folder", e); // Database.open reports the problem in words
            }
            Logs.toFolderOf(file);
            if (RepDesk.isProtected(file)) {
                Thread driver = new Thread(() -> {
                    RepDesk.keepNativeLibraryCached();
                    RepDesk.loadDriver();
                }, "repdesk-driver");
                driver.setDaemon(true);
                driver.start();
                return new EarlyOpen(file, firstRun, null, null);
            }
            java.util.concurrent.CompletableFuture<RepDesk> desk = new java.util.concurrent.CompletableFuture<>();
            FirstRead read = new FirstRead();
            Thread opener = new Thread(() -> {
                RepDesk opened;
                try {
                    RepDesk.keepNativeLibraryCached();
                    opened = RepDesk.open(file);
                } catch (Throwable e) {
                    desk.completeExceptionally(e);
                    return;
                }
                desk.complete(opened);
                read.readFrom(opened); // while start() builds the window, which shows each figure when it is in
            }, "repdesk-open");
            opener.setDaemon(true);
            opener.start();
            return new EarlyOpen(file, firstRun, desk, read);
        }
    }

    /** The casebook named by {@code --db postgresql://…}, or null when the app opens a data file. */
    static CasebookAddress casebookArgument(List<String> args) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--db") && CasebookAddress.looksLikeOne(args.get(i + 1))) {
                try {
                    return CasebookAddress.parse(args.get(i + 1));
                } catch (IllegalArgumentException e) {
                    Log.LOG.log(Level.INFO, "casebook address", e);
                    return new CasebookAddress("", CasebookAddress.DEFAULT_PORT, "", "", java.util.Map.of());
                }
            }
        }
        return null;
    }

    /** The rep's own data file: the one --db names, or the default when --db named a casebook (or nothing). */
    static Path ownDataFile(List<String> args) {
        return casebookArgument(args) != null ? DataLocation.defaultDataFile() : dataFile(args);
    }

    static Path dataFile(List<String> args) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--db")) {
                return Path.of(args.get(i + 1));
            }
        }
        return DataLocation.defaultDataFile();
    }
}
