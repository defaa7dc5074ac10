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
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.service.OpenedCopies;
import org.repdesk.ui.Alerts;
import org.repdesk.ui.DateField;
import org.repdesk.ui.DeskState;

/**
 * A case's documents: a table (number, date, kind, title, size) with Add…, Preview, Open, Save a
 * copy, Edit and Delete; files dropped on it (or on the case form, see {@link #acceptDropsOn}) are
 * attached one by one, each through the attach form.
 */
public final class DocumentsPanel extends VBox {

    private final DeskState state;
    private final DocumentsViewModel vm;
    private final TableView<CaseDocument> table = new TableView<>();

    public DocumentsPanel(DeskState state) {
        this.state = state;
        this.vm = new DocumentsViewModel(state.desk().documents(), OpenedCopies.inCache(), Runner.of(state, this::window));
        getStyleClass().add("documents-panel");
        setId("documents-panel");
        setSpacing(8);

        table.setId("documents-table");
        table.setItems(vm.documents());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(Messages.text("papers.panel.empty"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("papers.cli.column.number", d -> String.valueOf(d.number()), 44));
        table.getColumns().add(column("papers.field.date", d -> DateField.format(d.dated()), 92));
        table.getColumns().add(column("papers.field.kind", d -> d.kind().label(), 190));
        table.getColumns().add(column("papers.field.title", CaseDocument::title, 220));
        table.getColumns().add(column("papers.cli.column.size", d -> CaseDocument.readableSize(d.size()), 70));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> vm.selectedProperty().set(d));
        vm.selectedProperty().addListener((o, a, d) -> {
            if (d != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(d);
            }
        });
        table.setRowFactory(t -> {
            TableRow<CaseDocument> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    preview();
                }
            });
            return row;
        });
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = button("papers.panel.add", "documents-add", this::addFromChooser);
        Button preview = button("papers.panel.preview", "documents-preview", this::preview);
        Button open = button("papers.panel.open", "documents-open", this::openInApplication);
        Button copy = button("papers.panel.copy", "documents-copy", this::saveCopy);
        Button edit = button("papers.panel.edit", "documents-edit", this::edit);
        Button delete = button("papers.panel.delete", "documents-delete", this::delete);
        for (Button b : List.of(preview, open, copy, edit, delete)) {
            b.disableProperty().bind(vm.hasSelectionProperty().not());
        }
        FlowPane buttons = new FlowPane(8, 6, add, preview, open, copy, edit, delete);
        Label status = new Label();
        status.setId("documents-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label hint = new Label(Messages.text("papers.panel.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        getChildren().addAll(buttons, table, status, hint);
        acceptDropsOn(this);
    }

    private static TableColumn<CaseDocument, String> column(String key, java.util.function.Function<CaseDocument, String> value,
            double width) {
        TableColumn<CaseDocument, String> c = new TableColumn<>(Messages.text(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
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
            attachEach(AttachDocumentDialog.chooseFiles(window()).stream().map(File::toPath).toList());
        }
    }

    /** One attach form per file, in turn; cancelling one skips that file only. */
    void attachEach(List<Path> files) {
        Deque<Path> queue = new ArrayDeque<>(files);
        while (!queue.isEmpty()) {
            Path next = queue.poll();
            AttachDocumentDialog.show(window(), AttachDocumentViewModel.forFile(next, state.desk().cases().today()))
                    .ifPresent(form -> vm.attach(form.request()));
        }
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
                Alerts.info(window(), Messages.text("papers.failed.open"), List.of(Messages.text("papers.panel.no-desktop")));
            }
        });
    }

    private void saveCopy() {
        CaseDocument d = vm.selectedProperty().get();
        if (d == null || !state.plainTextAllowed(Messages.text("papers.panel.copy-what", Map.of("title", d.title())))) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("papers.panel.copy"));
        chooser.setInitialFileName(d.fileName());
        File out = chooser.showSaveDialog(window());
        if (out != null) {
            vm.saveCopy(d, out.toPath());
        }
    }

    private void edit() {
        CaseDocument d = vm.selectedProperty().get();
        if (d != null) {
            AttachDocumentDialog.show(window(), AttachDocumentViewModel.forEditing(d))
                    .ifPresent(form -> vm.save(form.edited()));
        }
    }

    private void delete() {
        CaseDocument d = vm.selectedProperty().get();
        if (d != null && Alerts.confirm(window(), Messages.text("papers.panel.delete-question", Map.of("title", d.title())),
                Messages.text("papers.panel.delete-detail"), Messages.text("papers.panel.delete-action"))) {
            vm.delete(d);
        }
    }
}
