package org.repdesk.ui.protection;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Backups;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.common.Saving;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Backups…: the backups kept beside the data file, "Back up now", how many automatic ones
 * to keep, and restoring one (from the list or from a file) after a full check and the rep's yes.
 * A restore closes the file and then RepDesk ({@code quit}); start it again on the restored file.
 */
public final class BackupsViewModel {

    private final Supplier<Backups> backups;
    private final Path dataFile;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Executor onFx;
    private final Runnable closeDesk;
    private final Runnable quit;
    private final Clock clock;
    private final ObservableList<Backups.Backup> items = FXCollections.observableArrayList();
    private final ObjectProperty<Backups.Backup> selected = new SimpleObjectProperty<>();
    private final IntegerProperty keep = new SimpleIntegerProperty(14);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checking = new ReadOnlyStringWrapper("");
    private final DoubleProperty progress = new SimpleDoubleProperty();

    /** The backups of {@code desk}'s data file; a restore closes the desk, then {@code quit}s. */
    public static BackupsViewModel of(org.repdesk.service.RepDesk desk, Runner runner, Dialogs dialogs, Executor onFx,
            Runnable quit, Clock clock) {
        return new BackupsViewModel(() -> new Backups(desk), desk.dataFile(), runner, dialogs, onFx, desk::close, quit,
                clock);
    }

    /**
     * @param backups the open file's backups (made on the worker)
     * @param onFx where the check's progress is handed to the screen (Platform::runLater; a test's Runnable::run)
     * @param closeDesk closes the data file before it is replaced (run on the worker)
     * @param quit ends RepDesk once a restore is done (or failed after the file was closed)
     */
    public BackupsViewModel(Supplier<Backups> backups, Path dataFile, Runner runner, Dialogs dialogs, Executor onFx,
            Runnable closeDesk, Runnable quit, Clock clock) {
        this.backups = backups;
        this.dataFile = dataFile;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onFx = onFx;
        this.closeDesk = closeDesk;
        this.quit = quit;
        this.clock = clock;
        keep.addListener(o -> hint.set(hintText(keep.get())));
        hint.set(hintText(keep.get()));
    }

    private String hintText(int count) {
        return Messages.text("screens.backups.hint", Map.of("n", count,
                "folder", String.valueOf(dataFile.resolveSibling("backups"))));
    }

    private record Listed(List<Backups.Backup> backups, int keep) {
    }

    /** Reads the list and the number kept. */
    public void reload() {
        runner.run(Messages.text("screens.backups.failed.list"), () -> {
            Backups b = backups.get();
            return new Listed(b.list(), b.keep());
        }, listed -> {
            items.setAll(listed.backups());
            keep.set(listed.keep());
        });
    }

    /** Makes a backup now (the rep's own: never rotated away). */
    public void backUpNow() {
        runner.run(Messages.text("screens.backups.failed.now"), () -> {
            Backups b = backups.get();
            b.now();
            return b.list();
        }, items::setAll);
    }

    /** Saves how many automatic backups to keep (older ones go at the next start). */
    public void saveKeep() {
        int count = keep.get();
        runner.run(Messages.text("screens.backups.failed.keep"), () -> {
            Backups b = backups.get();
            b.keep(count);
            return b.list();
        }, items::setAll);
    }

    /** Restores the backup selected in the list. */
    public void restoreSelected() {
        if (selected.get() != null) {
            restore(selected.get().file());
        }
    }

    /** Restores a backup file the rep chooses (e.g. from a USB stick). */
    public void restoreFromFile() {
        dialogs.chooseFileToOpen(Messages.text("screens.backups.chooseFile"),
                Dialogs.FileType.of(Messages.text("screens.backups.fileType"), "*.db")).ifPresent(this::restore);
    }

    /**
     * Checks the backup while the file is still open (seconds on a large file, the progress shown),
     * asks, then closes the file, restores and quits. Cancel forgets the check and changes nothing.
     */
    public void restore(Path backup) {
        checking.set(Messages.text("perf.restore.checking", Map.of("file", String.valueOf(backup.getFileName()))));
        progress.set(0);
        Saving.run(runner, Messages.text("screens.backups.failed.check"),
                () -> backups.get().prepareRestore(backup, f -> onFx.execute(() -> progress.set(f))), outcome -> {
                    checking.set("");
                    if (outcome.saved() == null) {
                        dialogs.warn(Messages.text("screens.backups.failed.check"), List.of(outcome.refusal()));
                        return;
                    }
                    Backups.PreparedRestore prepared = outcome.saved();
                    if (!dialogs.confirm(Messages.text("screens.backups.restore.question",
                            Map.of("file", String.valueOf(backup.getFileName()))),
                            Messages.text("screens.backups.restore.detail", Map.of("holds", prepared.holds())),
                            Messages.text("screens.backups.restore.action"))) {
                        prepared.forget();
                        return;
                    }
                    Saving.run(runner, Messages.text("screens.backups.failed.restore"), () -> {
                        closeDesk.run();
                        return prepared.runAfterClose(clock);
                    }, done -> {
                        if (done.saved() == null) {
                            dialogs.warn(Messages.text("screens.backups.failed.restore"), List.of(done.refusal()));
                        } else {
                            List<String> lines = new ArrayList<>(done.saved().describe());
                            lines.add("");
                            lines.add(Messages.text("screens.backups.restore.closing"));
                            dialogs.inform(Messages.text("screens.backups.restore.done"), lines);
                        }
                        quit.run();
                    });
                });
    }

    public ObservableList<Backups.Backup> items() {
        return items;
    }

    public ObjectProperty<Backups.Backup> selectedProperty() {
        return selected;
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    /** Where the backups are and how many are kept, in words. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** "Checking backup-….db…" while a backup is checked before a restore; empty otherwise. */
    public ReadOnlyStringProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** How far the check has gone, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Restore selected waits for a selection, and nothing is restored while a check runs. */
    public BooleanBinding cannotRestoreSelected() {
        return selected.isNull().or(checking.isNotEmpty());
    }
}
