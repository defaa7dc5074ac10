package org.repdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.repdesk.service.Backups;
import org.repdesk.store.StoreException;

/**
 * File ▸ Backups…: the backups kept beside the data file, "Back up now", and restore (from the list
 * or from a file) after a check and a confirmation. Also offered at start when the data file
 * cannot be opened and a backup exists.
 */
public final class BackupDialog {

    private BackupDialog() {
    }

    /** The dialog over the open data file. A restore closes RepDesk, which then starts on the restored file. */
    public static void show(DeskState state) {
        Path dataFile = state.desk().dataFile();
        Backups backups = new Backups(state.desk());
        ObservableList<Backups.Backup> items = FXCollections.observableArrayList(backups.list());
        ListView<Backups.Backup> list = backupList(items);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle("Backups");
        dialog.setHeaderText("Backups of " + dataFile.getFileName());
        Label hint = new Label("RepDesk backs up when it starts (once a day) and before updating or restoring the file,"
                + " keeping the newest " + backups.keep() + ". Backups you make yourself are never deleted."
                + " They are in " + dataFile.resolveSibling("backups") + ", readable by you only.");
        hint.setWrapText(true);
        Button backUpNow = new Button("Back up now");
        Button restore = new Button("Restore selected…");
        Button restoreFile = new Button("Restore from a file…");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        backUpNow.setOnAction(e -> state.background().run(state.owner(), "The backup was not made", backups::now,
                made -> items.setAll(backups.list())));
        restore.setOnAction(e -> restore(state, dialog, list.getSelectionModel().getSelectedItem().file()));
        restoreFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Restore from a backup file");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("RepDesk data file", "*.db"));
            Optional.ofNullable(chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow()))
                    .ifPresent(f -> restore(state, dialog, f.toPath()));
        });
        // How many automatic snapshots to keep (the rep's own are never rotated away).
        javafx.scene.control.Spinner<Integer> keep = new javafx.scene.control.Spinner<>(1, 1000, backups.keep());
        keep.setId("backups-keep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        Button saveKeep = new Button("Save");
        saveKeep.setId("backups-keep-save");
        saveKeep.setOnAction(e -> {
            int count = keep.getValue();
            state.background().run(state.owner(), "The number of backups to keep was not changed", () -> {
                backups.keep(count);
                return backups.list();
            }, now -> {
                items.setAll(now);
                hint.setText(hint.getText().replaceFirst("keeping the newest \\d+", "keeping the newest " + count));
            });
        });
        Label keepLabel = new Label("Keep the newest");
        Label keepTail = new Label("automatic backups");
        HBox keepRow = new HBox(8, keepLabel, keep, keepTail, saveKeep);
        keepRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, hint, list, new HBox(8, backUpNow, restore, restoreFile), keepRow);
        content.getStyleClass().add("backup-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    /** Checks the backup while the file is still open, confirms, then closes the file, restores and quits. */
    private static void restore(DeskState state, Dialog<?> dialog, Path backup) {
        Backups backups = new Backups(state.desk());
        Window owner = dialog.getDialogPane().getScene().getWindow();
        // The backup's full check takes seconds on a large file: a bar under the buttons shows how far it is.
        javafx.scene.control.ProgressBar checking = new javafx.scene.control.ProgressBar();
        checking.setId("backups-checking");
        checking.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.control.Label checkingLabel = new javafx.scene.control.Label(
                org.repdesk.i18n.Messages.text("perf.restore.checking", Map.of("file", backup.getFileName().toString())));
        VBox checkingBox = new VBox(4, checkingLabel, checking);
        ((VBox) dialog.getDialogPane().getContent()).getChildren().add(checkingBox);
        javafx.concurrent.Task<Backups.PreparedRestore> task = state.background().runMeasured(owner,
                "This backup cannot be restored", fraction -> backups.prepareRestore(backup, fraction), prepared -> {
            ((VBox) dialog.getDialogPane().getContent()).getChildren().remove(checkingBox);
            if (!Alerts.confirm(owner, "Restore " + backup.getFileName() + "?", "It holds " + prepared.holds() + ".\n\n"
                    + "The current data file is kept aside under a new name (nothing is overwritten). RepDesk then"
                    + " closes; start it again to work on the restored file.", "Restore")) {
                prepared.forget();
                return;
            }
            state.desk().close();
            try {
                Backups.Restored done = prepared.runAfterClose(Clock.systemDefaultZone());
                Alerts.info(owner, "Backup restored", withRestart(done.describe()));
            } catch (StoreException e) {
                Alerts.failed(owner, "The backup was not restored; the data file was not changed", e);
            }
            Platform.exit();
        });
        checking.progressProperty().bind(task.progressProperty());
        task.setOnFailed(withRemoval(task.getOnFailed(),
                () -> ((VBox) dialog.getDialogPane().getContent()).getChildren().remove(checkingBox)));
    }

    private static javafx.event.EventHandler<javafx.concurrent.WorkerStateEvent> withRemoval(
            javafx.event.EventHandler<javafx.concurrent.WorkerStateEvent> handler, Runnable removal) {
        return e -> {
            removal.run();
            handler.handle(e);
        };
    }

    private static List<String> withRestart(List<String> lines) {
        return java.util.stream.Stream.concat(lines.stream(),
                java.util.stream.Stream.of("", "RepDesk will now close. Start it again to work on the restored file."))
                .toList();
    }

    /**
     * At start, when the data file cannot be opened and backups exist: names the problem and
     * offers to restore one (the newest is selected).
     *
     * @return the backup the rep chose to restore, or empty to quit
     */
    public static Optional<Backups.Backup> offerRestore(Path dataFile, StoreException problem,
            List<Backups.Backup> backups) {
        ListView<Backups.Backup> list = backupList(FXCollections.observableArrayList(backups));
        list.getSelectionModel().selectFirst();
        Dialog<Backups.Backup> dialog = new Dialog<>();
        dialog.setTitle("RepDesk cannot open its data file");
        dialog.setHeaderText("RepDesk cannot open " + dataFile.getFileName());
        Label what = new Label(problem.getMessage());
        what.setWrapText(true);
        Label offer = new Label("You can restore one of these backups. The current file is kept aside under a new"
                + " name, never overwritten.");
        offer.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, what, offer, list));
        ButtonType restore = new ButtonType("Restore selected backup", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, quit);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    private static ListView<Backups.Backup> backupList(ObservableList<Backups.Backup> items) {
        ListView<Backups.Backup> list = new ListView<>(items);
        list.setId("backupList");
        list.setPrefHeight(240);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.describe());
            }
        });
        return list;
    }
}
