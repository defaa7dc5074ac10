package org.repdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.service.DeskPreferences;
import org.repdesk.ui.absence.AbsenceWindow;
import org.repdesk.ui.absence.AttendanceSettingsPane;
import org.repdesk.ui.absence.AttendanceSettingsViewModel;
import org.repdesk.ui.common.Labels;

/**
 * Tools ▸ Settings: lays out and binds {@link SettingsViewModel}. "You" (name, language, theme,
 * text size) is this rep's; stages, WMT figures and attendance are kept in the data file.
 */
final class SettingsDialog {

    private SettingsDialog() {
    }

    static void show(DeskState state) {
        show(state, false);
    }

    /**
     * Settings from the dashboard's "Set your name…": the cursor in Your name, its text selected (the
     * dialog's own choice of first focus was Cancel, the only button enabled while the settings are read).
     */
    static void showForTheName(DeskState state) {
        show(state, true);
    }

    private static void show(DeskState state, boolean toTheName) {
        // What the worker reads fills the form as the dialog's own, not the rep's typing, even after their first click.
        java.util.concurrent.atomic.AtomicReference<Dialog<ButtonType>> made = new java.util.concurrent.atomic.AtomicReference<>();
        SettingsViewModel.Runner fillingIn = new SettingsViewModel.Runner() {
            @Override
            public <T> void run(Background.Job<T> job, java.util.function.Consumer<T> done,
                    java.util.function.Consumer<Throwable> failed) {
                state.background().attempt(job, result -> TypedInDialog.filledIn(made.get(), () -> done.accept(result)),
                        failed);
            }
        };
        SettingsViewModel vm = new SettingsViewModel(state.desk().settings(), state.desk().mayChangeSharedSettings(),
                state.preferences(), fillingIn, Styling::use, state.repName()::changed);
        // The attendance policy's figures (issue 18): read and saved on the background worker.
        var attendance = new AttendanceSettingsViewModel(state.desk().settings(),
                AbsenceWindow.runner(state.background(), state.owner()));
        Dialog<ButtonType> dialog = create(vm, attendance);
        made.set(dialog);
        dialog.initOwner(state.owner());
        if (toTheName) {
            focusTheName(dialog, vm);
        }
        vm.load();
        attendance.load();
        dialog.showAndWait();
    }

