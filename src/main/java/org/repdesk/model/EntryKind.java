package org.repdesk.model;

/** What a timeline entry records. Status and stage changes and absence-record changes are written by RepDesk itself. */
public enum EntryKind implements Labelled {
    NOTE("Note"),
    MEETING("Meeting"),
    HEARING("Hearing"),
    PHONE_CALL("Phone call"),
    EMAIL("Email"),
    DOCUMENT("Document"),
    STAGE_CHANGE("Stage change"),
    STATUS_CHANGE("Status change"),
    ABSENCE_RECORD("Absence record");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Kinds a rep can choose when adding an entry by hand. */
    public boolean isManual() {
        return this != STAGE_CHANGE && this != STATUS_CHANGE && this != ABSENCE_RECORD;
    }

    @Override
    public String toString() {
        return label;
    }
}
