package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/** One dated change of a demand's status, with why. Append-only: the history is the point. */
public record DemandStatusChange(UUID id, UUID demandId, LocalDate changedOn, DemandStatus from, DemandStatus to,
        String note, UUID responseId) {

    public static DemandStatusChange of(UUID demandId, LocalDate on, DemandStatus from, DemandStatus to, String note,
            UUID responseId) {
        return new DemandStatusChange(UUID.randomUUID(), demandId, on, from, to, Problems.tidy(note), responseId);
    }

    public List<String> problems() {
        return new Problems()
                .required(Messages.text("problems.field.date"), changedOn)
                .plausibleDate(Messages.text("problems.field.date"), changedOn)
                .required(Messages.text("problems.field.newStatus"), to)
                .when(from != null && from == to, Messages.text("problems.demand.sameStatus",
                        java.util.Map.of("status", to == null ? "" : to.label(Messages.language()))))
                .longText(Messages.text("problems.field.note"), note)
                .list();
    }
}
