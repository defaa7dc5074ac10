package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.sql.Connection;
import java.util.ArrayList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEvent;
import org.repdesk.model.TimelineEntry;

/** Timeline entries of cases. */
public final class TimelineStore {

    private static final String INSERT = "INSERT INTO timeline_entry (id, case_id, entry_date, kind, summary, body,"
            + " created_at, event, event_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE timeline_entry SET entry_date = ?, kind = ?, summary = ?, body = ?,"
            + " event = ?, event_values = ? WHERE id = ?";
    static final String SELECT_BY_CASE = "SELECT id, case_id, entry_date, kind, summary, body, event, event_values"
            + " FROM timeline_entry WHERE case_id = ? ORDER BY entry_date DESC, created_at DESC";
    private static final String DELETE = "DELETE FROM timeline_entry WHERE id = ?";
    private static final String SELECT_BY_ID = "SELECT id, case_id, entry_date, kind, summary, body, event, event_values"
            + " FROM timeline_entry WHERE id = ?";

    // V15: entries earlier versions wrote as text in the language of their day, with the wordings they used.
    // By row number, in the table's own order on both engines (V1 gave the casebook's a rowid): by id, the
    // reads jumped about a 100,000-case file and took most of three minutes.
    static final String SELECT_OLD_AUTOMATIC = "SELECT rowid, kind, summary FROM timeline_entry WHERE event IS NULL"
            + " AND (kind IN ('STAGE_CHANGE', 'STATUS_CHANGE', 'ABSENCE_RECORD')"
            + " OR (kind = 'NOTE' AND (summary LIKE 'Brought into the branch casebook from %'"
            + " OR summary LIKE 'Dygwyd i lyfr achosion y gangen o %' OR summary IN (?, ?))) OR summary = ?) AND rowid > ? ORDER BY rowid LIMIT ?";
    static final String SET_AUTOMATIC = "UPDATE timeline_entry SET event = ?, event_values = ?, summary = ? WHERE rowid = ?";

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
                    Rows.bind(ps, e.id(), e.caseId(), e.date(), e.kind(), e.summary(), e.text(), now, event(e),
                            eventValues(e)).addBatch();
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
                Rows.bind(ps, e.date(), e.kind(), e.summary(), e.text(), event(e), eventValues(e), e.id()).executeUpdate();
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

    /** What an automatic entry records, as stored (its event's name); null for the rep's own. */
    static String event(TimelineEntry e) {
        return e.automatic() == null ? null : e.automatic().event().name();
    }

    static String eventValues(TimelineEntry e) {
        return e.automatic() == null ? null : e.automatic().storedValues();
    }

    /** An automatic entry read back; an event this version does not know is shown by its stored words. */
    static AutomaticEntry automatic(ResultSet rs) throws SQLException {
        return AutomaticEntry.fromStored(rs.getString("event"), rs.getString("event_values")).orElse(null);
    }

    private static TimelineEntry map(ResultSet rs) throws SQLException {
        return new TimelineEntry(Rows.uuid(rs, "id"), Rows.uuid(rs, "case_id"), Rows.date(rs, "entry_date"),
                Rows.enumValue(EntryKind.class, rs, "kind"), rs.getString("summary"), rs.getString("body"), automatic(rs));
    }

    /**
     * V15, inside its transaction: each entry an earlier RepDesk wrote in one of its own wordings, in
     * English or Welsh, becomes what happened and its values, its summary its words in both languages;
     * anything not recognised stays as written. Returns how many were recognised.
     */
    static int recogniseOldWordings(Connection c) throws SQLException {
        int recognised = 0;
        long after = 0;
        while (true) {
            // A slice at a time, by id: a file of 300,000 cases holds about 900,000 such entries.
            List<Object[]> found = new ArrayList<>();
            int read = 0;
            try (PreparedStatement ps = c.prepareStatement(SELECT_OLD_AUTOMATIC)) {
                Rows.bind(ps, Messages.text(Messages.ENGLISH, TimelineEvent.NOTE_RECOVERED.key()),
                        Messages.text(Messages.WELSH, TimelineEvent.NOTE_RECOVERED.key()),
                        Messages.text(Messages.ENGLISH, TimelineEvent.REMOVED_BY_RETENTION.key()), after, SLICE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read++;
                        long row = rs.getLong("rowid");
                        after = row;
                        AutomaticEntry.recognise(kind(rs.getString("kind")), rs.getString("summary"))
                                .ifPresent(a -> found.add(new Object[] {a.event().name(), a.storedValues(), a.searchWords(), row}));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(SET_AUTOMATIC)) {
                for (Object[] row : found) {
                    Rows.bind(ps, row).addBatch();
                }
                ps.executeBatch();
            }
            recognised += found.size();
            if (read < SLICE) {
                return recognised;
            }
        }
    }

    private static final int SLICE = 5000;

    private static EntryKind kind(String stored) {
        try {
            return EntryKind.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
