package org.repdesk.ui.papers;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.LetterTemplate;
import org.repdesk.service.LetterService;

/**
 * Tools ▸ Letter templates…: the templates, and one being edited in English and Welsh, checked as it
 * is typed (a field RepDesk does not know is named before it is saved); a new template; a shipped
 * one put back to RepDesk's own text, or the branch's own deleted.
 */
public final class LetterTemplatesViewModel {

    private final LetterService letters;
    private final Runner runner;
    private final ObservableList<LetterService.Listed> templates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LetterService.Listed> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final StringProperty bodyEn = new SimpleStringProperty("");
    private final StringProperty titleCy = new SimpleStringProperty("");
    private final StringProperty bodyCy = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper nameEditable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper restoreText = new ReadOnlyStringWrapper(Messages.text("letters.templates.restore"));
    private LetterTemplate loaded = new LetterTemplate("", "", "", "", "");

    public LetterTemplatesViewModel(LetterService letters, Runner runner) {
        this.letters = letters;
        this.runner = runner;
        for (Observable o : List.of(name, titleEn, bodyEn, titleCy, bodyCy)) {
            o.addListener(x -> check());
        }
        check();
    }

    /** Reads the templates and opens {@code select} (by name), or the first. */
    public void load(String select) {
        runner.run(Messages.text("letters.failed.read"), letters::templates, list -> {
            templates.setAll(list);
            list.stream().filter(l -> l.template().name().equals(select)).findFirst()
                    .or(() -> list.stream().findFirst()).ifPresent(this::edit);
        });
    }

    /** Puts a template in the form (the view asks first when the form holds unsaved changes). */
    public void edit(LetterService.Listed l) {
        editing.set(l);
        put(l.template());
        nameEditable.set(false);
        canRestore.set(!l.shipped() || l.changed());
        restoreText.set(Messages.text(l.shipped() ? "letters.templates.restore" : "letters.templates.delete"));
        status.set("");
    }

    /** An empty form for a new template of the branch's own. */
    public void newTemplate() {
        editing.set(null);
        put(new LetterTemplate("", "", "", "", ""));
        nameEditable.set(true);
        canRestore.set(false);
        status.set("");
    }

    private void put(LetterTemplate t) {
        loaded = t;
        name.set(t.name());
        titleEn.set(t.titleEn());
        bodyEn.set(t.bodyEn());
        titleCy.set(t.titleCy());
        bodyCy.set(t.bodyCy());
        check();
    }

    /** The template as the form has it now. */
    public LetterTemplate current() {
        return new LetterTemplate(name.get(), titleEn.get(), bodyEn.get(), titleCy.get(), bodyCy.get());
    }

    private void check() {
        LetterTemplate now = current();
        boolean changed = !Objects.equals(now, loaded);
        unsaved.set(changed);
        List<String> found = changed || editing.get() == null ? now.tidied().problems() : List.of();
        if (editing.get() == null && templates.stream().anyMatch(l -> l.template().name().equals(now.tidied().name()))) {
            found = new java.util.ArrayList<>(found);
            found.add(Messages.text("letters.error.name-taken", Map.of("name", now.tidied().name())));
        }
        problems.set(String.join("\n", found));
        canSave.set(changed && found.isEmpty());
    }

    public boolean hasUnsavedChanges() {
        return unsaved.get();
    }

    /** Saves the form's template, then lists it again and runs {@code after}. */
    public boolean saveThen(Runnable after) {
        if (!canSave.get()) {
            return false;
        }
        LetterTemplate t = current();
        runner.run(Messages.text("letters.failed.save"), () -> letters.save(t), saved -> {
            status.set(Messages.text("letters.templates.saved", Map.of("title", saved.title())));
            loaded = current();
            check();
            reloadKeeping(saved.name());
            after.run();
        });
        return true;
    }

    /** A shipped template back to RepDesk's own text, or the branch's own template deleted (the view asks first). */
    public void restoreOrDelete() {
        LetterService.Listed l = editing.get();
        if (l == null || !canRestore.get()) {
            return;
        }
        runner.run(Messages.text("letters.failed.save"), () -> {
            letters.restoreOrDelete(l.template().name());
            return l;
        }, x -> {
            status.set(Messages.text(l.shipped() ? "letters.templates.restored" : "letters.templates.deleted",
                    Map.of("title", l.template().title())));
            loaded = new LetterTemplate("", "", "", "", "");
            reloadKeeping(l.shipped() ? l.template().name() : null);
        });
    }

    private void reloadKeeping(String select) {
        String said = status.get();
        runner.run(Messages.text("letters.failed.read"), letters::templates, list -> {
            templates.setAll(list);
            list.stream().filter(t -> t.template().name().equals(select)).findFirst()
                    .or(() -> list.stream().findFirst()).ifPresent(this::edit);
            status.set(said);
        });
    }

    public ObservableList<LetterService.Listed> templates() {
        return templates;
    }

    /** The template in the form; null while a new one is written. */
    public ReadOnlyObjectProperty<LetterService.Listed> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty bodyEnProperty() {
        return bodyEn;
    }

    public StringProperty titleCyProperty() {
        return titleCy;
    }

    public StringProperty bodyCyProperty() {
        return bodyCy;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    /** Only a new template's name may be typed: the command line and letters already made know the others by theirs. */
    public ReadOnlyBooleanProperty nameEditableProperty() {
        return nameEditable.getReadOnlyProperty();
    }

    /** "Restore RepDesk's text" for a shipped template, "Delete template" for the branch's own. */
    public ReadOnlyStringProperty restoreTextProperty() {
        return restoreText.getReadOnlyProperty();
    }
}
