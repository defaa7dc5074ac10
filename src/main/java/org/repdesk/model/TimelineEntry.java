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
                .required("problems.field.case", caseId)
                .required("problems.field.date", date)
                .plausibleDate("problems.field.date", date)
                .required("problems.field.kind", kind)
                .required("problems.field.summary", summary)
                .shortText("problems.field.summary", summary)
                .longText("problems.field.note", text)
                .list();
    }
}
