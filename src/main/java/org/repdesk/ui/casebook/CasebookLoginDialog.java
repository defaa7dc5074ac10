package org.repdesk.ui.casebook;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;
import org.repdesk.model.CasebookAddress;

/**
 * The view of {@link CasebookLoginViewModel}: lays the fields out and binds them; Open is the
 * view-model's. The dialog stays open, with everything typed but the password, until the server
 * says yes or the rep cancels.
 */
public final class CasebookLoginDialog {

    private final Dialog<RepDesk> dialog = new Dialog<>();
    private final CasebookLoginViewModel vm;
    private final ButtonType open = new ButtonType(Messages.text("casebook.login.open"), ButtonBar.ButtonData.OK_DONE);
    private RepDesk opened;

    public CasebookLoginDialog(Window owner, CasebookLoginViewModel vm) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("casebook.login.title"));
        dialog.setHeaderText(Messages.text("casebook.login.header"));
        dialog.getDialogPane().setId("casebook-login");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(260);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        if (!vm.recent().isEmpty()) {
            ComboBox<CasebookAddress> recentBox = new ComboBox<>(vm.recent());
            recentBox.setId("casebook-recent");
            recentBox.setMaxWidth(Double.MAX_VALUE);
            recentBox.setConverter(new StringConverter<>() {
                @Override
                public String toString(CasebookAddress a) {
                    return a == null ? "" : a.describe();
                }

                @Override
                public CasebookAddress fromString(String s) {
                    return null;
                }
            });
            recentBox.setPromptText(Messages.text("casebook.login.recentPrompt"));
            recentBox.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    vm.choose(now);
                }
            });
            row = field(grid, row, "casebook.login.recent", recentBox, null);
        }
        TextField server = text("casebook-server", vm.serverProperty());
        server.setPromptText("casework.example.org");
        TextField port = text("casebook-port", vm.portProperty());
        port.setPrefColumnCount(6);
        TextField database = text("casebook-database", vm.databaseProperty());
        TextField login = text("casebook-login-name", vm.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("casebook-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setAccessibleText(Messages.text("casebook.login.password"));
        row = field(grid, row, "casebook.login.server", server, vm.serverProblemProperty());
        row = field(grid, row, "casebook.login.port", port, vm.portProblemProperty());
        row = field(grid, row, "casebook.login.database", database, vm.databaseProblemProperty());
        row = field(grid, row, "casebook.login.login", login, vm.loginProblemProperty());
        row = field(grid, row, "casebook.login.password", password, null);
        CheckBox tls = new CheckBox(Messages.text("casebook.login.tls"));
        tls.setId("casebook-tls");
        tls.selectedProperty().bindBidirectional(vm.verifiedTlsProperty());
        tls.setWrapText(true);
        tls.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(tls, 1, row++);

        Label failure = new Label();
        failure.setId("casebook-failure");
        failure.getStyleClass().add("problems");
        failure.setWrapText(true);
        failure.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut off
        failure.textProperty().bind(vm.failureProperty());
        // The window grows to show the whole reason (and shrinks back when it is cleared).
        failure.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        failure.visibleProperty().bind(failure.managedProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.openingProperty());
        Label workingText = new Label(Messages.text("casebook.login.opening"));
        workingText.visibleProperty().bind(vm.openingProperty());
        HBox progress = new HBox(8, working, workingText);
        progress.managedProperty().bind(vm.openingProperty()); // no gap in the form while nothing is opening
        progress.visibleProperty().bind(vm.openingProperty());
        Label privacy = new Label(Messages.text("casebook.login.privacy"));
        privacy.setWrapText(true);
        privacy.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        privacy.getStyleClass().add("muted");

        VBox box = new VBox(10, grid, failure, progress, privacy);
        box.setPrefWidth(480);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(open, org.repdesk.ui.Buttons.cancel());
        Node openButton = dialog.getDialogPane().lookupButton(open);
        openButton.setId("casebook-open");
        // Cancel, Esc, Ctrl+W and the close box ask once something is typed (a password too); Open does not.
        org.repdesk.ui.TypedInDialog.asksBeforeLosing(dialog);
        openButton.disableProperty().bind(vm.canOpenProperty().not());
        for (Node n : new Node[] {server, port, database, login, password, tls}) {
            n.disableProperty().bind(vm.openingProperty());
        }
        // Open tries; the dialog closes only once the server has said yes.
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.open(desk -> {
                opened = desk;
                dialog.setResult(desk);
                dialog.close();
            });
        });
        // A refusal: the password (cleared) is typed again.
        vm.failureProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                password.requestFocus();
            }
        });
        dialog.setResultConverter(b -> b == open ? opened : null);
        dialog.setOnShown(e -> (vm.serverProperty().get().isBlank() ? server : password).requestFocus());
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** A labelled field with its problem (if any) under it, shown only when there is one. */
    private int field(GridPane grid, int row, String labelKey, javafx.scene.control.Control field,
            ObservableStringValue problem) {
        Label label = new Label(Messages.text(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setAccessibleText(Messages.text(labelKey));
        field.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(field, 1, row++);
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                vm.revealProblems();
            }
        });
        if (problem != null) {
            Label says = new Label();
            says.getStyleClass().add("field-problem");
            says.setWrapText(true);
            says.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            says.textProperty().bind(problem);
            says.managedProperty().bind(Bindings.isNotEmpty(says.textProperty()));
            says.visibleProperty().bind(says.managedProperty());
            grid.add(says, 1, row++);
        }
        return row;
    }

    /** Shows the dialog and waits: the opened casebook, or empty when the rep cancelled. */
    public Optional<RepDesk> showAndWait() {
        return dialog.showAndWait();
    }

    /** The dialog itself (tests find their way in through it). */
    public Dialog<RepDesk> dialog() {
        return dialog;
    }
}
