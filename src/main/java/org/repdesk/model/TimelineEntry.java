package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A dated entry on a case's timeline: a note, a meeting, a hearing, a call... One RepDesk wrote by
 * itself (a stage change, an absence recorded) also carries {@code automatic}, what happened, and is
 * read through {@link #summaryIn}; its {@code summary} then holds its words in both languages, for search.
 */
public record TimelineEntry(UUID id, UUID caseId, LocalDate date, EntryKind kind, String summary, String text,
        AutomaticEntry automatic) {

    /** An entry as the rep wrote it (or as an earlier RepDesk did, in words V15 did not recognise). */
    public TimelineEntry(UUID id, UUID caseId, LocalDate date, EntryKind kind, String summary, String text) {
        this(id, caseId, date, kind, summary, text, null);
    }

    public static TimelineEntry of(UUID caseId, LocalDate date, EntryKind kind, String summary, String text) {
        return new TimelineEntry(UUID.randomUUID(), caseId, date, kind, Problems.tidy(summary), Problems.tidy(text));
    }

    /** An entry RepDesk writes by itself; {@code text} is the rep's own (a recovered note's), or null. */
    public static TimelineEntry automatic(UUID caseId, LocalDate date, EntryKind kind, AutomaticEntry what, String text) {
        return new TimelineEntry(UUID.randomUUID(), caseId, date, kind, what.searchWords(), Problems.tidy(text), what);
    }

    /** The summary as a reader of {@code language} reads it: an automatic entry worded in it, anything else as written. */
    public String summaryIn(Locale language) {
        return automatic == null ? summary : automatic.words(language);
    }

    /** The same entry with the rep's corrected words: RepDesk's wording is kept only while the rep left it as shown. */
    public TimelineEntry correctedTo(LocalDate newDate, EntryKind newKind, String newSummary, String newText,
            Locale shownIn) {
        if (automatic != null && newSummary != null && newSummary.strip().equals(automatic.words(shownIn))) {
            return new TimelineEntry(id, caseId, newDate, newKind, summary, Problems.tidy(newText), automatic);
        }
        return new TimelineEntry(id, caseId, newDate, newKind, Problems.tidy(newSummary), Problems.tidy(newText));
    }

    public List<String> problems() {
        Problems p = new Problems()
                .required("problems.field.case", caseId)
                .required("problems.field.date", date)
                .plausibleDate("problems.field.date", date)
                .required("problems.field.kind", kind)
                .required("problems.field.summary", summary);
        if (automatic == null) { // RepDesk's own wording in two languages may be longer than a summary the rep types
            p.shortText("problems.field.summary", summary);
        }
        return p.longText("problems.field.note", text).list();
    }
}
