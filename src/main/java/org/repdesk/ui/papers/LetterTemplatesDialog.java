package org.repdesk.ui.papers;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.MergeField;
import org.repdesk.service.LetterService;
import org.repdesk.ui.DeskState;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.FxDialogs;
import org.repdesk.ui.FormGrid;

/**
 * Tools ▸ Letter templates…: the list on the left; the one chosen on the right, its English and
 * Welsh texts on two tabs; the fields a template may use listed below (double-click puts one in at
 * the cursor). Lays out and binds {@link LetterTemplatesViewModel}.
 */
public final class LetterTemplatesDialog {

    private LetterTemplatesDialog() {
    }

    public static void show(DeskState state) {
        LetterTemplatesViewModel vm = new LetterTemplatesViewModel(state.desk().letters(),
                Runner.of(state, state::owner));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("letters.templates.title"));
        dialog.setHeaderText(Messages.text("letters.templates.header"));
        dialog.setResizable(true);

        ListView<LetterService.Listed> list = new ListView<>(vm.templates());
        list.setId("templates-list");
        list.setPrefWidth(280);
        list.setCellFactory(l -> new ListedCell());
        vm.editingProperty().addListener((o, a, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                if (now == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(now);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == null || now == vm.editingProperty().get()) {
                return;
            }
            // Choosing another template with unsaved edits asks first; Cancel stays on this one.
            if (vm.hasUnsavedChanges()) {
                Dialogs.Unsaved answer = state.dialogs().askAboutUnsaved(what(vm));
                if (answer == Dialogs.Unsaved.CANCEL
                        || answer == Dialogs.Unsaved.SAVE && !vm.saveThen(() -> { })) {
                    javafx.application.Platform.runLater(() -> list.getSelectionModel().select(vm.editingProperty().get()));
                    return;
                }
                if (answer == Dialogs.Unsaved.SAVE) {
                    return; // saved: the list is read again and keeps the saved one chosen
                }
            }
            vm.edit(now);
        });