    /** Once shown (after the dialog's own first focus), the cursor in Your name; its text selected once read, unless typed in before. */
    static void focusTheName(Dialog<ButtonType> dialog, SettingsViewModel vm) {
        // Found by its id in the tabs' own content: the tab pane puts it in the scene only once it has a skin.
        TabPane tabs = (TabPane) dialog.getDialogPane().getContent().lookup(".tab-pane");
        TextField name = tabs.getTabs().stream().map(t -> t.getContent().lookup("#settings-rep-name"))
                .filter(java.util.Objects::nonNull).map(TextField.class::cast).findFirst().orElseThrow();
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        }));
        // Selected on arrival only if nothing was typed before: else the rep's next keystroke would replace it.
        boolean[] typedBefore = {false};
        name.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> typedBefore[0] |= !vm.loadedProperty().get());
        vm.loadedProperty().addListener((o, was, now) -> {
            if (now && name.isFocused() && !typedBefore[0]) {
                name.selectAll();
            }
        });
    }

    static Dialog<ButtonType> create(SettingsViewModel vm, AttendanceSettingsViewModel attendance) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("shell.settings.title"));
        dialog.setHeaderText(Messages.text("shell.settings.heading"));

        // Scrolled: at 700 pixels high, figures' problems said under them would push the last figures out of sight.
        javafx.scene.control.ScrollPane attendancePane = new javafx.scene.control.ScrollPane(
                new AttendanceSettingsPane(attendance));
        attendancePane.setFitToWidth(true);
        Tab attendanceTab = new Tab(Messages.text("absence.setting.tab"), attendancePane);
        TabPane tabs = TabHeaders.followTheirText(new TabPane(youTab(vm), stagesTab(vm), wmtTab(vm), attendanceTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefWidth(620);
        Label problems = new Label();
        problems.setId("settings-problems");
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problems()),
                vm.problems()));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(10, tabs, problems));
        ButtonType saveType = new ButtonType(Messages.text("shell.settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(Messages.text("shell.settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, cancelType);
        var save = dialog.getDialogPane().lookupButton(saveType);
        save.setId("settings-save");
        // Cancel, Esc, Ctrl+W and the close box ask before a changed setting is lost; Save does not.
        TypedInDialog.asksBeforeLosing(dialog);
        // Pressed with an attendance figure wrong, Save shows each such problem beside its figure, then waits.
        save.disableProperty().bind(vm.canSaveProperty().not()
                .or(attendance.showAllProperty().and(attendance.validProperty().not())));
        // Saved on the worker: the dialog closes when the file has them, and stays open (problems listed) if not.
        save.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            boolean restart = vm.languageWaitsForRestart();
            if (!attendance.save(() -> { }).isEmpty()) {
                tabs.getSelectionModel().select(attendanceTab);
                return;
            }
            vm.save(() -> {
                dialog.setResult(saveType);
                dialog.close();
                if (restart) {
                    new FxDialogs(dialog::getOwner).inform(Messages.text("shell.settings.languageHeader"),
                            java.util.List.of(Messages.text("shell.settings.languageLater")));
                }
            });
        });
        return dialog;
    }

    private static Tab youTab(SettingsViewModel vm) {
        TextField repName = WholeText.fieldShowingItsPrompt(Messages.text("shell.settings.namePrompt"));
        repName.setId("settings-rep-name");
        repName.textProperty().bindBidirectional(vm.repNameProperty());
        ComboBox<DeskPreferences.Language> language = choice("settings-language", DeskPreferences.Language.values(),
                "shell.settings.language.");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        ComboBox<DeskPreferences.Theme> theme = choice("settings-theme", DeskPreferences.Theme.values(),
                "shell.settings.theme.");
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        Spinner<Integer> size = new Spinner<>(DeskPreferences.SMALLEST_TEXT_SIZE, DeskPreferences.LARGEST_TEXT_SIZE,
                vm.textSizeProperty().get(), 2);
        size.setId("settings-text-size");
        size.setEditable(false);
        size.setMaxWidth(Double.MAX_VALUE);
        language.setMaxWidth(Double.MAX_VALUE);
        theme.setMaxWidth(Double.MAX_VALUE);
        size.getValueFactory().valueProperty().addListener((o, was, now) -> vm.textSizeProperty().set(now));
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("shell.settings.name"), repName);
        grid.add(Messages.text("shell.settings.language"), language);
        grid.add(Messages.text("shell.settings.theme"), theme);
        grid.add(Messages.text("shell.settings.textSize"), size);
        Label hint = new Label(Messages.text("shell.settings.youHint"));
        hint.setWrapText(true);
        Tab you = new Tab(Messages.text("shell.settings.you"), new VBox(8, hint, grid));
        you.setId("settings-tab-you");
        return you;
    }

    private static Tab stagesTab(SettingsViewModel vm) {
        Label hint = new Label(Messages.text("shell.settings.stagesHint"));
        hint.setWrapText(true);
        // The case types listed beside their stages, not as tabs: six tabs in the dialog's 620 pixels
        // scrolled, "Workload concern" and "Pryder am lwyth gwaith" out of sight behind a menu.
        javafx.scene.control.ListView<CaseType> types = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(CaseType.values()));
        types.setId("settings-stage-types");
        types.setAccessibleText(Messages.text("shell.settings.stages"));
        types.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseType type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : org.repdesk.ui.common.Labels.of(type));
            }
        });
        javafx.scene.text.Font font = WholeText.readingFont();
        double longest = java.util.Arrays.stream(CaseType.values())
                .mapToDouble(t -> WholeText.width(org.repdesk.ui.common.Labels.of(t), font)).max().orElse(0);
        types.setMinWidth(Math.ceil(longest + 3 * font.getSize())); // the cell's padding and the list's border
        types.setPrefWidth(types.getMinWidth());
        // Every type in sight: rows of a fixed height, the list as tall as all six.
        types.setFixedCellSize(Math.ceil(2.8 * font.getSize()));
        types.setPrefHeight(CaseType.values().length * types.getFixedCellSize() + 4);
        types.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.StackPane areas = new javafx.scene.layout.StackPane();
        for (CaseType type : CaseType.values()) {
            TextArea area = new TextArea();
            area.setId("settings-stages-" + type.name().toLowerCase(java.util.Locale.ROOT));
            area.setAccessibleText(Messages.text("shell.settings.stagesOf", org.repdesk.ui.common.Labels.of(type)));
            area.setPrefRowCount(8);
            area.textProperty().bindBidirectional(vm.stagesProperty(type));
            area.visibleProperty().bind(types.getSelectionModel().selectedItemProperty().isEqualTo(type));
            areas.getChildren().add(area);
        }
        types.getSelectionModel().select(0);
        areas.disableProperty().bind(vm.loadedProperty().not()); // typing before the read would be replaced by it
        javafx.scene.layout.HBox.setHgrow(areas, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox typesAndStages = new javafx.scene.layout.HBox(8, types, areas);
        return new Tab(Messages.text("shell.settings.stages"), new VBox(8, hint, officersOnly(vm), typesAndStages));
    }

    private static Tab wmtTab(SettingsViewModel vm) {
        FormGrid grid = new FormGrid();
        for (String f : SettingsViewModel.WMT_FIELDS) {
            TextField field = new TextField();
            field.setId("settings-wmt-" + f);
            field.textProperty().bindBidirectional(vm.wmtProperty(f));
            grid.add(Messages.text("shell.settings.wmt." + f), field);
        }
        Label hint = new Label(Messages.text("shell.settings.wmtHint"));
        hint.setWrapText(true);
        // Not typed in before the figures are read either: the read would replace the typing.
        grid.disableProperty().bind(vm.sharedEditableProperty().not().or(vm.loadedProperty().not()));
        return new Tab(Messages.text("shell.settings.wmt"), new VBox(8, hint, officersOnly(vm), grid));
    }

    /** On a casebook, said to a rep over what only the branch's officers change. */
    private static Label officersOnly(SettingsViewModel vm) {
        Label note = new Label(Messages.text("casebook.settings.officersOnly"));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.visibleProperty().bind(vm.sharedEditableProperty().not());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private static <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, String keyPrefix) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                if (value == null) {
                    return "";
                }
                String key = keyPrefix + value.name().toLowerCase(java.util.Locale.ROOT);
                // "As the computer (now English)": which language that is here.
                return value == DeskPreferences.Language.SYSTEM ? Messages.text(key, Messages.text(
                        "cy".equals(SettingsViewModel.locale(DeskPreferences.Language.SYSTEM).getLanguage())
                                ? "shell.settings.language.welsh" : "shell.settings.language.english"))
                        : Messages.text(key);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
