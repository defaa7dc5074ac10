package org.repdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Backups;
import org.repdesk.store.StoreException;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.protection.BackupsViewModel;

/**
 * File ▸ Backups…: the backups kept beside the data file, "Back up now", and restore (from the list
 * or from a file) after a check and a confirmation. Also offered at start when the data file
 * cannot be opened and a backup exists. Lays out and binds {@link BackupsViewModel}.
 */
public final class BackupDialog {

    private BackupDialog() {
    }

    /** The dialog over the open data file. A restore closes RepDesk, which then starts on the restored file. */
    public static void show(DeskState state) {
        show(state, BackupsViewModel.of(state.desk(), Runner.of(state, state::owner), state.dialogs(),
                Platform::runLater, Platform::exit, Clock.systemDefaultZone()));
    }

    static void show(DeskState state, BackupsViewModel vm) {
        ListView<Backups.Backup> list = backupList(vm.items());
        vm.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("screens.backups.title"));
        dialog.setHeaderText(Messages.text("screens.backups.header",
                Map.of("file", String.valueOf(state.desk().dataFile().getFileName()))));
        Label hint = new Label();
        hint.setId("backups-hint");
        hint.textProperty().bind(vm.hintProperty());
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        Button backUpNow = new Button(Messages.text("screens.backups.now"));
        backUpNow.setId("backups-now");
        Button restore = new Button(Messages.text("screens.backups.restoreSelected"));
        restore.setId("backups-restore");
        Button restoreFile = new Button(Messages.text("screens.backups.restoreFile"));
        restoreFile.setId("backups-restore-file");
        restore.disableProperty().bind(vm.cannotRestoreSelected());
        restoreFile.disableProperty().bind(vm.checkingProperty().isNotEmpty());
        backUpNow.setOnAction(e -> vm.backUpNow());
        restore.setOnAction(e -> vm.restoreSelected());
        restoreFile.setOnAction(e -> vm.restoreFromFile());
        // How many automatic snapshots to keep (the rep's own are never rotated away).
        Spinner<Integer> keep = WholeNumberSpinner.of("backups-keep", 1, 1000, vm.keepProperty(), 90);
        Button saveKeep = new Button(Messages.text("screens.backups.saveKeep"));
        saveKeep.setId("backups-keep-save");
        saveKeep.setOnAction(e -> vm.saveKeep());
        Label keepLabel = new Label(Messages.text("screens.backups.keepLabel"));
        keepLabel.setLabelFor(keep);
        Label keepTail = new Label(Messages.text("screens.backups.keepTail"));
        HBox keepRow = new HBox(8, keepLabel, keep, keepTail, saveKeep);
        keepRow.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(backUpNow, restore, restoreFile, saveKeep)) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        // The backup's full check takes seconds on a large file: a bar under the buttons shows how far it is.
        ProgressBar checking = new ProgressBar();
        checking.setId("backups-checking");
        checking.setMaxWidth(Double.MAX_VALUE);
        checking.progressProperty().bind(vm.progressProperty());
        Label checkingLabel = new Label();
        checkingLabel.textProperty().bind(vm.checkingProperty());
        VBox checkingBox = new VBox(4, checkingLabel, checking);
        checkingBox.visibleProperty().bind(vm.checkingProperty().isNotEmpty());
        checkingBox.managedProperty().bind(checkingBox.visibleProperty());
        VBox content = new VBox(8, hint, list, new FlowPane(8, 6, backUpNow, restore, restoreFile), keepRow,
                checkingBox);
        content.getStyleClass().add("backup-dialog");
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(Buttons.close());
        vm.reload();
        dialog.showAndWait();
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
        dialog.setTitle(Messages.text("screens.cannotOpen.title"));
        dialog.setHeaderText(Messages.text("screens.cannotOpen.header", Map.of("file", String.valueOf(dataFile.getFileName()))));
        Label what = new Label(problem.getMessage());
        what.setWrapText(true);
        Label offer = new Label(Messages.text("screens.backups.offer"));
        offer.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, what, offer, list));
        ButtonType restore = new ButtonType(Messages.text("screens.backups.offerRestore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.text("screens.passphrase.open.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, quit);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    private static ListView<Backups.Backup> backupList(ObservableList<Backups.Backup> items) {
        ListView<Backups.Backup> list = new ListView<>(items);
        list.setId("backupList");
        list.setAccessibleText(Messages.text("screens.backups.title")); // a screen reader's name for the list
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
