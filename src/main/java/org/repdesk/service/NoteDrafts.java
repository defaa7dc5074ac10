package org.repdesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    /** Saves a left note on its case as a new note dated today (its summary, or "Note recovered"), then forgets the draft. */
    public TimelineEntry saveAsNote(Left left, String fallbackSummary, LocalDate today) {
        CaseFile c = left.caseFile().orElseThrow(() -> new ValidationException(List.of(
                org.repdesk.i18n.Messages.text("papers.error.no-case"))));
        String summary = left.summary().isBlank() ? fallbackSummary : left.summary();
        TimelineEntry saved = desk.cases().addEntry(TimelineEntry.of(c.id(), today, EntryKind.NOTE, summary,
                left.note().isBlank() ? null : left.note()));
        store.discard(left.key());
        return saved;
    }
}
