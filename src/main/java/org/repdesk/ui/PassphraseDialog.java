package org.repdesk.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.repdesk.service.Protection;

/**
 * Asking for the passphrase that protects the data file, and setting, changing or removing it.
 * The passphrase leaves the field as a char[] and is wiped once used.
 */
public final class PassphraseDialog {

    private static final String NO_RECOVERY = "There is no way to recover a forgotten passphrase: without it the"
            + " data file and its backups cannot be read by anyone, you included. Keep it in your union's password"
            + " manager or somewhere as safe.";

    private PassphraseDialog() {
    }

    /** What the rep chose at the start-up prompt. */
    public enum Choice { OPEN, RESTORE, QUIT }

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
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("RepDesk");
        dialog.setHeaderText(file.getFileName() + " is protected with a passphrase");
        PasswordField field = new PasswordField();
        field.setId("open-passphrase");
        field.setPromptText("Passphrase");
        Label where = new Label("Enter the passphrase to open " + file + ".");
        where.setWrapText(true);
        Label never = new Label("Never set a passphrase? Then this file is not one RepDesk can read: it may be"
                + " damaged, or another program's. It is left untouched"
                + (backupsExist ? "; you can restore a backup instead." : "."));
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
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        ButtonType restore = new ButtonType("Restore a backup…", ButtonBar.ButtonData.LEFT);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
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
        return new Answer(chosen.filter(restore::equals).isPresent() ? Choice.RESTORE : Choice.QUIT, null);
    }

    /** Tools ▸ Passphrase: protect a plain file, or change or remove the passphrase of a protected one. */
    static void manage(DeskState state) {
        Protection protection = state.desk().protection();
        boolean isProtected = protection.isProtected();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle("Passphrase");
        dialog.setHeaderText(isProtected ? "The data file is protected with a passphrase"
                : "Protect the data file with a passphrase");
        Label about = new Label(isProtected
                ? "Change the passphrase, or remove it. The file's backups follow the change."
                : "With a passphrase the data file and its backups are encrypted (AES-256), so a lost or stolen"
                        + " laptop, or a copied file, reveals nothing. RepDesk asks for it each time it starts.");
        about.setWrapText(true);
        PasswordField current = new PasswordField();
        current.setId("current-passphrase");
        PasswordField next = new PasswordField();
        next.setId("new-passphrase");
        next.setPromptText("at least " + Protection.MINIMUM_LENGTH + " characters, e.g. three random words");
        PasswordField repeated = new PasswordField();
        repeated.setId("repeat-passphrase");
        FormGrid grid = new FormGrid();
        if (isProtected) {
            grid.add("_Current passphrase", current);
        }
        grid.add(isProtected ? "_New passphrase" : "_Passphrase", next);
        grid.add("_Repeat it", repeated);
        Label problems = FormDialog.problems();
        problems.setId("passphrase-problems");
        Label warning = new Label(NO_RECOVERY);
        warning.setWrapText(true);
        warning.getStyleClass().add("hint");
        VBox content = new VBox(10, about, grid, problems, warning);
        content.setPrefWidth(560);
        // Wrapped labels keep their full height instead of ending in "…" when the dialog is sized.
        for (Label l : List.of(about, problems, warning)) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);

        ButtonType protect = new ButtonType(isProtected ? "Change passphrase" : "Protect the file",
                ButtonBar.ButtonData.OK_DONE);
        ButtonType remove = new ButtonType("Remove passphrase…", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(protect);
        if (isProtected) {
            dialog.getDialogPane().getButtonTypes().add(remove);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);

        // Problems shown as the rep types, once there is something to judge.
        Runnable check = () -> {
            List<String> found = next.getText().isEmpty() && repeated.getText().isEmpty() ? List.of()
                    : Protection.problemsWith(next.getText().toCharArray(), repeated.getText().toCharArray());
            String text = String.join("\n", found);
            if (!text.equals(problems.getText())) {
                problems.setText(text);
                // The window grows or shrinks with the list of problems, so none is cut off.
                javafx.application.Platform.runLater(() -> {
                    if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                });
            }
        };
        next.textProperty().addListener((o, a, b) -> check.run());
        repeated.textProperty().addListener((o, a, b) -> check.run());
        Button protectButton = (Button) dialog.getDialogPane().lookupButton(protect);
        protectButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        protectButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !Protection.problemsWith(next.getText().toCharArray(), repeated.getText().toCharArray()).isEmpty()
                        || isProtected && current.getText().isEmpty(),
                next.textProperty(), repeated.textProperty(), current.textProperty()));
        if (isProtected) {
            Button removeButton = (Button) dialog.getDialogPane().lookupButton(remove);
            removeButton.disableProperty().bind(current.textProperty().isEmpty());
            removeButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dialog.setOnShown(e -> (isProtected ? current : next).requestFocus());

        Optional<ButtonType> chosen = dialog.showAndWait();
        char[] currentChars = current.getText().toCharArray();
        char[] nextChars = next.getText().toCharArray();
        char[] repeatedChars = repeated.getText().toCharArray();
        current.clear();
        next.clear();
        repeated.clear();
        if (chosen.filter(protect::equals).isPresent()) {
            var task = state.background().run(state.owner(), "The passphrase was not changed",
                    () -> {
                        try {
                            return protection.change(currentChars, nextChars, repeatedChars);
                        } finally {
                            wipe(currentChars, nextChars, repeatedChars);
                        }
                    },
                    changed -> {
                        state.protectionChanged();
                        Alerts.info(state.owner(), isProtected ? "Passphrase changed" : "The data file is protected",
                                changed.describe());
                    });
            Working.showWhile(state.owner(), "Encrypting the data file and its backups with the new passphrase…"
                    + " A large file takes a minute; nothing can be lost if the computer stops meanwhile.", task);
        } else if (chosen.filter(remove::equals).isPresent()
                && Alerts.confirm(state.owner(), "Remove the passphrase?", "The data file and its backups will be"
                        + " stored as plain text again: anyone who gets a copy of them, or the laptop, can read"
                        + " members' health and membership details.", "Remove passphrase")) {
            wipe(nextChars, repeatedChars);
            var task = state.background().run(state.owner(), "The passphrase was not removed",
                    () -> {
                        try {
                            return protection.remove(currentChars);
                        } finally {
                            wipe(currentChars);
                        }
                    },
                    changed -> {
                        state.protectionChanged();
                        Alerts.info(state.owner(), "Passphrase removed", changed.describe());
                    });
            Working.showWhile(state.owner(), "Decrypting the data file and its backups…", task);
        } else {
            wipe(currentChars, nextChars, repeatedChars);
        }
    }

    private static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            Arrays.fill(s, '\0');
        }
    }
}
