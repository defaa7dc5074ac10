package org.repdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.dashboard.RepNameNoticeViewModel;

/**
 * The dashboard's question for the rep's name while it is unset: lays out
 * {@link RepNameNoticeViewModel}; "Set your name…" opens Settings on its first tab, You.
 */
final class RepNameNotice extends HBox {

    RepNameNotice(DeskState state) {
        this(new RepNameNoticeViewModel(state.repName()), () -> SettingsDialog.showForTheName(state));
    }

    RepNameNotice(RepNameNoticeViewModel vm, Runnable openSettings) {
        super(10);
        setId("dashboard-name-notice");
        getStyleClass().add("due-soon-notice");
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("due"), true);
        Label text = new Label(vm.text());
        text.setWrapText(true);
        text.setMinHeight(USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button set = new Button(Messages.text("name.notice.set"));
        set.setId("dashboard-name-set");
        set.setMinWidth(USE_PREF_SIZE);
        set.setOnAction(e -> {
            openSettings.run(); // waits until Settings is closed
            vm.afterSettings();
        });
        Button later = new Button(Messages.text("name.notice.later"));
        later.setId("dashboard-name-later");
        later.getStyleClass().addAll("flat", "small");
        later.setMinWidth(USE_PREF_SIZE);
        later.setOnAction(e -> vm.later());
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(text, set, later);
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(vm.shownProperty());
        vm.check();
    }
}
