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

    /** The rep's note on this change, or null: none was written, or this entry {@link #recordsTheDemand}. */
    public String repsNote() {
        return recordsTheDemand() ? null : note;
    }

    public List<String> problems() {
        return new Problems()
                .required("problems.field.date", changedOn)
                .plausibleDate("problems.field.date", changedOn)
                .required("problems.field.newStatus", to)
                .when(from != null && from == to, "problems.demand.sameStatus", java.util.Map.of("status", to))
                .longText("problems.field.note", note)
                .list();
    }
}
