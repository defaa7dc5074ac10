package org.repdesk.model;

import java.util.List;

/**
 * What happened, for a timeline entry RepDesk writes by itself. Stored by its constant's name (the
 * {@code timeline_entry.event} column, V15), with its values beside it, and worded when read through
 * its bundle key, so the entry reads in whichever language the reader has.
 */
public enum TimelineEvent {
    CASE_OPENED("caseFile.opened", EntryKind.STATUS_CHANGE, "stage"),
    STAGE_CHANGED("caseFile.stageChanged", EntryKind.STAGE_CHANGE, "from", "to"),
    STATUS_CHANGED("caseFile.statusChanged", EntryKind.STATUS_CHANGE, "from", "to"),
    CASE_CLOSED("caseFile.closedWith", EntryKind.STATUS_CHANGE, "from", "to", "outcome"),
    WORKING_PATTERN_CHANGED("absence.timeline.pattern", EntryKind.ABSENCE_RECORD),
    ABSENCE_RECORDED("absence.timeline.added", EntryKind.ABSENCE_RECORD, "first", "last", "reason"),
    ABSENCE_CHANGED("absence.timeline.changed", EntryKind.ABSENCE_RECORD, "first", "last", "reason"),
    ABSENCE_DELETED("absence.timeline.deleted", EntryKind.ABSENCE_RECORD, "first", "last", "reason"),
    ABSENCES_IMPORTED("absence.timeline.imported", EntryKind.ABSENCE_RECORD, "n"),
    // the longer wording first: an old entry is recognised by the first wording it matches
    BROUGHT_IN_RENUMBERED("casebookImport.broughtInWas", EntryKind.NOTE, "file", "was"),
    BROUGHT_IN("casebookImport.broughtIn", EntryKind.NOTE, "file"),
    NOTE_RECOVERED("papers.drafts.recovered", EntryKind.NOTE),
    /** Any kind of entry: the retention review keeps the entry's date and kind and removes its words. */
    REMOVED_BY_RETENTION("timeline.removed", null);

    private final String key;
    private final EntryKind kind;
    private final List<String> valueNames;

    TimelineEvent(String key, EntryKind kind, String... values) {
        this.key = key;
        this.kind = kind;
        this.valueNames = List.of(values);
    }

    /** The bundle key that words it. */
    public String key() {
        return key;
    }

    /** The kind of entry it is written as; null for one that keeps the entry's own kind. */
    public EntryKind kind() {
        return kind;
    }

    /** The names of its values, as its wording's placeholders. */
    public List<String> valueNames() {
        return valueNames;
    }
}
