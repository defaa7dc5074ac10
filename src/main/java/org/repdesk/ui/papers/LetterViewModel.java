package org.repdesk.ui.papers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.LetterLanguage;
import org.repdesk.model.MergeField;
import org.repdesk.report.LetterFiles;
import org.repdesk.service.LetterService;
import org.repdesk.service.OwnerOnlyFile;

/**
 * "Letter…" on a case: which template, in which language(s), as .docx or PDF; the letter as it will
 * read, and the fields the case has no value for, named before anything is saved ("These fields
 * have no value: …"); then the letter kept on the case as a document, and/or saved to a file.
 */
public final class LetterViewModel {

    /** What was made: the document on the case (if kept there) and the file (if saved to one). */
    public record Made(CaseDocument kept, Path file) {
    }

    private final LetterService letters;
    private final UUID caseId;
    private final Runner runner;
    private final ObservableList<LetterService.Listed> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LetterService.Listed> template = new SimpleObjectProperty<>();
    private final ObjectProperty<LetterLanguage> language = new SimpleObjectProperty<>(LetterLanguage.ofApp());
    private final ObjectProperty<LetterFiles.Format> format = new SimpleObjectProperty<>(LetterFiles.Format.DOCX);
    private final BooleanProperty keepOnCase = new SimpleBooleanProperty(true);
    private final BooleanProperty saveToFile = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyFields = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canMake = new ReadOnlyBooleanWrapper(false);
    private LetterService.Filled filled;
    private int asked; // the newest fill asked for: an older answer arriving late is dropped

    public LetterViewModel(LetterService letters, UUID caseId, Runner runner) {
        this.letters = letters;
        this.caseId = caseId;
        this.runner = runner;
        template.addListener(o -> fill());
        language.addListener(o -> fill());
        keepOnCase.addListener(o -> check());
        saveToFile.addListener(o -> check());
    }

    /** Reads the templates (in the background) and chooses the first, or the one named. */
    public void load(String preferred) {
        runner.run(Messages.text("letters.failed.read"), letters::templates, list -> {
            templates.setAll(list);
            template.set(list.stream().filter(l -> l.template().name().equals(preferred)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    private void fill() {
        LetterService.Listed t = template.get();
        LetterLanguage l = language.get();
        filled = null;
        check();
        if (t == null || l == null) {
            preview.set("");
            emptyFields.set("");
            return;
        }
        int mine = ++asked;
        runner.run(Messages.text("letters.failed.fill"), () -> letters.fill(t.template().name(), caseId, l), f -> {
            if (mine != asked) {
                return;
            }
            filled = f;
            preview.set(f.letter().asPrinted()); // as it prints: no "# " before the heading (issue 20)
            emptyFields.set(f.empty().isEmpty() ? "" : Messages.text("letters.empty-fields", Map.of("n", f.empty().size(),
                    "fields", String.join(", ", f.empty().stream().map(MergeField::label).toList()))));
            check();
        });
    }

    private void check() {
        canMake.set(filled != null && (keepOnCase.get() || saveToFile.get()));
    }

    /** The fields the case has no value for, as their names in braces (tests and the command line speak so). */
    public List<MergeField> emptyFieldList() {
        return filled == null ? List.of() : filled.empty();
    }

    /** The file name offered when saving to a file. */
    public String suggestedFileName() {
        return filled == null ? "" : LetterService.fileName(filled.letter(), format.get().ending());
    }

    /**
     * Makes the letter: kept on the case (when chosen) and written to {@code file} (when given),
     * in the background; {@code done} gets what was made.
     */
    public void make(Path file, Consumer<Made> done) {
        if (!canMake.get()) {
            throw new IllegalStateException("nothing to make");
        }
        LetterService.Filled f = filled;
        LetterFiles.Format as = format.get();
        boolean keep = keepOnCase.get();
        runner.run(Messages.text("letters.failed.make"), () -> {
            byte[] bytes = LetterFiles.bytes(f.letter(), as);
            CaseDocument kept = keep ? letters.keepOnCase(caseId, f.letter(), as.ending(), bytes) : null;
            if (file != null) {
                OwnerOnlyFile.write(file, stream -> stream.write(bytes));
            }
            return new Made(kept, file);
        }, made -> {
            status.set(made.kept() != null && made.file() != null
                    ? Messages.text("letters.made.both", Map.of("number", made.kept().number(), "file",
                            made.file().getFileName().toString()))
                    : made.kept() != null ? Messages.text("letters.made.kept", Map.of("number", made.kept().number()))
                    : Messages.text("letters.made.file", Map.of("file", made.file().getFileName().toString())));
            done.accept(made);
        });
    }

    public ObservableList<LetterService.Listed> templates() {
        return templates;
    }

    public ObjectProperty<LetterService.Listed> templateProperty() {
        return template;
    }

    public ObjectProperty<LetterLanguage> languageProperty() {
        return language;
    }

    public ObjectProperty<LetterFiles.Format> formatProperty() {
        return format;
    }

    public BooleanProperty keepOnCaseProperty() {
        return keepOnCase;
    }

    public BooleanProperty saveToFileProperty() {
        return saveToFile;
    }

    /** The letter's words as they will read, fields filled. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "These fields have no value: the hearing's time, …", or empty. */
    public ReadOnlyStringProperty emptyFieldsProperty() {
        return emptyFields.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMakeProperty() {
        return canMake.getReadOnlyProperty();
    }
}
