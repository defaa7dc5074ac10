package org.repdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;

/**
 * The first run's banner above the dashboard: where the new file is, the rep's name (the audit
 * trail says who made each change: "(rep's name not set)" otherwise), a passphrase, the campaign's
 * demands. Dismissed with "Got it"; nothing in it is required.
 */
final class Welcome {

    private final DeskState state;
    private final Runnable loadDemands;

    Welcome(DeskState state, Runnable loadDemands) {
        this.state = state;
        this.loadDemands = loadDemands;
    }

    Node banner() {
        Label text = new Label(Messages.text("shell.welcome.text", String.valueOf(state.desk().dataFile())));
        text.setWrapText(true);
        text.setId("welcome-text");

        // Wide enough for its example whole ("e.e. Sam Rees, cynrychiolydd cangen Napo" was cut at 16 columns).
        TextField name = WholeText.fieldShowingItsPrompt(Messages.text("shell.settings.namePrompt"));
        name.setId("welcome-rep-name");
        name.setPrefColumnCount(16);
        name.setAccessibleHelp(Messages.text("shell.welcome.nameHelp"));
        Label nameLabel = new Label(Messages.text("shell.welcome.name"));
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Button saveName = new Button(Messages.text("shell.welcome.saveName"));
        saveName.setId("welcome-save-name");
        saveName.disableProperty().bind(name.textProperty().isEmpty());
        Label saved = new Label();
        saved.setId("welcome-name-saved");
        Runnable save = () -> state.background().run(state.owner(), Messages.text("shell.settings.notSaved"), () -> {
            state.desk().settings().saveRepName(name.getText());
            return name.getText().strip();
        }, n -> {
            saved.setText(Messages.text("shell.welcome.nameSaved", n));
            name.setDisable(true);
            saveName.setVisible(false);
        });
        saveName.setOnAction(e -> save.run());
        name.setOnAction(e -> {
            if (!name.getText().isBlank()) {
                save.run();
            }
        });

        Button protect = button("welcome-protect", "shell.welcome.protect");
        protect.setOnAction(e -> PassphraseDialog.manage(state));
        protect.disableProperty().bind(state.passphraseProtectedProperty());
        Button load = button("welcome-load-demands", "shell.welcome.loadDemands");
        load.setOnAction(e -> {
            loadDemands.run();
            load.setDisable(true);
        });
        Button ok = button("welcome-ok", "shell.welcome.ok");

        // One row when it fits (1280 wide), wrapping on a small laptop rather than cutting words.
        FlowPane actions = new FlowPane(8, 6, nameLabel, name, saveName, saved, protect, load, ok);
        VBox banner = new VBox(8, text, actions);
        banner.getStyleClass().add("welcome-banner");
        banner.setId("welcome");
        ok.setOnAction(e -> ((Pane) banner.getParent()).getChildren().remove(banner));
        // Asked first: the name goes on every change from the first one.
        javafx.application.Platform.runLater(name::requestFocus);
        return banner;
    }

    private static Button button(String id, String key) {
        Button b = new Button(Messages.text(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
