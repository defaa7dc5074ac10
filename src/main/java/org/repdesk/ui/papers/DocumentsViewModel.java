package org.repdesk.ui.papers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.service.DocumentService;
import org.repdesk.service.OpenedCopies;
import org.repdesk.service.OwnerOnlyFile;
import org.repdesk.ui.Dialogs;

/**
 * A case's documents: the list, the one selected, and attaching, editing, reading and deleting
 * them. Store work goes through the {@link Runner}; {@code onChanged} tells the case's timeline,
 * which shows each document as an entry.
 */
public final class DocumentsViewModel {

    private final DocumentService documents;
    private final OpenedCopies copies;
    private final Runner runner;
    private final Dialogs dialogs;
    private final ObservableList<CaseDocument> list = FXCollections.observableArrayList();
    private final ObjectProperty<CaseDocument> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasSelection = selected.isNotNull();
    private UUID caseId;
    private Runnable onChanged = () -> { };
    private final java.util.function.Supplier<java.time.LocalDate> today;

    /** {@code today}: the date a document attached is dated unless the rep says otherwise. */
    public DocumentsViewModel(DocumentService documents, java.util.function.Supplier<java.time.LocalDate> today,
            OpenedCopies copies, Runner runner, Dialogs dialogs) {
        this.documents = documents;
        this.today = today;
        this.copies = copies;
        this.runner = runner;
        this.dialogs = dialogs;
        count.bind(Bindings.size(list));
    }

    /** A case's documents in the desk's file; copies opened in the system's application go under RepDesk's cache folder. */
    public static DocumentsViewModel of(org.repdesk.service.RepDesk desk, Runner runner, Dialogs dialogs) {
        return new DocumentsViewModel(desk.documents(), desk.cases()::today, OpenedCopies.inCache(), runner, dialogs);
    }

    /** The form attaching {@code file}, dated today. */
    public AttachDocumentViewModel attachForm(java.nio.file.Path file) {
        return AttachDocumentViewModel.forFile(file, today.get());
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Shows a case's documents (read in the background). */
    public void show(UUID id) {
        caseId = id;
        status.set("");
        reload();
    }

    public UUID caseId() {
        return caseId;
    }

    private void reload() {
        UUID id = caseId;
        if (id == null) {
            return;
        }
        runner.run(Messages.text("papers.failed.read"), () -> documents.ofCase(id), read -> {
            if (id.equals(caseId)) {
                UUID was = selected.get() == null ? null : selected.get().id();
                list.setAll(read);
                selected.set(read.stream().filter(d -> d.id().equals(was)).findFirst().orElse(null));
            }
        });
    }

    /** The files of a drop that can be offered for attaching (folders are left out, with a word why). */
    public List<Path> acceptable(List<File> dropped) {
        List<Path> files = dropped.stream().map(File::toPath).filter(Files::isRegularFile).toList();
        if (files.size() < dropped.size()) {
            status.set(Messages.text("papers.drop.folders-left", Map.of("n", dropped.size() - files.size())));
        }
        return files;
    }

    /** Attaches a file with the details the attach form gave. */
    public void attach(AttachDocumentViewModel.Request r) {
        UUID id = caseId;
        runner.run(Messages.text("papers.failed.attach", Map.of("file", String.valueOf(r.file().getFileName()))),
                () -> documents.attach(id, r.file(), r.kind(), r.date(), r.title(), r.note()), d -> {
                    status.set(Messages.text("papers.status.attached", Map.of("number", d.number(), "title", d.title())));
                    reload();
                    onChanged.run();
                });
    }

    /** After a letter was made from a template: says what became of it, and shows it when it was kept on the case. */
    public void letterMade(String said, boolean keptOnCase) {
        status.set(said);
        if (keptOnCase) {
            reload();
            onChanged.run();
        }
    }

    /** Saves a document's new details. */
    public void save(CaseDocument edited) {
        runner.run(Messages.text("papers.failed.save"), () -> documents.edit(edited), d -> {
            status.set(Messages.text("papers.status.saved", Map.of("title", d.title())));
            reload();
            onChanged.run();
        });
    }

    /** Deletes a document once the rep confirms (its timeline entry goes with it); nothing happens on Cancel. */
    public void delete(CaseDocument d) {
        if (!dialogs.confirm(Messages.text("papers.panel.delete-question", Map.of("title", d.title())),
                Messages.text("papers.panel.delete-detail"), Messages.text("papers.panel.delete-action"))) {
            return;
        }
        runner.run(Messages.text("papers.failed.delete"), () -> {
            documents.delete(d.id());
            return d;
        }, gone -> {
            status.set(Messages.text("papers.status.deleted", Map.of("title", gone.title())));
            selected.set(null);
            reload();
            onChanged.run();
        });
    }

    /** Reads a document's bytes, then hands them on (to a preview, a copy, the system's application). */
    public void content(CaseDocument d, Consumer<byte[]> then) {
        runner.run(Messages.text("papers.failed.read"), () -> documents.content(d), then);
    }

    /** Saves a copy where the rep chose (owner-only, whole or not at all); the audit trail notes it. */
    public void saveCopy(CaseDocument d, Path out) {
        runner.run(Messages.text("papers.failed.copy"), () -> {
            byte[] bytes = documents.content(d);
            OwnerOnlyFile.write(out, stream -> stream.write(bytes));
            documents.recordWrittenOut(d);
            return d;
        }, x -> status.set(Messages.text("papers.status.copied", Map.of("title", d.title(),
                "file", String.valueOf(out.getFileName())))));
    }

    /** Writes an owner-only temporary copy for the system's application and hands over its path. */
    public void openCopy(CaseDocument d, Consumer<Path> open) {
        runner.run(Messages.text("papers.failed.open"), () -> copies.copy(d, documents.content(d)), open);
    }

    public ObservableList<CaseDocument> documents() {
        return list;
    }

    public ObjectProperty<CaseDocument> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** What was last done ("Attached document 3, …"), for the line under the list. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
