package org.repdesk.ui.papers;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.ui.DateField;
import org.repdesk.ui.DeskState;
import org.repdesk.ui.Dialogs;

/**
 * A case's documents: a table (number, date, kind, title, size) with Add…, Preview, Open, Save a
 * copy, Edit and Delete; files dropped on it (or on the case form, see {@link #acceptDropsOn}) are
 * attached one by one, each through the attach form.
 */
public final class DocumentsPanel extends VBox {

    private final DeskState state;
    private final DocumentsViewModel vm;
    private final ListView<CaseDocument> table = new ListView<>();

    public DocumentsPanel(DeskState state) {
        this.state = state;
        this.vm = DocumentsViewModel.of(state.desk(), Runner.of(state, this::window), state.dialogs());
        getStyleClass().add("documents-panel");
        setId("documents-panel");
        setSpacing(8);

        table.setId("documents-list");
        table.setAccessibleText(Messages.text("a11y.documents.list"));
        table.setItems(vm.documents());
        table.setCellFactory(l -> new DocumentCell());
        Label placeholder = new Label(Messages.text("papers.panel.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> vm.selectedProperty().set(d));
        vm.selectedProperty().addListener((o, a, d) -> {
            if (d != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(d);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && vm.selectedProperty().get() != null) {
                preview();
            }
        });
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = button("papers.panel.add", "documents-add", this::addFromChooser);
        Button preview = button("papers.panel.preview", "documents-preview", this::preview);
        Button open = button("papers.panel.open", "documents-open", this::openInApplication);
        Button copy = button("papers.panel.copy", "documents-copy", this::saveCopy);
        Button edit = button("papers.panel.edit", "documents-edit", this::edit);
        Button delete = button("papers.panel.delete", "documents-delete", this::delete);
        Button letter = button("letters.panel.letter", "documents-letter", this::letter);
        for (Button b : List.of(preview, open, copy, edit, delete)) {
            b.disableProperty().bind(vm.hasSelectionProperty().not());
        }
        FlowPane buttons = new FlowPane(8, 6, add, letter, preview, open, copy, edit, delete);
        Label status = new Label();
        status.setId("documents-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label hint = new Label(Messages.text("papers.panel.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE); // wrapped, not cut, in the case's scrolling form
        status.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(buttons, table, status, hint);
        acceptDropsOn(this);
    }

    /**
     * Number, date and kind on the first line, the title in bold (wrapping), then the file and its
     * size: a list rather than a table, so nothing is cut off beside the cases list at 1024 pixels.
     */
    private static final class DocumentCell extends ListCell<CaseDocument> {
        private final Label head = new Label();
        private final Label title = new Label();
        private final Label file = new Label();
        private final VBox box = new VBox(2, head, title, file);

        DocumentCell() {
            head.getStyleClass().add("entry-head");
            title.getStyleClass().add("entry-summary");
            file.getStyleClass().add("muted");
            title.setWrapText(true);
            title.setMinHeight(USE_PREF_SIZE);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(30));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CaseDocument d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            head.setText(Messages.text("papers.panel.cell-head", Map.of("number", d.number(),
                    "date", DateField.format(d.dated()), "kind", d.kind().label())));
            title.setText(d.title());
            file.setText(d.fileName() + " · " + CaseDocument.readableSize(d.size())
                    + (d.note() == null ? "" : " · " + d.note().lines().findFirst().orElse("")));
            setAccessibleText(head.getText() + ". " + d.title() + ". " + d.fileName()); // drawn by labels: said as one line
            setGraphic(box);
        }
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button(Messages.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return vm.countProperty();
    }

    /** Called when a document is attached, changed or deleted (the timeline shows them too). */
    public void setOnChanged(Runnable onChanged) {
        vm.setOnChanged(onChanged);
    }

    public void show(UUID caseId) {
        vm.show(caseId);
    }

    /** Makes {@code target} take files dropped on it as documents for the case shown. */
    public void acceptDropsOn(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (vm.caseId() != null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (vm.caseId() != null && e.getDragboard().hasFiles()) {
                List<File> files = List.copyOf(e.getDragboard().getFiles());
                e.setDropCompleted(true);
                e.consume();
                // The forms open after the drop has finished: a dialog inside the drop would hold the drag.
                Platform.runLater(() -> attachEach(vm.acceptable(files)));
            }
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void addFromChooser() {
        if (vm.caseId() != null) {
            attachEach(state.dialogs().chooseFilesToOpen(Messages.text("papers.attach.choose-title"),
                    AttachDocumentDialog.keptKinds()));
        }
    }

    /** One attach form per file, in turn; cancelling one skips that file only. */
    void attachEach(List<Path> files) {
        Deque<Path> queue = new ArrayDeque<>(files);
        while (!queue.isEmpty()) {
            Path next = queue.poll();
            AttachDocumentDialog.show(window(), state.dialogs(), vm.attachForm(next))
                    .ifPresent(form -> vm.attach(form.request()));
        }
    }

    /** A letter from a template, filled from this case: kept here as a document and/or saved to a file. */
    private void letter() {
        if (vm.caseId() == null) {
            return;
        }
        LetterViewModel letter = new LetterViewModel(state.desk().letters(), vm.caseId(), Runner.of(state, this::window));
        letter.load(null);
        LetterDialog.show(state, window(), letter, made -> vm.letterMade(letter.statusProperty().get(),
                made.kept() != null));
    }

    private void preview() {
        CaseDocument d = vm.selectedProperty().get();
        if (d != null) {
            DocumentPreviewViewModel preview = new DocumentPreviewViewModel();
            preview.load(d, state.desk().documents(), Runner.of(state, this::window));
            DocumentPreviewDialog.show(window(), preview, () -> openInApplication(d));
        }
    }

    private void openInApplication() {
        CaseDocument d = vm.selectedProperty().get();
        if (d != null) {
            openInApplication(d);
        }
    }

    private void openInApplication(CaseDocument d) {
        if (!state.plainTextAllowed(Messages.text("papers.panel.copy-what", Map.of("title", d.title())))) {
            return;
        }
        vm.openCopy(d, copy -> {
            if (!SystemApplication.open(copy)) {
                state.dialogs().warn(Messages.text("papers.failed.open"), List.of(Messages.text("papers.panel.no-desktop")));
            }
        });
    }

    private void saveCopy() {
        CaseDocument d = vm.selectedProperty().get();
        if (d == null || !state.plainTextAllowed(Messages.text("papers.panel.copy-what", Map.of("title", d.title())))) {
            return;
        }
        state.dialogs().chooseFileToSave(Messages.text("papers.panel.copy"), d.fileName(),
                Dialogs.FileType.of(Messages.text("papers.panel.copy-type"), "*")).ifPresent(out -> vm.saveCopy(d, out));
    }

    private void edit() {
        CaseDocument d = vm.selectedProperty().get();
        if (d != null) {
            AttachDocumentDialog.show(window(), state.dialogs(), AttachDocumentViewModel.forEditing(d))
                    .ifPresent(form -> vm.save(form.edited()));
        }
    }

    private void delete() {
        CaseDocument d = vm.selectedProperty().get();
        if (d != null) {
            vm.delete(d); // asked first
        }
    }
}
