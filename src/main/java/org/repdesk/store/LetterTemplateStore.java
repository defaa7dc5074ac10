package org.repdesk.store;

import java.sql.PreparedStatement;
import java.util.List;
import org.repdesk.model.LetterTemplate;

/** The letter templates the rep or branch wrote or changed (V11); RepDesk's own ship as resources of the service. */
public final class LetterTemplateStore {

    static final String ALL = "SELECT name, title_en, body_en, title_cy, body_cy FROM letter_template ORDER BY name";
    static final String DELETE = "DELETE FROM letter_template WHERE name = ?";
    static final String INSERT = "INSERT INTO letter_template (name, title_en, body_en, title_cy, body_cy, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    private final Database db;

    public LetterTemplateStore(Database db) {
        this.db = db;
    }

    public List<LetterTemplate> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ALL)) {
                return Rows.list(ps, rs -> new LetterTemplate(rs.getString("name"), rs.getString("title_en"),
                        rs.getString("body_en"), rs.getString("title_cy"), rs.getString("body_cy")));
            }
        });
    }

    /** Keeps the template under its name, replacing one kept before. */
    public void save(LetterTemplate t) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                Rows.bind(ps, t.name()).executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                Rows.bind(ps, t.name(), t.titleEn(), t.bodyEn(), t.titleCy(), t.bodyCy(), Rows.now()).executeUpdate();
            }
            return null;
        });
    }

    /** Forgets the kept template: a shipped one is RepDesk's own text again, another one is gone. */
    public boolean delete(String name) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                return Rows.bind(ps, name).executeUpdate() > 0;
            }
        });
    }
}
