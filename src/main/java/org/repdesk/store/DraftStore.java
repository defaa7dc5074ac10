package org.repdesk.store;

import java.sql.PreparedStatement;
import java.util.List;

/** Text typed and not yet saved, kept in the data file (so the passphrase covers it) until saved or discarded. */
public final class DraftStore {

    /** One unsaved text: its key (what it belongs to), the text, and when it was last kept (UTC). */
    public record Draft(String key, String body, String savedAt) {
    }

    static final String DELETE = "DELETE FROM draft WHERE draft_key = ?";
    /** The case, when there is one and it still exists: deleting it deletes the draft (V11's foreign key). */
    static final String INSERT = "INSERT INTO draft (draft_key, body, saved_at, case_id)"
            + " VALUES (?, ?, ?, (SELECT id FROM case_file WHERE id = CAST(? AS TEXT)))";
    /** Anonymising a case: what was being typed on it is its text too. */
    public static final String DELETE_OF_CASE = "DELETE FROM draft WHERE case_id = ?";
    static final String ALL = "SELECT draft_key, body, saved_at FROM draft ORDER BY saved_at";

    private final Database db;

    public DraftStore(Database db) {
        this.db = db;
    }

    /** Keeps the text under its key, replacing what was kept before. */
    public void keep(String key, String body) {
        keep(key, null, body);
    }

    /** Keeps text typed on a case: it goes when the case is deleted. */
    public void keep(String key, java.util.UUID caseId, String body) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                Rows.bind(ps, key).executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                Rows.bind(ps, key, body, Rows.now(), caseId).executeUpdate();
            }
            return null;
        });
    }

    public void discard(String key) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                Rows.bind(ps, key).executeUpdate();
            }
            return null;
        });
    }

    public List<Draft> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ALL)) {
                return Rows.list(ps, rs -> new Draft(rs.getString("draft_key"), rs.getString("body"),
                        rs.getString("saved_at")));
            }
        });
    }
}
