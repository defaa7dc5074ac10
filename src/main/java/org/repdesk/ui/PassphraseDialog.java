package org.repdesk.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Protection;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.protection.PassphraseViewModel;

/**
 * Asking for the passphrase that protects the data file, and setting, changing or removing it.
 * The passphrase leaves the field as a char[] and is wiped once used.
 */
public final class PassphraseDialog {

    private PassphraseDialog() {
    }

    /** What the rep chose at the start-up prompt. */
    /** QUIT: the start's prompt's Quit; CANCEL: the prompt while RepDesk runs, not opening the file. */
    public enum Choice { OPEN, RESTORE, QUIT, CANCEL }

    /** The rep's answer: the choice, and the passphrase when it is OPEN (the caller wipes it). */
    public record Answer(Choice choice, char[] passphrase) {
    }

    /**
     * At start, for a file that looks protected: asks for its passphrase. A file that is damaged at
     * its very start, or another program's, looks the same, so the rep who never set a passphrase is
     * told so, and can restore a backup from here when there is one.
     *
     * @param problem shown above the field (e.g. "The passphrase is not right"), or null the first time
     * @param backupsExist whether to offer "Restore a backup…"
     */
    public static Answer askToOpen(Path file, String problem, boolean backupsExist) {
        return askToOpen(null, file, problem, backupsExist);
    }

    /**
     * While RepDesk is running (going back to the rep's own file, a file brought into a casebook): over
     * {@code owner}, and Cancel, not Quit, since not opening it quits nothing. The answer is OPEN or CANCEL.
     */
    public static Answer askToOpen(Window owner, Path file) {
        return askToOpen(owner, file, null, false);
    }

    /** As {@link #askToOpen(Window, Path)}, saying {@code problem} above the field (the passphrase given was not right). */
    static Answer askToOpen(Window owner, Path file, String problem) {
        return askToOpen(owner, file, problem, false);
    }

