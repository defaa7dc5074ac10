package org.repdesk.ui.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.ui.common.DialogForm;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.FormState;
import org.repdesk.ui.papers.Runner;

/**
 * A timeline entry, new or being corrected: date, kind, summary and the full note (any length).
 * Each field's problem shows beside it once touched or on Save; the entry is saved off the FX
 * thread, once, and a refusal keeps what was typed. The words typed are kept as a draft until the
 * entry is saved, so a crash loses at most the moment since the last keep.
 */
public final class TimelineEntryViewModel {

    /** Where the words typed are kept until the entry is saved (a crash then loses at most a second of typing). */
    public interface Drafts {
        void keep(UUID entryId, String summary, String note);

        void discard(UUID entryId);

        Drafts NONE = new Drafts() {
            @Override
            public void keep(UUID entryId, String summary, String note) {
            }

            @Override
            public void discard(UUID entryId) {
            }
        };
    }

    /** The kinds a rep writes; stage and status changes and absences are the desk's own. */
    public static final List<EntryKind> KINDS = Arrays.stream(EntryKind.values()).filter(EntryKind::isManual).toList();

    private final Runner runner;
    private final UUID caseId;
    private final TimelineEntry editing;
    private final UUID id;
    private final UnaryOperator<TimelineEntry> save;
    private final Drafts drafts;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateTyped = new SimpleStringProperty("");
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.NOTE);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private final DialogForm parts = new DialogForm();
    private final BooleanProperty showAll = parts.showAll();
    private final FieldProblem dateProblem = new FieldProblem(showAll);
    private final FieldProblem summaryProblem = new FieldProblem(showAll);
    private final FieldProblem noteProblem = new FieldProblem(showAll);
    private final FieldProblem rest = parts.rest();
    private final FormState form = parts.form();
    /** Saved: no draft is kept after it (it would outlive the entry), and none while it saves. */
    private boolean saved;
    private Consumer<TimelineEntry> onSaved = e -> { };

    private TimelineEntryViewModel(Runner runner, UUID caseId, TimelineEntry editing, LocalDate today,
            UnaryOperator<TimelineEntry> save, Drafts drafts) {
        this.runner = runner;
        this.caseId = caseId;
        this.editing = editing;
        this.id = editing == null ? UUID.randomUUID() : editing.id();
        this.save = save;
        this.drafts = drafts;
        date.set(editing == null ? today : editing.date());
        if (editing != null) {
            kind.set(editing.kind());
            String shown = editing.summaryIn(Messages.language());
            summary.set(shown == null ? "" : shown);
            note.set(editing.text() == null ? "" : editing.text());
        }
        date.addListener(x -> dateProblem.touch());
        dateTyped.addListener(x -> dateProblem.touch());
        summary.addListener(x -> summaryProblem.touch());
        note.addListener(x -> noteProblem.touch());
        for (Observable o : List.of(date, dateTyped, kind, summary, note)) {
            o.addListener(x -> check());
        }
        check();
    }

    /** A new entry on case {@code caseId}, dated {@code today}; {@code add} is the service's saving of it. */
    public static TimelineEntryViewModel forNew(Runner runner, UUID caseId, LocalDate today,
            UnaryOperator<TimelineEntry> add, Drafts drafts) {
        return new TimelineEntryViewModel(runner, caseId, null, today, add, drafts);
    }

    /** {@code saved} to correct (it keeps its id); {@code edit} is the service's saving of the correction. */
    public static TimelineEntryViewModel forEditing(Runner runner, TimelineEntry saved, UnaryOperator<TimelineEntry> edit,
            Drafts drafts) {
        return new TimelineEntryViewModel(runner, saved.caseId(), saved, null, edit, drafts);
    }

    public void setOnSaved(Consumer<TimelineEntry> onSaved) {
        this.onSaved = onSaved;
    }

    private void check() {
        dateProblem.set(FieldChecks.date(date.get(), dateTyped.get(), true));
        summaryProblem.set(FieldChecks.shortText(summary.get(), true));
        noteProblem.set(FieldChecks.longText(note.get(), false));
        boolean fieldsRight = !dateProblem.isWrong() && !summaryProblem.isWrong() && !noteProblem.isWrong();
        TimelineEntry draft = draft();
        // Anything else the model would refuse, said under the form.
        rest.set(fieldsRight ? String.join("\n", draft.problems()) : "");
        form.checked(fieldsRight && !rest.isWrong(), editing == null || !draft.equals(editing));
    }

    /** The entry as the form holds it, with its own id. */
    TimelineEntry draft() {
        if (editing != null) { // a recovered note's summary stays RepDesk's, worded for each reader, unless retyped
            return editing.correctedTo(date.get(), kind.get(), summary.get(), note.get(), Messages.language());
        }
        TimelineEntry e = TimelineEntry.of(caseId, date.get(), kind.get(), summary.get(), note.get());
        return new TimelineEntry(id, e.caseId(), e.date(), e.kind(), e.summary(), e.text());
    }

    /** Keeps the words typed as a draft (the view calls it a moment after the last keystroke). */
    public void keepDraft() {
        if (!saved && !form.savingProperty().get()) {
            drafts.keep(id, summary.get(), note.get());
        }
    }

    /** The rep closed the form without saving: the draft goes too, as they chose not to keep it. */
    public void cancel() {
        if (!saved) {
            drafts.discard(id);
        }
    }

    /**
     * Saves the entry; {@code then} gets it on the FX thread (a correction with nothing changed
     * gets the entry as opened, nothing written). False, with every problem shown beside its field,
     * when the form cannot be saved as it is or a save is already running.
     */
    public boolean save(Consumer<TimelineEntry> then) {
        showAll.set(true);
        check();
        if (!form.validProperty().get()) {
            return false;
        }
        TimelineEntry entry = draft();
        return form.save(runner, Messages.text("cases.timeline.failed.save"), () -> save.apply(entry),
                () -> {
                    drafts.discard(id); // typed and put back: nothing to save, and nothing to offer back
                    then.accept(editing);
                }, done -> {
                    saved = true;
                    onSaved.accept(done);
                    then.accept(done);
                });
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The entry's id, kept from the first keystroke (its draft is filed under it). */
    public UUID entryId() {
        return id;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty dateTypedProblemProperty() {
        return dateTyped;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FieldProblem dateProblem() {
        return dateProblem;
    }

    public FieldProblem summaryProblem() {
        return summaryProblem;
    }

    public FieldProblem noteProblem() {
        return noteProblem;
    }

    /** Said under the form: why the store refused the entry, or anything else the model refuses. */
    public StringBinding formProblemProperty() {
        return parts.formProblem();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /**
     * Save is offered on a form just opened (pressed, it shows every problem at once), then waits
     * until they are put right; and it waits while a save runs.
     */
    public BooleanBinding cannotSaveProperty() {
        return parts.cannotSave();
    }
}
