package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.repdesk.service.DeskPreferences;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Tools ▸ Settings as a test sees it: the one place that knows its node ids (ui/SettingsDialog). */
public final class SettingsHandle {

    private final FxRobot robot;

    SettingsHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Types {@code name} into "Your name" (after what is there). */
    public SettingsHandle typeName(String name) {
        robot.clickOn("#settings-rep-name").write(name);
        return this;
    }

    public TextField nameField() {
        return robot.lookup("#settings-rep-name").queryAs(TextField.class);
    }

    /** Chooses the theme (on the FX thread, as a click on the list would). */
    @SuppressWarnings("unchecked")
    public SettingsHandle chooseTheme(DeskPreferences.Theme theme) {
        ComboBox<DeskPreferences.Theme> box = robot.lookup("#settings-theme").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(theme));
        return this;
    }

    /** Chooses the language. */
    @SuppressWarnings("unchecked")
    public SettingsHandle chooseLanguage(DeskPreferences.Language language) {
        ComboBox<DeskPreferences.Language> box = robot.lookup("#settings-language").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(language));
        return this;
    }

    /** Opens the WMT tab and replaces the field's text ({@code field} as in SettingsViewModel.WMT_FIELDS). */
    public SettingsHandle typeWmt(String field, String text) {
        robot.clickOn(robot.lookup(".tab-pane > .tab-header-area .tab").nth(2).queryAs(javafx.scene.Node.class));
        TextField f = robot.lookup("#settings-wmt-" + field).queryAs(TextField.class);
        robot.interact(() -> f.setText(text));
        return this;
    }

    /** Every problem the dialog lists now, one a line (empty when none). */
    public String problems() {
        return robot.lookup("#settings-problems").queryAs(Label.class).getText();
    }

    public Button saveButton() {
        return robot.lookup("#settings-save").queryAs(Button.class);
    }

    /** The Attendance tab's trigger days: double-clicks the field and types over its two digits. */
    public SettingsHandle typeTriggerDays(String days) {
        robot.doubleClickOn("#attendance-triggerDays").eraseText(2).write(days);
        return this;
    }

    /** Opens the Attendance tab and replaces figure {@code field}'s text (as in AttendanceSettingsViewModel.FIELDS). */
    public SettingsHandle typeAttendance(String field, String text) {
        robot.clickOn(org.repdesk.i18n.Messages.text("absence.setting.tab")); // the tab, by the name the rep sees
        robot.clickOn("#attendance-" + field);
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write(text);
        return this;
    }

    /** What is said under attendance figure {@code field} ("" while nothing is shown). */
    public String attendanceProblem(String field) {
        Label said = robot.lookup("#attendance-" + field + "-problem").queryAs(Label.class);
        return said.isVisible() ? said.getText() : "";
    }

    /** The Settings window is open. */
    public boolean open() {
        return robot.lookup("#settings-save").tryQuery().isPresent();
    }

    public void save() {
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Stages tab: the case types listed beside their stages. */
    public javafx.scene.control.ListView<?> openStages() {
        robot.clickOn(robot.lookup(".tab-pane > .tab-header-area .tab").nth(1).queryAs(javafx.scene.Node.class));
        return robot.lookup("#settings-stage-types").queryAs(javafx.scene.control.ListView.class);
    }

    /**
     * A part of the dialog on any of its tabs, shown or not (a tab's content is there before it is chosen):
     * {@code part} is its id after "settings-", e.g. "stages-capability" or "wmt-poTarget".
     */
    public javafx.scene.Node partOnAnyTab(String part) {
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) nameField().getScene().getRoot().lookup(".tab-pane");
        return tabs.getTabs().stream().map(t -> t.getContent().lookup("#settings-" + part))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }
}
