package org.repdesk.ui.papers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.Problems;

/**
 * The attach (or edit) form of a document: the file, its kind, date, title and note, each with
 * what is wrong beside it, and whether it can be saved. The file is checked here (a folder, an
 * unknown kind of file, over 25 MB) before anything is read, with the service's own words.
 */
public final class AttachDocumentViewModel {

    /** What to attach, once the form is right. */
    public record Request(Path file, DocumentKind kind, LocalDate date, String title, String note) {
    }

    private final CaseDocument editing;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper fileSummary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    /** What the date field says is wrong with the text typed in it ("" when it reads as a date). */
    private final StringProperty dateTypedProblem = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kindProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper titleProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);

    private AttachDocumentViewModel(CaseDocument editing) {
        this.editing = editing;
        for (Observable o : List.of(file, kind, date, dateTypedProblem, title, note)) {
            o.addListener(x -> check());
        }
        file.addListener((o, was, now) -> {
            if (now != null && editing == null) {
                title.set(stem(now));
                kind.set(guessKind(String.valueOf(now.getFileName())).orElse(kind.get()));
            }
        });
    }

    /** A new document from a file (chosen or dropped): dated today, titled by its name, its kind guessed. */
    public static AttachDocumentViewModel forFile(Path path, LocalDate today) {
        AttachDocumentViewModel vm = new AttachDocumentViewModel(null);
        vm.date.set(today);
        vm.file.set(path);
        vm.check();
        return vm;
    }

    /** The details of a document already attached (its file stays as it is). */
    public static AttachDocumentViewModel forEditing(CaseDocument d) {
        AttachDocumentViewModel vm = new AttachDocumentViewModel(d);
        vm.kind.set(d.kind());
        vm.date.set(d.dated());
        vm.title.set(d.title());
        vm.note.set(d.note() == null ? "" : d.note());
        vm.fileSummary.set(d.fileName() + " · " + CaseDocument.readableSize(d.size()));
        vm.check();
        return vm;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /**
     * A kind from words reps' files are usually named with ("Fit note 12-11.pdf", "OH report.docx");
     * none when the name says nothing, so the rep chooses.
     */
    static Optional<DocumentKind> guessKind(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceAll("[_\\-.]+", " ");
        if (name.matches(".*\\bfit ?note.*") || name.contains("med3") || name.contains("statement of fitness")) { // not for reps
            return Optional.of(DocumentKind.FIT_NOTE);
        }
        if (name.contains("occupational health") || name.matches("(.*\\s)?oh (report|referral).*")) { // not for reps
            return Optional.of(DocumentKind.OCCUPATIONAL_HEALTH_REPORT);
        }
        if (name.contains("minutes") || name.contains("meeting notes")) { // not for reps
            return Optional.of(DocumentKind.MEETING_NOTES);
        }
        return Optional.empty();
    }

    private static String stem(Path path) {
        String name = String.valueOf(path.getFileName());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.length() > Problems.SHORT_TEXT_MAX ? stem.substring(0, Problems.SHORT_TEXT_MAX) : stem;
    }

    private void check() {
        fileProblem.set(editing == null ? fileProblem() : "");
        kindProblem.set(kind.get() == null ? Messages.text("papers.attach.choose-kind") : "");
        String typed = dateTypedProblem.get() == null ? "" : dateTypedProblem.get();
        dateProblem.set(!typed.isEmpty() ? typed : first(new Problems()
                .required("papers.field.date", date.get())
                .plausibleDate("papers.field.date", date.get()).list()));
        titleProblem.set(first(new Problems().required("papers.field.title", Problems.tidy(title.get()))
                .shortText("papers.field.title", Problems.tidy(title.get())).list()));
        noteProblem.set(first(new Problems().longText("papers.field.note", Problems.tidy(note.get())).list()));
        canSave.set(fileProblem.get().isEmpty() && kindProblem.get().isEmpty() && dateProblem.get().isEmpty()
                && titleProblem.get().isEmpty() && noteProblem.get().isEmpty());
    }

    private String fileProblem() {
        Path p = file.get();
        if (p == null) {
            fileSummary.set("");
            return Messages.text("papers.attach.choose-file");
        }
        String name = String.valueOf(p.getFileName());
        if (Files.isDirectory(p)) {
            fileSummary.set(name);
            return Messages.text("papers.error.folder", Map.of("file", name));
        }
        if (!Files.isRegularFile(p)) {
            fileSummary.set(name);
            return Messages.text("papers.attach.no-file", Map.of("file", name));
        }
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            fileSummary.set(name);
            return Messages.text("papers.attach.no-file", Map.of("file", name));
        }
        fileSummary.set(name + " · " + CaseDocument.readableSize(size));
        if (DocumentFormat.ofFileName(name).isEmpty()) {
            return Messages.text("papers.error.format", Map.of("file", name,
                    "endings", String.join(", ", DocumentFormat.allEndings())));
        }
        if (size == 0) {
            return Messages.text("papers.error.empty", Map.of("file", name));
        }
        if (size > CaseDocument.MAX_BYTES) {
            return Messages.text("papers.error.too-large", Map.of("file", name,
                    "size", Messages.text("papers.size.mb", Map.of("n", Math.ceil(size / 104857.6) / 10.0)),
                    "limit", CaseDocument.readableSize(CaseDocument.MAX_BYTES)));
        }
        return "";
    }

    private static String first(List<String> problems) {
        return problems.isEmpty() ? "" : problems.get(0);
    }

    /** The file and details to attach; only when {@link #canSaveProperty()} is true. */
    public Request request() {
        if (!canSave.get() || editing != null) {
            throw new IllegalStateException("the form is not ready to attach");
        }
        return new Request(file.get(), kind.get(), date.get(), Problems.tidy(title.get()), Problems.tidy(note.get()));
    }

    /** The edited document; only when {@link #canSaveProperty()} is true. */
    public CaseDocument edited() {
        if (!canSave.get() || editing == null) {
            throw new IllegalStateException("the form is not ready to save");
        }
        return editing.withDetails(kind.get(), title.get(), date.get(), note.get());
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty fileSummaryProperty() {
        return fileSummary.getReadOnlyProperty();
    }

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty dateTypedProblemProperty() {
        return dateTypedProblem;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindProblemProperty() {
        return kindProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateProblemProperty() {
        return dateProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProblemProperty() {
        return titleProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProblemProperty() {
        return noteProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