    private static Answer askToOpen(Window owner, Path file, String problem, boolean backupsExist) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.text("shell.dialog.title"));
        dialog.setHeaderText(Messages.text("screens.passphrase.open.header", Map.of("file", String.valueOf(file.getFileName()))));
        PasswordField field = new PasswordField();
        field.setId("open-passphrase");
        field.setPromptText(Messages.text("screens.passphrase.open.prompt"));
        Label where = new Label(Messages.text("screens.passphrase.open.where", Map.of("file", file.toString())));
        where.setWrapText(true);
        Label never = new Label(Messages.text(backupsExist ? "screens.passphrase.open.neverSetBackups"
                : "screens.passphrase.open.neverSet"));
        never.setWrapText(true);
        never.getStyleClass().add("hint");
        VBox content = new VBox(8, where, field, never);
        if (problem != null) {
            Label wrong = new Label(problem);
            wrong.getStyleClass().add("problems");
            wrong.setWrapText(true);
            content.getChildren().add(1, wrong);
        }
        content.setPrefWidth(480);
        content.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(Messages.text("screens.passphrase.open.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType restore = new ButtonType(Messages.text("screens.passphrase.open.restore"), ButtonBar.ButtonData.LEFT);
        ButtonType quit = owner != null ? Buttons.cancel()
                : new ButtonType(Messages.text("screens.passphrase.open.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, quit);
        if (backupsExist) {
            dialog.getDialogPane().getButtonTypes().add(restore);
            ((Button) dialog.getDialogPane().lookupButton(restore)).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(e -> field.requestFocus());
        Optional<ButtonType> chosen = dialog.showAndWait();
        char[] passphrase = field.getText().toCharArray();
        field.clear();
        if (chosen.filter(open::equals).isPresent()) {
            return new Answer(Choice.OPEN, passphrase);
        }
        Arrays.fill(passphrase, '\0');
        if (chosen.filter(restore::equals).isPresent()) {
            return new Answer(Choice.RESTORE, null);
        }
        return new Answer(owner != null ? Choice.CANCEL : Choice.QUIT, null);
    }

    /** Tools ▸ Passphrase: protect a plain file, or change or remove the passphrase of a protected one. */
    static void manage(DeskState state) {
        manage(state, PassphraseViewModel.of(state.desk().protection(), Runner.of(state, state::owner),
                state.dialogs(), state::protectionChanged));
    }

    /** The dialog laid out over {@code vm}; it stays open until the change is made or the rep cancels. */
    static void manage(DeskState state, PassphraseViewModel vm) {
        boolean isProtected = vm.isProtected();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("screens.passphrase.title"));
        dialog.setHeaderText(Messages.text(isProtected ? "screens.passphrase.header.protected"
                : "screens.passphrase.header.plain"));
        Label about = new Label(Messages.text(isProtected ? "screens.passphrase.about.protected"
                : "screens.passphrase.about.plain"));
        about.setWrapText(true);
        PasswordField current = secret("current-passphrase", vm.currentProperty());
        PasswordField next = secret("new-passphrase", vm.nextProperty());
        next.setPromptText(Messages.text("screens.passphrase.prompt", Map.of("min", Protection.MINIMUM_LENGTH)));
        PasswordField repeated = secret("repeat-passphrase", vm.repeatedProperty());
        FormGrid grid = new FormGrid();
        if (isProtected) {
            grid.add(Messages.text("screens.passphrase.current"), current);
            grid.addProblem(vm.currentProblem().shownProperty()).setId("current-passphrase-problem");
        }
        grid.add(Messages.text(isProtected ? "screens.passphrase.new" : "screens.passphrase.passphrase"), next);
        grid.addProblem(vm.nextProblem().shownProperty()).setId("new-passphrase-problem");
        Label strength = new Label();
        strength.setId("passphrase-strength");
        strength.getStyleClass().add("muted");
        strength.textProperty().bind(vm.strengthProperty());
        strength.visibleProperty().bind(vm.strengthProperty().isNotEmpty());
        strength.managedProperty().bind(strength.visibleProperty());
        grid.add("", strength);
        grid.add(Messages.text("screens.passphrase.repeat"), repeated);
        grid.addProblem(vm.repeatedProblem().shownProperty()).setId("repeat-passphrase-problem");
        // Leaving a field judges it, even when not typed in.
        current.focusedProperty().addListener((o, a, now) -> {
            if (!now) {
                vm.currentProblem().touch();
            }
        });
        repeated.focusedProperty().addListener((o, a, now) -> {
            if (!now) {
                vm.repeatedProblem().touch();
            }
        });
        Label refusal = FormDialog.problems();
        refusal.setId("passphrase-problems");
        refusal.textProperty().bind(vm.refusalProperty());
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Label warning = new Label(Messages.text("screens.passphrase.noRecovery"));
        warning.setWrapText(true);
        warning.getStyleClass().add("hint");
        VBox content = new VBox(10, about, grid, refusal, warning);
        content.setPrefWidth(560);
        // Wrapped labels keep their full height instead of ending in "…" when the dialog is sized.
        for (Label l : List.of(about, refusal, warning)) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);

        ButtonType protect = new ButtonType(Messages.text(isProtected ? "screens.passphrase.change"
                : "screens.passphrase.protect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType(Messages.text("screens.passphrase.remove"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(protect);
        if (isProtected) {
            dialog.getDialogPane().getButtonTypes().add(remove);
        }
        dialog.getDialogPane().getButtonTypes().add(Buttons.cancel());
        // Cancel, Esc, Ctrl+W and the close box ask once a passphrase is typed (only that one is, never its text).
        TypedInDialog.asksBeforeLosing(dialog);
        Button protectButton = (Button) dialog.getDialogPane().lookupButton(protect);
        protectButton.setId("passphrase-protect");
        protectButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        protectButton.disableProperty().bind(vm.cannotProtect());
        // The dialog stays open while the file is re-encrypted: a refusal is said in it, all typed kept.
        protectButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.protect();
        });
        if (isProtected) {
            Button removeButton = (Button) dialog.getDialogPane().lookupButton(remove);
            removeButton.setId("passphrase-remove");
            removeButton.disableProperty().bind(vm.cannotRemove());
            removeButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            removeButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                vm.remove();
            });
        }
        Stage[] working = new Stage[1];
        vm.workingProperty().addListener((o, was, now) -> {
            if (now.isEmpty() && working[0] != null) {
                working[0].close();
                working[0] = null;
            } else if (!now.isEmpty() && working[0] == null) {
                working[0] = Working.show(dialog.getDialogPane().getScene().getWindow(), now);
            }
        });
        vm.finishedProperty().addListener((o, was, now) -> {
            if (now) {
                dialog.close();
            }
        });
        // The window grows or shrinks as problems come and go, so none is cut off and the buttons stay in view.
        javafx.beans.InvalidationListener resize = o -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        for (javafx.beans.value.ObservableStringValue said : List.of(vm.currentProblem().shownProperty(),
                vm.nextProblem().shownProperty(), vm.repeatedProblem().shownProperty(), vm.strengthProperty(),
                vm.refusalProperty())) {
            said.addListener(resize);
        }
        grid.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        dialog.setOnShown(e -> (isProtected ? current : next).requestFocus());
        dialog.showAndWait();
        vm.clear();
    }

    private static PasswordField secret(String id, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
