package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.repdesk.model.AuditEntry;

/**
 * The append-only audit trail. The app only ever inserts; the table's triggers refuse UPDATE and
 * DELETE, except retention's redaction of the values in entries about a removed record.
 */
public final class AuditStore {

    static final String COLUMNS = "seq, at, who, entity_kind, entity_id, reference, member_id, case_id, action, field,"
            + " old_value, new_value";
    static final String INSERT = "INSERT INTO audit_entry (at, who, entity_kind, entity_id, reference, member_id,"
            + " case_id, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq";
    static final String SELECT_BY_CASE = "SELECT " + COLUMNS + " FROM audit_entry WHERE case_id = ? OR entity_id = ?"
            + " ORDER BY seq";
    static final String SELECT_BY_MEMBER = "SELECT " + COLUMNS + " FROM audit_entry WHERE member_id = ? OR entity_id = ?"
            + " ORDER BY seq";
    /**
     * A CREATED entry for each member added after a rowid, in the order added, made by SQLite from the
     * rows themselves: what {@code AuditTrail.createdAll} writes for {@code MemberService.subject} (the
     * member's id as the entity and the member, its membership number as the reference).
     */
    static final String CREATED_MEMBERS_AFTER = "INSERT INTO audit_entry (at, who, entity_kind, entity_id, reference,"
            + " member_id, action) SELECT ?, ?, ?, id, membership_number, id, ? FROM member WHERE rowid > ?"
            + " ORDER BY rowid";
    static final String PERMIT_REDACTION = "INSERT INTO audit_redaction (reason) VALUES (?)";
    static final String END_REDACTION = "DELETE FROM audit_redaction";
    static final String REDACT = "UPDATE audit_entry SET"
            + " reference = CASE WHEN reference IS NULL THEN NULL ELSE '" + AuditEntry.REMOVED + "' END,"
            + " old_value = CASE WHEN old_value IS NULL THEN NULL ELSE '" + AuditEntry.REMOVED + "' END,"
            + " new_value = CASE WHEN new_value IS NULL THEN NULL ELSE '" + AuditEntry.REMOVED + "' END"
            + " WHERE ";

    private final Database db;

    public AuditStore(Database db) {
        this.db = db;
    }

    /** Appends entries; inside a service's write they commit or roll back with the change itself. */
    public void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                if (entries.size() == 1 || !db.isCasebook()) {
                    // SQLite runs each row in-process: a batch would only copy the values into sqlite-jdbc's
                    // growing array first (issue 21), so one statement reused per entry.
                    for (AuditEntry e : entries) {
                        bind(ps, e).executeUpdate();
                    }
                    return null;
                }
                // PostgreSQL: batched, as members are (an import of 200,000 members appends as many entries).
                int n = 0;
                for (AuditEntry e : entries) {
                    bind(ps, e).addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * SQLite only: a CREATED entry for each member inserted after {@code rowid} ({@code MemberStore.lastRowid}),
     * in one statement, all at one time. An import of 200,000 members made each entry's values as text in
     * Java, then sqlite-jdbc copied each to UTF-8: ~130 MB of the import's ~700 MB allocated (issue 21).
     */
    int appendCreatedMembersAfter(long rowid, String who) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(CREATED_MEMBERS_AFTER)) {
                return Rows.bind(ps, Rows.now(), who, AuditEntry.Kind.MEMBER, AuditEntry.Action.CREATED, rowid)
                        .executeUpdate();
            }
        });
    }

    /** As {@link #appendCreatedMembersAfter}, from the members themselves (a casebook's rows have no rowid). */
    void appendCreatedMembers(java.util.Collection<org.repdesk.model.Member> members, String who) {
        append(members.stream().map(m -> new AuditEntry(0, null, who, AuditEntry.Kind.MEMBER, m.id(),
                m.membershipNumber(), m.id(), null, AuditEntry.Action.CREATED, null, null, null)).toList());
    }

    private static PreparedStatement bind(PreparedStatement ps, AuditEntry e) throws java.sql.SQLException {
        String at = e.at() != null ? e.at() : Rows.now();
        return Rows.bind(ps, at, e.who(), e.kind(), e.entityId(), e.reference(), e.memberId(), e.caseId(), e.action(),
                e.field(), e.oldValue(), e.newValue());
    }

    public List<AuditEntry> all() {
        return query(SELECT_ALL);
    }

    /** Entries about a case and everything on it (timeline, deadlines, demand links). */
    public List<AuditEntry> ofCase(UUID caseId) {
        return query(SELECT_BY_CASE, caseId, caseId);
    }

    /** Entries about a member and everything of theirs (cases, workload records, links). */
    public List<AuditEntry> ofMember(UUID memberId) {
        return query(SELECT_BY_MEMBER, memberId, memberId);
    }

    /**
     * Blanks the reference and values of entries about a member (and all of theirs), so a member
     * removed under the retention policy leaves no name or number in the trail. Who did what, and
     * when, stays. Must run inside the retention transaction.
     */
    public int redactMember(UUID memberId, String reason) {
        return redact("member_id = ? OR entity_id = ?", reason, memberId, memberId);
    }

    /** As {@link #redactMember} for one case and everything on it. */
    public int redactCase(UUID caseId, String reason) {
        return redact("case_id = ? OR entity_id = ?", reason, caseId, caseId);
    }

    /** As {@link #redactMember} for one record (a workload record). */
    public int redactRecord(UUID entityId, String reason) {
        return redact("entity_id = ?", reason, entityId);
    }

    private int redact(String where, String reason, Object... params) {
        return db.write(c -> {
            try (PreparedStatement permit = c.prepareStatement(PERMIT_REDACTION)) {
                Rows.bind(permit, reason).executeUpdate();
            }
            int n;
            try (PreparedStatement ps = c.prepareStatement(REDACT + "(" + where + ")")) {
                n = Rows.bind(ps, params).executeUpdate();
            }
            try (PreparedStatement end = c.prepareStatement(END_REDACTION)) {
                end.executeUpdate();
            }
            return n;
        });
    }

    private List<AuditEntry> query(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Rows.list(Rows.bind(ps, params), AuditStore::map);
            }
        });
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getString("at"), rs.getString("who"),
                AuditEntry.Kind.valueOf(rs.getString("entity_kind")), Rows.uuid(rs, "entity_id"),
                rs.getString("reference"), Rows.uuid(rs, "member_id"), Rows.uuid(rs, "case_id"),
                AuditEntry.Action.valueOf(rs.getString("action")), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"));
    }
}
