package org.repdesk.model;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repdesk.i18n.Messages;

/**
 * One line of the audit trail: who changed what, and when. Free text is never held here, only
 * "text changed"; structured fields keep their old and new values. Everything here is stored as
 * written (English labels, field names as the services name them); {@code report/AuditWords} puts an
 * entry into a sentence in the reader's language.
 *
 * @param at        when, as a fixed-width UTC timestamp (text order is time order)
 * @param reference the human reference of the record: a case reference, a membership number, or for a
 *                  document its case's reference and its number ({@link #documentReference})
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

        /** English, as the audit trail's export has always written it. */
        @Override
        public String label() {
            return label;
        }

        @Override
        public String label(Locale language) {
            return Messages.text(language, "audit.kind." + name());
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

        /** English, as the audit trail's export has always written it. */
        @Override
        public String label() {
            return label;
        }

        @Override
        public String label(Locale language) {
            return Messages.text(language, "audit.action." + name());
        }
    }

    /**
     * The value written instead of free text: the fact of a change, never its content. Stored data,
     * the same in every language; {@code report/AuditWords} words it for the reader.
     */
    public static final String TEXT_CHANGED = "text changed"; // not for reps: stored data
    /** The value left where retention redacted an entry about a removed record. */
    public static final String REMOVED = "[removed]";

    private static final Pattern DOCUMENT_REFERENCE = Pattern.compile("(\\S+) (\\d+)");

    /**
     * A document's reference in the trail, as the command line takes it: its case's reference and its
     * number, "2026-0042 3", so two documents on one case are two subjects. Entries written before
     * December 2026 kept the case's reference alone; {@link #documentNumber()} is then empty.
     */
    public static String documentReference(String caseReference, int number) {
        return caseReference + " " + number;
    }

    /** The document's number, for an entry about a document written with {@link #documentReference}. */
    public OptionalInt documentNumber() {
        Matcher m = documentMatch();
        return m == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2)));
    }

    /** The reference of the case an entry about a document belongs to (its whole reference when written before). */
    public String caseReference() {
        Matcher m = documentMatch();
        return m == null ? reference : m.group(1);
    }

    private Matcher documentMatch() {
        if (kind != Kind.DOCUMENT || reference == null) {
            return null;
        }
        Matcher m = DOCUMENT_REFERENCE.matcher(reference);
        return m.matches() ? m : null;
    }
}
