package org.repdesk.ui.papers;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.ui.DateField;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.FormGrid;

/** Attaching a file to a case, or changing a document's details: lays out and binds its view-model. */
public final class AttachDocumentDialog {

    private AttachDocumentDialog() {
    }

    /** Shows the form and waits; empty when the rep cancels. */
    public static Optional<AttachDocumentViewModel> show(Window owner, Dialogs dialogs, AttachDocumentViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        String heading = Messages.text(vm.isEditing() ? "papers.attach.edit-title" : "papers.attach.title");
        dialog.setTitle(heading);
        dialog.setHeaderText(heading);
        dialog.setResizable(true);

        Label file = new Label();
        file.setId("attach-file");
        file.textProperty().bind(vm.fileSummaryProperty());
        Button choose = new Button(Messages.text("papers.attach.choose"));
        choose.setId("attach-choose");
        choose.setVisible(!vm.isEditing());
        choose.setManaged(!vm.isEditing());
        choose.setOnAction(e -> dialogs.chooseFileToOpen(Messages.text("papers.attach.choose-title"), keptKinds())
                .ifPresent(vm.fileProperty()::set));
        HBox fileRow = new HBox(8, file, choose);

        ComboBox<DocumentKind> kind = new ComboBox<>(FXCollections.observableArrayList(DocumentKind.values()));
        kind.setId("attach-kind");
        kind.setPromptText(Messages.text("papers.attach.kind-prompt"));
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        DateField date = new DateField(Messages.text("papers.field.date"), vm.dateProperty().get());
        date.setId("attach-date");
        date.valueProperty().addListener((o, a, d) -> vm.dateProperty().set(d));
        // The date as typed, before the field loses focus; its problem (unreadable text) goes to the form.
        date.getEditor().textProperty().addListener((o, a, t) -> vm.dateProperty().set(date.date()));
        vm.dateTypedProblemProperty().bind(date.problemProperty());

        TextField title = new TextField();
        title.setId("attach-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        TextArea note = new TextArea();
        note.setId("attach-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(Messages.text("papers.attach.note-prompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());

        FormGrid grid = new FormGrid();
        grid.add(Messages.text("papers.attach.file-label"), withProblem(fileRow, vm.fileProblemProperty(), "attach-file-problem"));
        grid.add(Messages.text("papers.attach.kind-label"), withProblem(kind, vm.kindProblemProperty(), "attach-kind-problem"));
        grid.add(Messages.text("papers.attach.date-label"), withProblem(date, vm.dateProblemProperty(), "attach-date-problem"));
        grid.add(Messages.text("papers.attach.title-label"), withProblem(title, vm.titleProblemProperty(), "attach-title-problem"));
        grid.add(Messages.text("papers.attach.note-label"), withProblem(note, vm.noteProblemProperty(), "attach-note-problem"));
        grid.setPrefWidth(520);

        ButtonType save = new ButtonType(Messages.text(vm.isEditing() ? "papers.attach.save" : "papers.attach.attach"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, org.repdesk.ui.Buttons.cancel());
        org.repdesk.ui.TypedInDialog.asksBeforeLosing(dialog);
        dialog.getDialogPane().setContent(grid);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("attach-save");
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        dialog.setOnShown(e -> (vm.kindProperty().get() == null ? kind : title).requestFocus());
        return dialog.showAndWait().filter(b -> b == save).map(b -> vm);
    }

    /** A field with what is wrong with it just below, in the problems style. */
    private static Node withProblem(Node field, ReadOnlyStringProperty problem, String id) {
        Label said = new Label();
        said.setId(id);
        said.getStyleClass().add("problems");
        said.setWrapText(true);
        said.textProperty().bind(problem);
        said.visibleProperty().bind(problem.isNotEmpty());
        said.managedProperty().bind(said.visibleProperty());
        VBox box = new VBox(2, field, said);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** The kinds of file RepDesk keeps, as the file chooser offers them. */
    static Dialogs.FileType keptKinds() {
        return new Dialogs.FileType(Messages.text("papers.attach.filter"),
                DocumentFormat.allEndings().stream().map(e -> "*." + e).toList());
    }
}
