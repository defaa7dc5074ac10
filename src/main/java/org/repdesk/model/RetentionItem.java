package org.repdesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A record whose retention period has passed, as the review lists it.
 *
 * @param reference    the case reference, membership number or record date
 * @param description  what the rep sees, e.g. "Capability case of Siân Jones, closed 2019-05-01"
 * @param periodEnded  the day its retention period ended
 */
public record RetentionItem(Kind kind, UUID id, UUID memberId, String reference, String description,
        LocalDate periodEnded) {

    /** The record kinds that have a retention period. */
    public enum Kind implements Labelled {
        CLOSED_CASE("Closed case"), MEMBER("Member with no open case"), WORKLOAD_RECORD("Workload record");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
