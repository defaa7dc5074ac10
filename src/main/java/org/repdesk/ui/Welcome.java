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
import org.repdesk.ui.papers.Runner;

/**
 * The first run's banner above the dashboard: where the new file is, the rep's name, a passphrase,
 * the campaign's demands. Dismissed with "Got it"; nothing in it is required. Shown only with the
 * dashboard: above the other screens it took their height (at 1280x780 a case form's tabs were below
 * the fold). Lays out and binds its {@link WelcomeViewModel}.
 */
final class Welcome {

    private final DeskState state;
    private final WelcomeViewModel vm;

    Welcome(DeskState state, Runnable loadDemands) {
        this.state = state;
        this.vm = new WelcomeViewModel(String.valueOf(state.desk().dataFile()), Runner.of(state, state::owner),
                state.desk().settings(), state.repName(), loadDemands);
    }

    /** The banner, shown while {@code onDashboard} holds, until dismissed. */
    Node banner(javafx.beans.value.ObservableBooleanValue onDashboard) {
        Label text = new Label(vm.text());
        text.setWrapText(true);
        text.setId("welcome-text");

        // Wide enough for its example whole ("e.e. Sam Rees, cynrychiolydd cangen Napo" was cut at 16 columns).
        TextField name = WholeText.fieldShowingItsPrompt(Messages.text("shell.settings.namePrompt"));
        name.setId("welcome-rep-name");
        name.setPrefColumnCount(16);
        name.setAccessibleHelp(Messages.text("shell.welcome.nameHelp"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.disableProperty().bind(vm.nameKeptProperty());
        Label nameLabel = new Label(Messages.text("shell.welcome.name"));
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Button saveName = new Button(Messages.text("shell.welcome.saveName"));
        saveName.setId("welcome-save-name");
        saveName.disableProperty().bind(vm.canSaveNameProperty().not());
        saveName.visibleProperty().bind(vm.nameKeptProperty().not());
        saveName.managedProperty().bind(saveName.visibleProperty()); // no gap before the thanks
        saveName.setOnAction(e -> vm.saveName());
        name.setOnAction(e -> vm.saveName());
        Label problem = FormDialog.problems(vm.nameProblem().shownProperty(), "welcome-name-problem");
        Label saved = new Label();
        saved.setId("welcome-name-saved");
        saved.textProperty().bind(vm.nameSavedProperty());

        Button protect = button("welcome-protect", "shell.welcome.protect");
        protect.setOnAction(e -> PassphraseDialog.manage(state));
        protect.disableProperty().bind(state.passphraseProtectedProperty());
        Button load = button("welcome-load-demands", "shell.welcome.loadDemands");
        load.setOnAction(e -> vm.loadDemands());
        load.disableProperty().bind(vm.demandsAskedProperty());
        Button ok = button("welcome-ok", "shell.welcome.ok");
        ok.setOnAction(e -> vm.dismiss());

        // One row when it fits (1280 wide), wrapping on a small laptop rather than cutting words.
        FlowPane actions = new FlowPane(8, 6, nameLabel, name, saveName, problem, saved, protect, load, ok);
        VBox banner = new VBox(8, text, actions);
        banner.getStyleClass().add("welcome-banner");
        banner.setId("welcome");
        banner.visibleProperty().bind(onDashboard);
        banner.managedProperty().bind(onDashboard);
        vm.dismissedProperty().addListener((o, was, gone) -> {
            if (gone && banner.getParent() instanceof Pane parent) {
                parent.getChildren().remove(banner);
            }
        });
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
