package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repdesk.model.CaseType;
import org.repdesk.model.StageCatalogue;

/** Settings kept in the data file: stage lists per case type and named values. */
public final class SettingsStore {

    private static final String SELECT_STAGES = "SELECT case_type, name FROM stage ORDER BY case_type, position";
    private static final String DELETE_STAGES = "DELETE FROM stage WHERE case_type = ?";
    private static final String INSERT_STAGE = "INSERT INTO stage (case_type, position, name) VALUES (?, ?, ?)";
    private static final String SELECT_VALUE = "SELECT value FROM setting WHERE key = ?";
    private static final String UPSERT_VALUE = "INSERT INTO setting (key, value) VALUES (?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    private final Database db;

    public SettingsStore(Database db) {
        this.db = db;
    }

    /** The stage lists; a type the rep never edited keeps its default list. */
    public StageCatalogue stages() {
        Map<CaseType, List<String>> saved = db.read(c -> {
            Map<CaseType, List<String>> map = new EnumMap<>(CaseType.class);
            try (PreparedStatement ps = c.prepareStatement(SELECT_STAGES); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.computeIfAbsent(CaseType.valueOf(rs.getString(1)), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return map;
        });
        Map<CaseType, List<String>> merged = new EnumMap<>(StageCatalogue.DEFAULTS.stages());
        merged.putAll(saved);
        return new StageCatalogue(merged);
    }

    public void saveStages(CaseType type, List<String> names) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement(DELETE_STAGES)) {
                Rows.bind(del, type).executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement(INSERT_STAGE)) {
                for (int i = 0; i < names.size(); i++) {
                    Rows.bind(ins, type, i, names.get(i)).addBatch();
                }
                ins.executeBatch();
            }
            return null;
        });
    }

    /** The rep's own name: in a data file a setting; in a casebook the login's own entry in repdesk_user. */
    public Optional<String> repName() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(db.dialect().ownName())) {
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void saveRepName(String name) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(db.dialect().saveOwnName())) {
                Rows.bind(ps, name).execute();
            }
            return null;
        });
    }

    /**
     * Whether this login, whose role in the casebook was already asked ({@code role} null: none of
     * the three, or a data file), may change what the whole desk shares (stage lists, WMT and
     * attendance figures, retention): always in a data file; in a casebook an officer or its owner,
     * as the server's grants on stage and setting say.
     */
    public boolean mayChangeSharedSettings(Casebooks.Role role) {
        return !db.isCasebook() || role == Casebooks.Role.OFFICER || Casebooks.isOwner(db);
    }

    public Optional<String> value(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_VALUE)) {
                try (ResultSet rs = Rows.bind(ps, key).executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void putValue(String key, String value) {
        putValues(Map.of(key, value));
    }

    /** Saves several values in one transaction: all of them or none (a group of figures must not be half-saved). */
    public void putValues(Map<String, String> values) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT_VALUE)) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    Rows.bind(ps, e.getKey(), e.getValue()).executeUpdate();
                }
            }
            return null;
        });
    }
}
