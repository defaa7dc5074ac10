package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dated entry on a case's timeline: a note, a meeting, a hearing, a call... */
public record TimelineEntry(UUID id, UUID caseId, LocalDate date, EntryKind kind, String summary, String text) {

    public static TimelineEntry of(UUID caseId, LocalDate date, EntryKind kind, String summary, String text) {
        return new TimelineEntry(UUID.randomUUID(), caseId, date, kind, Problems.tidy(summary), Problems.tidy(text));
    }

    public List<String> problems() {
        return new Problems()
                .required("Case", caseId)
                .required("Date", date)
                .plausibleDate("Date", date)
                .required("Kind", kind)
                .required("Summary", summary)
                .shortText("Summary", summary)
                .longText("Note", text)
                .list();
    }
}
