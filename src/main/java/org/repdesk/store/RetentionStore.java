package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.TimelineEvent;

/**
 * The rows the retention review looks at, and the deletions and anonymisations it makes. Removal
 * also clears the full-text index (its segments are merged so no deleted term remains) and, with
 * {@code secure_delete} on, overwrites the freed pages; {@link #compact} then rebuilds the file.
 */
public final class RetentionStore {

    /** Text left where anonymisation removed a deadline's words: a mark, worded when read. */
    public static final String REMOVED = org.repdesk.model.Deadline.REMOVED_BY_RETENTION;
    /** The name left in place of an anonymised member's: a mark, worded when read ({@link org.repdesk.model.Member#shownName}). */
    public static final String ANONYMISED_NAME = org.repdesk.model.Member.ANONYMISED_NAME;

    /** A closed case not yet anonymised, with its member's name for the review. */
    public record ClosedCase(UUID id, String reference, UUID memberId, String memberName, String caseType,
            LocalDate closedOn) {
    }

    /** A member not yet anonymised: open cases, last closing, and last activity when no case closed. */
    public record MemberActivity(UUID id, String membershipNumber, String name, int openCases, int cases,
            LocalDate lastClosedOn, LocalDate lastActivityOn) {
    }

    /** A workload record not yet anonymised. */
    public record Workload(UUID id, UUID memberId, String membershipNumber, String memberName, LocalDate recordedOn) {
    }

    static final String CLOSED_CASES = "SELECT c.id, c.reference, c.member_id, m.name, c.case_type, c.closed_on"
            + " FROM case_file c JOIN member m ON m.id = c.member_id"
            + " WHERE c.status = 'CLOSED' AND c.closed_on IS NOT NULL AND c.anonymised_on IS NULL"
            + " ORDER BY c.closed_on, c.reference";
    static final String MEMBERS = "SELECT m.id, m.membership_number, m.name,"
            + " (SELECT count(*) FROM case_file c WHERE c.member_id = m.id AND c.status <> 'CLOSED') AS open_cases,"
            + " (SELECT count(*) FROM case_file c WHERE c.member_id = m.id) AS cases,"
            + " (SELECT max(c.closed_on) FROM case_file c WHERE c.member_id = m.id) AS last_closed,"
            + " max(substr(m.updated_at, 1, 10),"
            + "     coalesce((SELECT max(w.recorded_on) FROM workload_record w WHERE w.member_id = m.id), '')) AS last_activity"
            + " FROM member m WHERE m.anonymised_on IS NULL ORDER BY m.name";
    static final String WORKLOAD = "SELECT w.id, w.member_id, m.membership_number, m.name, w.recorded_on"
            + " FROM workload_record w JOIN member m ON m.id = w.member_id WHERE w.anonymised_on IS NULL"
            + " ORDER BY w.recorded_on";
    static final String CASES_OF_MEMBER = "SELECT id FROM case_file WHERE member_id = ?";
    static final String DELETE_ENTRIES = "DELETE FROM timeline_entry WHERE case_id = ?";
    static final String DELETE_DEADLINES = "DELETE FROM deadline WHERE case_id = ?";
    static final String DELETE_LINKS = "DELETE FROM demand_case WHERE case_id = ?";
    static final String DELETE_CASE = "DELETE FROM case_file WHERE id = ?";
    static final String DELETE_WORKLOAD_OF_MEMBER = "DELETE FROM workload_record WHERE member_id = ?";
    static final String DELETE_WORKLOAD = "DELETE FROM workload_record WHERE id = ?";
    static final String DELETE_MEMBER = "DELETE FROM member WHERE id = ?";
    static final String ANONYMISE_CASE = "UPDATE case_file SET manager = NULL, outcome = NULL, workload_account = NULL,"
            + " anonymised_on = ?, updated_at = ? WHERE id = ?";
    // The entry's words go; what is left is RepDesk's own, worded in the reader's language (V15).
    static final String ANONYMISE_ENTRIES = "UPDATE timeline_entry SET summary = ?, body = NULL, event = ?,"
            + " event_values = NULL WHERE case_id = ?";
    static final String ANONYMISE_DEADLINES = "UPDATE deadline SET description = ? WHERE case_id = ?";
    static final String ANONYMISE_MEMBER = "UPDATE member SET membership_number = ?, name = ?, team = NULL,"
            + " office = NULL, email = NULL, phone = NULL, anonymised_on = ?, updated_at = ? WHERE id = ?";
    static final String ANONYMISE_WORKLOAD_OF_MEMBER = "UPDATE workload_record SET uncounted_work = NULL,"
            + " anonymised_on = ? WHERE member_id = ?";
    /**
     * A member's absence record and working pattern go with their identity: dates and reasons of
     * sickness are health data, and with the member's grade and region could still point to them.
     */
    static final String DELETE_ABSENCES_OF_MEMBER = "DELETE FROM absence WHERE member_id = ?";
    static final String DELETE_PATTERN_OF_MEMBER = "DELETE FROM working_pattern WHERE member_id = ?";
    static final String ANONYMISE_WORKLOAD = "UPDATE workload_record SET uncounted_work = NULL, anonymised_on = ?"
            + " WHERE id = ?";
    /** Merges the full-text indexes' segments, so terms of deleted rows do not linger in old segments. */

    private final Database db;

    public RetentionStore(Database db) {
        this.db = db;
    }

