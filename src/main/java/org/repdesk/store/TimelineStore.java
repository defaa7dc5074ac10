package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;

/** Timeline entries of cases. */
public final class TimelineStore {

    private static final String INSERT = "INSERT INTO timeline_entry (id, case_id, entry_date, kind, summary, body,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE timeline_entry SET entry_date = ?, kind = ?, summary = ?, body = ?"
            + " WHERE id = ?";
    static final String SELECT_BY_CASE = "SELECT id, case_id, entry_date, kind, summary, body"
            + " FROM timeline_entry WHERE case_id = ? ORDER BY entry_date DESC, created_at DESC";
    private static final String DELETE = "DELETE FROM timeline_entry WHERE id = ?";
    private static final String SELECT_BY_ID = "SELECT id, case_id, entry_date, kind, summary, body"
            + " FROM timeline_entry WHERE id = ?";

    private final Database db;

    public TimelineStore(Database db) {
        this.db = db;
    }

    public void insert(TimelineEntry e) {
        insertAll(List.of(e));
    }

    public void insertAll(Collection<TimelineEntry> entries) {
        db.write(c -> {
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int n = 0;
                for (TimelineEntry e : entries) {
                    Rows.bind(ps, e.id(), e.caseId(), e.date(), e.kind(), e.summary(), e.text(), now).addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public void update(TimelineEntry e) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                Rows.bind(ps, e.date(), e.kind(), e.summary(), e.text(), e.id()).executeUpdate();
            }
            return null;
        });
    }

    /** A case's timeline, newest first. */
    public java.util.Optional<TimelineEntry> byId(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_ID)) {
                return Rows.list(Rows.bind(ps, id), TimelineStore::map).stream().findFirst();
            }
        });
    }

    public List<TimelineEntry> ofCase(UUID caseId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_CASE)) {
                return Rows.list(Rows.bind(ps, caseId), TimelineStore::map);
            }
        });
    }

    public void delete(UUID id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                Rows.bind(ps, id).executeUpdate();
            }
            return null;
        });
    }

    private static TimelineEntry map(ResultSet rs) throws SQLException {
        return new TimelineEntry(Rows.uuid(rs, "id"), Rows.uuid(rs, "case_id"), Rows.date(rs, "entry_date"),
                Rows.enumValue(EntryKind.class, rs, "kind"), rs.getString("summary"), rs.getString("body"));
    }
}
