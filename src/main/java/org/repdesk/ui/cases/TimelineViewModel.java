package org.repdesk.ui.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.CaseService;
import org.repdesk.service.DocumentService;
import org.repdesk.report.Dates;
import org.repdesk.service.NoteDrafts;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.papers.Runner;

/**
 * A case's timeline, newest first: the entries, the one selected, and adding, correcting and
 * deleting notes (a saved note's draft is dropped with it; deleting asked first). The view opens
 * the note's dialog and lays out; the store is reached only through the runner, the rep asked and
 * told only through {@link Dialogs}.
 */
public final class TimelineViewModel {

    /** What editing the selected entry means: a note's dialog, or words saying why not. */
    public enum EditKind { NOTE, AUTOMATIC, DOCUMENT }

    private final CaseService cases;
    private final DocumentService documents;
    private final NoteDrafts drafts;
    private final Runner runner;
    private final Dialogs dialogs;
    private final CaseTabItems<TimelineEntry> tab = new CaseTabItems<>();

    public TimelineViewModel(CaseService cases, DocumentService documents, NoteDrafts drafts, Runner runner, Dialogs dialogs) {
        this.cases = cases;
        this.documents = documents;
        this.drafts = drafts;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public ObservableList<TimelineEntry> entries() {
        return tab.items();
    }

    public ObjectProperty<TimelineEntry> selectedProperty() {
        return tab.selected();
    }

    /** Edit and Delete are offered only with an entry selected. */
    public BooleanBinding nothingSelectedProperty() {
        return tab.nothingSelected();
    }

    /** How many entries the case has (the tab's title shows it). */
    public IntegerBinding countProperty() {
        return tab.count();
    }

    public UUID caseId() {
        return tab.caseId();
    }

    /** Shows {@code id}'s timeline; a read finishing after another case was chosen is dropped. */
    public void show(UUID id) {
        tab.show(id);
        reload();
    }

    public void reload() {
        tab.read(runner, Messages.text("cases.timeline.failed.read"), cases::timeline, tab::setAll);
    }

    /**
     * What editing {@code entry} means: automatic entries (stage or status changes) are not edited,
     * and an attached document's entry is edited as the document (found in the background).
     */
    public void editKindOf(TimelineEntry entry, Consumer<EditKind> then) {
        if (!entry.kind().isManual()) {
            then.accept(EditKind.AUTOMATIC);
        } else if (entry.kind() == EntryKind.DOCUMENT) {
            runner.run(Messages.text("cases.timeline.failed.read"), () -> documents.byEntry(entry.id()).isPresent(),
                    isDocument -> then.accept(isDocument ? EditKind.DOCUMENT : EditKind.NOTE));
        } else {
            then.accept(EditKind.NOTE);
        }
    }

    /**
     * Edits the selected entry: a note through {@code openNote} (its dialog); an automatic entry or an
     * attached document's is not edited here, and the rep is told why and what to do instead.
     */
    public void editSelected(Consumer<TimelineEntry> openNote) {
        TimelineEntry entry = tab.selected().get();
        if (entry == null) {
            return;
        }
        editKindOf(entry, kind -> {
            switch (kind) {
                case AUTOMATIC -> dialogs.inform(Messages.text("cases.timeline.automatic"),
                        List.of(Messages.text("cases.timeline.automatic.why"), Messages.text("cases.timeline.automatic.instead")));
                // An attached document's entry holds the words read from it: its details are edited as a document's.
                case DOCUMENT -> dialogs.inform(Messages.text("papers.timeline.is-document"),
                        List.of(Messages.text("papers.timeline.edit-on-tab")));
                case NOTE -> openNote.accept(entry);
            }
        });
    }

    /**
     * The form for a new note on the case shown, dated today (the service's clock) unless the rep says
     * otherwise; saved, its draft is dropped and the timeline read again.
     */
    public Optional<TimelineEntryViewModel> newNoteForm() {
        UUID onCase = tab.caseId();
        return Optional.ofNullable(onCase).map(id -> withReload(TimelineEntryViewModel.forNew(runner, id, cases.today(),
                entry -> savedDropsDraft(onCase, entry, cases.addEntry(entry)), draftsOf(onCase))));
    }

    /** The form correcting note {@code entry}; saved, its draft is dropped and the timeline read again. */
    public TimelineEntryViewModel correctionForm(TimelineEntry entry) {
        UUID onCase = tab.caseId();
        return withReload(TimelineEntryViewModel.forEditing(runner, entry,
                e -> savedDropsDraft(onCase, e, cases.editEntry(e)), draftsOf(onCase)));
    }

    private TimelineEntryViewModel withReload(TimelineEntryViewModel form) {
        form.setOnSaved(saved -> reload());
        return form;
    }

    /** On the worker, in the save's own job: the draft goes once the entry is saved. */
    private TimelineEntry savedDropsDraft(UUID onCase, TimelineEntry entry, TimelineEntry saved) {
        drafts.discard(NoteDrafts.key(onCase, entry.id()));
        return saved;
    }

    private TimelineEntryViewModel.Drafts draftsOf(UUID onCase) {
        return new TimelineEntryViewModel.Drafts() {
            @Override
            public void keep(UUID entryId, String summary, String note) {
                runner.run(Messages.text("papers.drafts.not-kept"), () -> {
                    drafts.keep(NoteDrafts.key(onCase, entryId), summary, note);
                    return null;
                }, x -> { });
            }

            @Override
            public void discard(UUID entryId) {
                runner.run(Messages.text("papers.drafts.not-kept"), () -> {
                    drafts.discard(NoteDrafts.key(onCase, entryId));
                    return null;
                }, x -> { });
            }
        };
    }

    /** Deletes the selected entry once the rep confirms; nothing happens on Cancel. */
    public void deleteSelected() {
        TimelineEntry entry = tab.selected().get();
        if (entry == null || !dialogs.confirm(Messages.text("cases.timeline.delete.question"),
                Messages.text("cases.timeline.delete.detail", Map.of("date", Dates.uk(entry.date()), "summary", entry.summaryIn(Messages.language()))),
                Messages.text("cases.timeline.delete.button"))) {
            return;
        }
        runner.run(Messages.text("cases.timeline.failed.delete"), () -> {
            cases.deleteEntry(entry.id());
            return null;
        }, x -> reload());
    }
}