    public List<ClosedCase> closedCases() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(CLOSED_CASES)) {
                return Rows.list(ps, rs -> new ClosedCase(Rows.uuid(rs, "id"), rs.getString("reference"),
                        Rows.uuid(rs, "member_id"), rs.getString("name"), rs.getString("case_type"),
                        Rows.date(rs, "closed_on")));
            }
        });
    }

    public List<MemberActivity> members() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(MEMBERS)) {
                return Rows.list(ps, RetentionStore::memberActivity);
            }
        });
    }

    private static MemberActivity memberActivity(ResultSet rs) throws SQLException {
        String activity = rs.getString("last_activity");
        return new MemberActivity(Rows.uuid(rs, "id"), rs.getString("membership_number"), rs.getString("name"),
                rs.getInt("open_cases"), rs.getInt("cases"), Rows.date(rs, "last_closed"),
                activity == null || activity.isEmpty() ? null : LocalDate.parse(activity));
    }

    public List<Workload> workloadRecords() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(WORKLOAD)) {
                return Rows.list(ps, rs -> new Workload(Rows.uuid(rs, "id"), Rows.uuid(rs, "member_id"),
                        rs.getString("membership_number"), rs.getString("name"), Rows.date(rs, "recorded_on")));
            }
        });
    }

    /** Deletes a case with its timeline, deadlines and evidence links, and their search rows. */
    public void deleteCase(UUID caseId) {
        db.write(c -> {
            for (String sql : List.of(DELETE_ENTRIES, DELETE_DEADLINES, DELETE_LINKS, DELETE_CASE)) {
                execute(c, sql, caseId);
            }
            DocumentStore.purgeUnused(c); // the documents went with their entries; their bytes go now
            optimizeSearch(c);
            return null;
        });
    }

    /** Deletes a member with all their cases and workload records. */
    public void deleteMember(UUID memberId) {
        db.write(c -> {
            for (UUID caseId : casesOf(c, memberId)) {
                deleteCase(caseId);
            }
            execute(c, DELETE_WORKLOAD_OF_MEMBER, memberId);
            execute(c, DELETE_MEMBER, memberId);
            optimizeSearch(c);
            return null;
        });
    }

    public void deleteWorkloadRecord(UUID id) {
        db.write(c -> execute(c, DELETE_WORKLOAD, id));
    }

    /**
     * Clears a case's free text (outcome, account, manager, timeline notes, deadline wording), keeping
     * its type, stage, dates and workload factor for statistics.
     */
    public void anonymiseCase(UUID caseId, LocalDate today) {
        db.write(c -> {
            execute(c, ANONYMISE_CASE, today, Rows.now(), caseId);
            execute(c, ANONYMISE_ENTRIES, AutomaticEntry.removedByRetention().searchWords(),
                    TimelineEvent.REMOVED_BY_RETENTION.name(), caseId);
            execute(c, ANONYMISE_DEADLINES, REMOVED, caseId);
            // The papers are the member's own (letters, fit notes): anonymising removes them and their bytes.
            execute(c, DocumentStore.DELETE_OF_CASE, caseId);
            execute(c, HearingStore.DELETE_HEARINGS_OF_CASE, caseId);
            execute(c, DraftStore.DELETE_OF_CASE, caseId); // text typed on it and never saved goes too
            DocumentStore.purgeUnused(c);
            optimizeSearch(c);
            return null;
        });
    }

    /**
     * Replaces a member's name, number and contact details with placeholders and anonymises all
     * their cases and workload records; union, grade, region and the figures stay for statistics.
     */
    public void anonymiseMember(UUID memberId, String placeholderNumber, LocalDate today) {
        db.write(c -> {
            for (UUID caseId : casesOf(c, memberId)) {
                anonymiseCase(caseId, today);
            }
            execute(c, ANONYMISE_MEMBER, placeholderNumber, ANONYMISED_NAME, today, Rows.now(), memberId);
            execute(c, ANONYMISE_WORKLOAD_OF_MEMBER, today, memberId);
            execute(c, DELETE_ABSENCES_OF_MEMBER, memberId);
            execute(c, DELETE_PATTERN_OF_MEMBER, memberId);
            optimizeSearch(c);
            return null;
        });
    }

    /** Clears a workload record's free text, keeping its figures. */
    public void anonymiseWorkloadRecord(UUID id, LocalDate today) {
        db.write(c -> execute(c, ANONYMISE_WORKLOAD, today, id));
    }

    /**
     * Rebuilds the file without the free pages (VACUUM), then empties the write-ahead log into it,
     * so nothing removed lingers in either. Runs outside any transaction; may take a while.
     */
    public void compact() {
        for (String sql : db.dialect().compaction()) {
            db.runOutsideTransaction(sql);
        }
    }

    private static List<UUID> casesOf(java.sql.Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CASES_OF_MEMBER)) {
            return Rows.list(Rows.bind(ps, memberId), rs -> Rows.uuid(rs, "id"));
        }
    }

    private static Void execute(java.sql.Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.bind(ps, params).executeUpdate();
        }
        return null;
    }

    private void optimizeSearch(java.sql.Connection c) throws SQLException {
        Dialect dialect = db.dialect();
        try (Statement st = c.createStatement()) {
            for (String sql : dialect.afterRemoval()) {
                st.execute(sql);
            }
        }
    }
}
