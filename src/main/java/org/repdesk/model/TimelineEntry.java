package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/** A dated entry on a case's timeline: a note, a meeting, a hearing, a call... */
public record TimelineEntry(UUID id, UUID caseId, LocalDate date, EntryKind kind, String summary, String text) {

    public static TimelineEntry of(UUID caseId, LocalDate date, EntryKind kind, String summary, String text) {
        return new TimelineEntry(UUID.randomUUID(), caseId, date, kind, Problems.tidy(summary), Problems.tidy(text));
    }

    public List<String> problems() {
        return new Problems()
                .required(Messages.text("problems.field.case"), caseId)
                .required(Messages.text("problems.field.date"), date)
                .plausibleDate(Messages.text("problems.field.date"), date)
                .required(Messages.text("problems.field.kind"), kind)
                .required(Messages.text("problems.field.summary"), summary)
                .shortText(Messages.text("problems.field.summary"), summary)
                .longText(Messages.text("problems.field.note"), text)
                .list();
    }
}
