package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One dated change of a demand's status, with why. Append-only: the history is the point. */
public record DemandStatusChange(UUID id, UUID demandId, LocalDate changedOn, DemandStatus from, DemandStatus to,
        String note, UUID responseId) {

    public static DemandStatusChange of(UUID demandId, LocalDate on, DemandStatus from, DemandStatus to, String note,
            UUID responseId) {
        return new DemandStatusChange(UUID.randomUUID(), demandId, on, from, to, Problems.tidy(note), responseId);
    }

    /**
     * True for the first entry, made when the demand was recorded: it has no status before it. Its
     * note, where files kept one ("Demand recorded", "Cofnodwyd y gofyniad"), was the app's own words
     * in the language of that day, never the rep's; see {@link #repsNote}.
     */
    public boolean recordsTheDemand() {
        return from == null;
    }

    /**
     * The rep's note on this change, or null: none was written, this entry {@link #recordsTheDemand},
     * or an employer's response made the change (its note, where files kept one, was the app's own
     * "Employer response: …" in the language of that day; see {@link #note}).
     */
    public String repsNote() {
        return recordsTheDemand() || responseId != null ? null : note;
    }

    /**
     * What the history says beside this change, in {@code language}: the rep's note, or for a change an
     * employer's response made (one of {@code responses}), "Employer response: " and its first line,
     * worded as it is read rather than stored in the language of the day it was recorded.
     */
    public String note(java.util.Locale language, List<EmployerResponse> responses) {
        if (responseId == null) {
            return repsNote();
        }
        return responses.stream().filter(r -> r.id().equals(responseId)).findFirst()
                .map(r -> org.repdesk.i18n.Messages.text(language, "demand.employerResponse",
                        java.util.Map.of("said", r.saidFirstLine())))
                .orElse(null);
    }

    public List<String> problems() {
        return new Problems()
                .required("problems.field.date", changedOn)
                .plausibleDate("problems.field.date", changedOn)
                .required("problems.field.newStatus", to)
                .when(from != null && from == to, "problems.demand.sameStatus",
                        java.util.Map.of("status", Problems.worded(to == null ? l -> "" : to::inSentence)))
                .longText("problems.field.note", note)
                .list();
    }
}
