package org.repdesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.store.Database;
import org.repdesk.store.DraftStore;

/**
 * Notes being typed, kept in the data file as they are typed, so a crash (or a power cut) loses
 * at most the last second of typing; offered back at the next start, then saved or discarded.
 */
public final class NoteDrafts {

    /** A long field of a case whose text is kept as it is typed, like a note's. */
    public enum CaseField {
        WORKLOAD_ACCOUNT("workload"), OUTCOME("outcome");

        private final String code;

        CaseField(String code) {
            this.code = code;
        }

        /** "how workload is a factor", "the outcome". */
        public String label() {
            return org.repdesk.i18n.Messages.text(this == WORKLOAD_ACCOUNT ? "letters.field.case-workload"
                    : "letters.field.case-outcome");
        }
    }

    /** A long field's text left unsaved: its case and field, and the text typed. */
    public record FieldLeft(String key, Optional<CaseFile> caseFile, CaseField field, String text) {
    }

    private static final String FIELD_PREFIX = "case:";

    /** A note left unsaved: its case, and the summary and note typed so far. */
    public record Left(String key, Optional<CaseFile> caseFile, String summary, String note) {
    }

    private static final String PREFIX = "note:";
    private final DraftStore store;
    private final RepDesk desk;

    NoteDrafts(Database db, RepDesk desk) {
        this.store = new DraftStore(db);
        this.desk = desk;
    }

    /** The key of a note on a case: its entry's id (a new entry has its id before it is saved). */
    public static String key(UUID caseId, UUID entryId) {
        return PREFIX + caseId + ":" + entryId;
    }

    /** Keeps what is typed; nothing typed keeps nothing. */
    public void keep(String key, String summary, String note) {
        String s = summary == null ? "" : summary;
        String n = note == null ? "" : note;
        if (s.isBlank() && n.isBlank()) {
            store.discard(key);
        } else {
            // The summary is one line (a form rule), so the first line break divides the two.
            store.keep(key, caseOf(key), s.replace('\n', ' ') + "\n" + n);
        }
    }

    /** The case a note's key names (null when it names none). */
    private static UUID caseOf(String key) {
        String[] parts = key.startsWith(PREFIX) ? key.substring(PREFIX.length()).split(":") : new String[0];
        try {
            return parts.length == 0 ? null : UUID.fromString(parts[0]);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void discard(String key) {
        store.discard(key);
    }

    public static String key(UUID caseId, CaseField field) {
        return FIELD_PREFIX + caseId + ":" + field.code;
    }

    /** Keeps a long field's text as typed; text equal to what is saved (or none) keeps nothing. */
    public void keep(UUID caseId, CaseField field, String typed, String saved) {
        String t = typed == null ? "" : typed;
        if (t.strip().equals(saved == null ? "" : saved.strip())) {
            store.discard(key(caseId, field));
        } else {
            store.keep(key(caseId, field), caseId, t);
        }
    }

    /** Forgets the long fields' texts kept for a case (saved, or discarded by the rep). */
    public void discardFields(UUID caseId) {
        for (CaseField f : CaseField.values()) {
            store.discard(key(caseId, f));
        }
    }

    /** The long fields' texts left unsaved by a RepDesk that stopped (oldest first). */
    public List<FieldLeft> fieldsLeft() {
        return store.all().stream().filter(d -> d.key().startsWith(FIELD_PREFIX)).map(d -> {
            String[] parts = d.key().substring(FIELD_PREFIX.length()).split(":");
            Optional<CaseFile> c;
            try {
                c = desk.cases().byId(UUID.fromString(parts[0]));
            } catch (IllegalArgumentException e) {
                c = Optional.empty();
            }
            CaseField f = parts.length > 1 && parts[1].equals(CaseField.OUTCOME.code) ? CaseField.OUTCOME
                    : CaseField.WORKLOAD_ACCOUNT;
            return new FieldLeft(d.key(), c, f, d.body());
        }).toList();
    }

    /** Puts a left text into its case's field and saves the case (its audit trail records the change), then forgets it. */
    public CaseFile saveIntoCase(FieldLeft left) {
        CaseFile c = left.caseFile().flatMap(x -> desk.cases().byId(x.id())).orElseThrow(() -> new ValidationException(
                List.of(org.repdesk.i18n.Messages.text("papers.error.no-case"))));
        CaseFile edited = left.field() == CaseField.OUTCOME ? c.withStatus(c.status(), c.closedOn(), left.text())
                : c.withDetails(c.manager(), c.workloadFactor(), left.text());
        CaseFile saved = desk.cases().update(edited);
        store.discard(left.key());
        return saved;
    }

    /** The notes left unsaved by a RepDesk that stopped (oldest first). */
    public List<Left> left() {
        return store.all().stream().filter(d -> d.key().startsWith(PREFIX)).map(d -> {
            String[] parts = d.key().substring(PREFIX.length()).split(":");
            Optional<CaseFile> c;
            try {
                c = desk.cases().byId(UUID.fromString(parts[0]));
            } catch (IllegalArgumentException e) {
                c = Optional.empty();
            }
            int cut = d.body().indexOf('\n');
            return new Left(d.key(), c, cut < 0 ? d.body() : d.body().substring(0, cut),
                    cut < 0 ? "" : d.body().substring(cut + 1));
        }).toList();
    }

    /**
     * Saves a left note on its case as a new note dated today, then forgets the draft: its summary as
     * typed, or with none typed RepDesk's "Note recovered after RepDesk stopped", worded for each reader.
     */
    public TimelineEntry saveAsNote(Left left, LocalDate today) {
        CaseFile c = left.caseFile().orElseThrow(() -> new ValidationException(List.of(
                org.repdesk.i18n.Messages.text("papers.error.no-case"))));
        String note = left.note().isBlank() ? null : left.note();
        TimelineEntry saved = desk.cases().addEntry(left.summary().isBlank()
                ? TimelineEntry.automatic(c.id(), today, EntryKind.NOTE, AutomaticEntry.noteRecovered(), note)
                : TimelineEntry.of(c.id(), today, EntryKind.NOTE, left.summary(), note));
        store.discard(left.key());
        return saved;
    }
}
