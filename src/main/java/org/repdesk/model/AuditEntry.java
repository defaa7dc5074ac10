package org.repdesk.model;

import java.util.UUID;

/**
 * One line of the audit trail: who changed what, and when. Free text is never held here, only
 * "text changed"; structured fields keep their old and new values.
 *
 * @param at        when, as a fixed-width UTC timestamp (text order is time order)
 * @param reference the human reference of the record: a case reference or a membership number
 * @param memberId  the member the record belongs to, if any (for the member's trail and subject access)
 * @param caseId    the case the record belongs to, if any (for the case's trail)
 */
public record AuditEntry(long seq, String at, String who, Kind kind, UUID entityId, String reference, UUID memberId,
        UUID caseId, Action action, String field, String oldValue, String newValue) {

    /** What sort of record changed. */
    public enum Kind implements Labelled {
        MEMBER("Member"), CASE("Case"), TIMELINE_ENTRY("Timeline entry"), DEADLINE("Deadline"),
        WORKLOAD_RECORD("Workload record"), DEMAND("Demand"), EMPLOYER_RESPONSE("Employer response"),
        DEMAND_STATUS_CHANGE("Demand status change"), NEGOTIATION_MEETING("Negotiation meeting"),
        DEMAND_CASE_LINK("Demand evidence link"), DATA_FILE("Data file"),
        ABSENCE("Sickness absence"), WORKING_PATTERN("Working pattern"),
        DOCUMENT("Document");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What happened to it. */
    public enum Action implements Labelled {
        CREATED("created"), CHANGED("changed"), DELETED("deleted"), ANONYMISED("anonymised"),
        EXPORTED("exported");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The value written instead of free text: the fact of a change, never its content. */
    public static final String TEXT_CHANGED = "text changed";
    /** The value left where retention redacted an entry about a removed record. */
    public static final String REMOVED = "[removed]";

    /** The entry as one line a rep can read, e.g. "Case 2026-0042: stage changed from A to B". */
    public String describe() {
        StringBuilder s = new StringBuilder(kind.label());
        if (reference != null) {
            s.append(' ').append(reference);
        }
        s.append(": ");
        if (field != null) {
            s.append(field).append(' ');
        }
        s.append(action.label());
        if (TEXT_CHANGED.equals(newValue)) {
            s.append(" (text changed; the text is not kept in the audit trail)");
        } else if (oldValue != null || newValue != null) {
            if (action == Action.CHANGED) {
                s.append(" from ").append(oldValue == null ? "(blank)" : oldValue);
                s.append(" to ").append(newValue == null ? "(blank)" : newValue);
            } else if (newValue != null) {
                s.append(": ").append(newValue);
            }
        }
        return s.toString();
    }
}
