package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

    /** The first line of what was said, at most 100 characters: what a status change it made is noted with. */
    public String saidFirstLine() {
        String line = said == null ? "" : said.lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 97) + "..." : line;
    }

    /** A promise whose date has passed and that the rep has not marked as kept. */
    public boolean isPromiseOverdue(LocalDate today) {
        return promisedBy != null && !promiseKept && promisedBy.isBefore(today);
    }

    public List<String> problems() {
        return new Problems()
                .required("problems.field.demand", demandId)
                .required("problems.field.date", respondedOn)
                .plausibleDate("problems.field.date", respondedOn)
                .plausibleDate("problems.field.promisedBy", promisedBy)
                .required("problems.field.employerSaid", said)
                .longText("problems.field.employerSaid", said)
                .shortText("problems.field.by", by)
                .required("problems.field.where", channel)
                .when(promisedBy != null && respondedOn != null && promisedBy.isBefore(respondedOn),
                        "problems.response.promisedBeforeResponse")
                .list();
    }
}