        TextField name = new TextField();
        name.setId("template-name");
        name.setPromptText(Messages.text("letters.templates.name-prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.editableProperty().bind(vm.nameEditableProperty());
        FormGrid top = new FormGrid();
        top.add(Messages.text("letters.templates.name"), name);

        TextField titleEn = field("template-title-en", vm.titleEnProperty());
        TextArea bodyEn = body("template-body-en", vm.bodyEnProperty());
        TextField titleCy = field("template-title-cy", vm.titleCyProperty());
        TextArea bodyCy = body("template-body-cy", vm.bodyCyProperty());
        Tab english = new Tab(Messages.text("letters.templates.english"), language(titleEn, bodyEn));
        Tab welsh = new Tab(Messages.text("letters.templates.welsh"), language(titleCy, bodyCy));
        TabPane languages = new TabPane(english, welsh);
        languages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(languages, Priority.ALWAYS);

        ListView<MergeField> fields = new ListView<>();
        fields.getItems().setAll(MergeField.values());
        fields.setId("template-fields");
        fields.setPrefHeight(120);
        fields.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MergeField f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.inBraces() + "  " + f.label());
            }
        });
        fields.setOnMouseClicked(e -> {
            MergeField f = fields.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && f != null) {
                TextInputControl into = languages.getSelectionModel().getSelectedItem() == welsh ? bodyCy : bodyEn;
                into.insertText(into.getCaretPosition(), f.inBraces());
                into.requestFocus();
            }
        });
        Label fieldsLabel = new Label(Messages.text("letters.templates.fields"));
        fieldsLabel.getStyleClass().add("muted");
        fieldsLabel.setWrapText(true);
        fieldsLabel.setMinHeight(Label.USE_PREF_SIZE); // wrapped whole, not cut at one line

        Label problems = new Label();
        problems.setId("template-problems");
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.setMinHeight(Label.USE_PREF_SIZE);
        problems.textProperty().bind(vm.problemsProperty());
        Label status = new Label();
        status.setId("template-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());

        Button newOne = new Button(Messages.text("letters.templates.new"));
        newOne.setId("template-new");
        newOne.setOnAction(e -> {
            if (!vm.hasUnsavedChanges() || state.dialogs().askAboutUnsaved(what(vm))
                    == Dialogs.Unsaved.DISCARD) {
                vm.newTemplate();
                name.requestFocus();
            }
        });
        Button save = new Button(Messages.text("letters.templates.save"));
        save.setId("template-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.saveThen(() -> { }));
        Button restore = new Button();
        restore.setId("template-restore");
        restore.textProperty().bind(vm.restoreTextProperty());
        restore.disableProperty().bind(vm.canRestoreProperty().not());
        restore.setOnAction(e -> {
            LetterService.Listed l = vm.editingProperty().get();
            // Over the templates dialog, not the main window behind it.
            if (l != null && new FxDialogs(() -> dialog.getDialogPane().getScene().getWindow()).confirm(
                    Messages.text(l.shipped() ? "letters.templates.restore-question" : "letters.templates.delete-question",
                            Map.of("title", l.template().title())),
                    Messages.text(l.shipped() ? "letters.templates.restore-detail" : "letters.templates.delete-detail"),
                    restore.getText())) {
                vm.restoreOrDelete();
            }
        });
        HBox buttons = new HBox(8, newOne, save, restore);

        VBox form = new VBox(8, top, languages, fieldsLabel, fields, problems, buttons, status);
        HBox.setHgrow(form, Priority.ALWAYS);
        list.setMinWidth(260); // the longest Welsh title on two lines
        HBox content = new HBox(12, list, form);
        dialog.getDialogPane().setContent(content);
        // Sized as a whole: given only to its content, the pane came out narrower and hid the list.
        dialog.getDialogPane().setPrefSize(920, 640);
        ButtonType close = new ButtonType(Messages.text("letters.templates.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        Node closeButton = dialog.getDialogPane().lookupButton(close);
        closeButton.setId("templates-close");
        // Closing (the button, Escape or the window's box) with unsaved edits asks Save / Discard / Cancel.
        boolean[] answered = {false};
        dialog.setOnCloseRequest(e -> {
            if (answered[0] || !vm.hasUnsavedChanges()) {
                return;
            }
            switch (state.dialogs().askAboutUnsaved(what(vm))) {
                // Closing goes on: a dialog.close() from in here is ignored (the dialog is closing already),
                // and Discard left the dialog open, asking again at the next try.
                case DISCARD -> answered[0] = true;
                case SAVE -> {
                    e.consume();
                    vm.saveThen(() -> {
                        answered[0] = true;
                        dialog.close();
                    });
                }
                case CANCEL -> e.consume();
            }
        });
        vm.load(null);
        dialog.showAndWait();
    }

    private static String what(LetterTemplatesViewModel vm) {
        return Messages.text("letters.templates.what", Map.of("name", vm.current().name()));
    }

    private static VBox language(TextField title, TextArea body) {
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("letters.templates.letter-title"), title);
        VBox box = new VBox(8, grid, body);
        box.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
        VBox.setVgrow(body, Priority.ALWAYS);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TextArea body(String id, javafx.beans.property.StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    /**
     * A template as listed: its title, and whether the branch changed it or wrote it, on as many lines
     * as it needs: the Welsh titles ("Cais am atgyfeiriad at iechyd galwedigaethol") were cut at the
     * list's edge in a 1024-pixel window, behind a sideways scroll bar.
     */
    private static final class ListedCell extends ListCell<LetterService.Listed> {
        ListedCell() {
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, not as the title
        }

        @Override
        protected void updateItem(LetterService.Listed l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                return;
            }
            String whose = l.shipped() ? (l.changed() ? Messages.text("letters.listed.changed") : "")
                    : Messages.text("letters.listed.own");
            setText(l.template().title() + (whose.isEmpty() ? "" : " (" + whose + ")"));
        }
    }
}
