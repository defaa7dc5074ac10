package org.repdesk.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.Navigation.Screen;

/** The buttons beside the screens, one per screen this desk may show; the shown screen's stays pressed. */
final class NavigationBar {

    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final ToggleGroup group = new ToggleGroup();
    private final VBox bar;

    /** Buttons that select on {@code navigation}, and {@code note} at the foot. */
    NavigationBar(Navigation navigation, Node note) {
        Label brand = new Label("RepDesk");
        brand.getStyleClass().add("brand");
        bar = new VBox(6, brand);
        for (Screen s : Screen.values()) {
            if (s.buttonId() == null) {
                continue;
            }
            ToggleButton b = new ToggleButton(s.title());
            b.setId(s.buttonId());
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.setAccessibleHelp(Messages.text("shell.nav.help", s.title()));
            b.setOnAction(e -> navigation.select(s));
            // A casebook's reader (a regional negotiator): the branch's figures, never its rows.
            b.setVisible(navigation.allows(s));
            b.setManaged(navigation.allows(s));
            buttons.put(s, b);
            bar.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, note);
        bar.getStyleClass().add("nav-bar");
        // Its button stays pressed (a second click on a toggle would let it go), the others not.
        navigation.follow(screen -> group.selectToggle(buttons.get(screen)));
        // Made after the first screen was selected (its own step at start): that one pressed already.
        Screen shown = navigation.selectedProperty().get();
        if (shown != null) {
            group.selectToggle(buttons.get(shown));
        }
    }

    /** The bar, for the window's left side. */
    VBox bar() {
        return bar;
    }
}
