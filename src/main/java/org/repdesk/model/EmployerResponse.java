package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/**
 * What the employer said or offered on a demand, when, by whom and where; it may change the
 * demand's status and may carry a promised date (flagged when it passes with nothing delivered).
 */
public record EmployerResponse(
        UUID id,
        UUID demandId,
        LocalDate respondedOn,
        String said,
        String by,
        ResponseChannel channel,
        DemandStatus newStatus,
        LocalDate promisedBy,
        boolean promiseKept,
        UUID meetingId) {

    public static EmployerResponse of(UUID demandId, LocalDate on, String said, String by, ResponseChannel channel,
            DemandStatus newStatus, LocalDate promisedBy, UUID meetingId) {
        return new EmployerResponse(UUID.randomUUID(), demandId, on, Problems.tidy(said), Problems.tidy(by), channel,
                newStatus, promisedBy, false, meetingId);
    }

    /** A promise whose date has passed and that the rep has not marked as kept. */
    public boolean isPromiseOverdue(LocalDate today) {
        return promisedBy != null && !promiseKept && promisedBy.isBefore(today);
    }

    public List<String> problems() {
        return new Problems()
                .required(Messages.text("problems.field.demand"), demandId)
                .required(Messages.text("problems.field.date"), respondedOn)
                .plausibleDate(Messages.text("problems.field.date"), respondedOn)
                .plausibleDate(Messages.text("problems.field.promisedBy"), promisedBy)
                .required(Messages.text("problems.field.employerSaid"), said)
                .longText(Messages.text("problems.field.employerSaid"), said)
                .shortText(Messages.text("problems.field.by"), by)
                .required(Messages.text("problems.field.where"), channel)
                .when(promisedBy != null && respondedOn != null && promisedBy.isBefore(respondedOn),
                        Messages.text("problems.response.promisedBeforeResponse"))
                .list();
    }
}
