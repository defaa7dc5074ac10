package org.repdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.EntryKind;

/**
 * Documents on cases and their bytes, kept once per content (SHA-256). A document is also a
 * timeline entry; the notes' search index reads that entry, so words inside documents are found
 * by the same search as notes, with no index of its own.
 */
public final class DocumentStore {

    private static final String COLUMNS = "d.id, d.case_id, d.entry_id, d.number, d.kind, d.title, d.file_name,"
            + " d.format, d.dated, d.note, d.sha256, c.size";
    private static final String SELECT = "SELECT " + COLUMNS
            + " FROM case_document d JOIN document_content c ON c.sha256 = d.sha256";
    static final String OF_CASE = SELECT + " WHERE d.case_id = ? ORDER BY d.dated DESC, d.number DESC";
    static final String BY_ID = SELECT + " WHERE d.id = ?";
    static final String BY_ENTRY = SELECT + " WHERE d.entry_id = ?";
    static final String BY_NUMBER = SELECT + " WHERE d.case_id = ? AND d.number = ?";
    static final String NEXT_NUMBER = "SELECT coalesce(max(number), 0) + 1 FROM case_document WHERE case_id = ?";
    static final String HAS_CONTENT = "SELECT 1 FROM document_content WHERE sha256 = ?";
    // ON CONFLICT: on a casebook the same bytes may already be there under another rep's case, unseen.
    static final String INSERT_CONTENT = "INSERT INTO document_content (sha256, size, bytes, created_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String INSERT = "INSERT INTO case_document (id, case_id, entry_id, number, kind, title, file_name,"
            + " format, dated, note, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE = "UPDATE case_document SET kind = ?, title = ?, dated = ?, note = ? WHERE id = ?";
    static final String BYTES = "SELECT bytes FROM document_content WHERE sha256 = ?";
    static final String DELETE_OF_CASE = "DELETE FROM case_document WHERE case_id = ?";
    /**
     * Removes bytes no document uses any more: after a document, its entry or its case is deleted
     * (the rows go by ON DELETE CASCADE; shared content must stay while another case uses it).
     */
    public static final String PURGE_UNUSED = "DELETE FROM document_content"
            + " WHERE NOT EXISTS (SELECT 1 FROM case_document d WHERE d.sha256 = document_content.sha256)";
    // Where a search's words were found on one case (notes and documents, the words in context):
    // Dialect.foundOnCase, FTS5's snippet() in a file, ts_headline() on a casebook.

    /** A timeline entry (a note or a document) that the search's words were found in, with them in context. */
    public record Found(UUID entryId, java.time.LocalDate date, EntryKind kind, String summary, String context,
            org.repdesk.model.AutomaticEntry automatic) {
    }

    private final Database db;

    public DocumentStore(Database db) {
        this.db = db;
    }

    /** Stores the bytes unless the same bytes are already stored; true when they were new. */
    public boolean storeContent(String sha256, byte[] bytes) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(HAS_CONTENT)) {
                try (ResultSet rs = Rows.bind(ps, sha256).executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT_CONTENT)) {
                Rows.bind(ps, sha256, (long) bytes.length);
                ps.setBytes(3, bytes);
                ps.setString(4, Rows.now());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The next document number on a case (1 for the first; numbers of deleted documents are not reused). */
    public int nextNumber(UUID caseId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(NEXT_NUMBER)) {
                try (ResultSet rs = Rows.bind(ps, caseId).executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 1;
                }
            }
        });
    }

    public void insert(CaseDocument d) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                Rows.bind(ps, d.id(), d.caseId(), d.entryId(), d.number(), d.kind(), d.title(), d.fileName(),
                        d.format(), d.dated(), d.note(), d.sha256(), Rows.now()).executeUpdate();
            }
            return null;
        });
    }

    public void update(CaseDocument d) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                if (Rows.bind(ps, d.kind(), d.title(), d.dated(), d.note(), d.id()).executeUpdate() == 0) {
                    throw new StoreException(StoreException.Kind.OTHER, org.repdesk.i18n.Messages.text("store.gone.document"));
                }
            }
            return null;
        });
    }

    public List<CaseDocument> ofCase(UUID caseId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(OF_CASE)) {
                return Rows.list(Rows.bind(ps, caseId), DocumentStore::map);
            }
        });
    }

    public Optional<CaseDocument> byId(UUID id) {
        return one(BY_ID, id);
    }

    public Optional<CaseDocument> byEntry(UUID entryId) {
        return one(BY_ENTRY, entryId);
    }

    public Optional<CaseDocument> byNumber(UUID caseId, int number) {
        return one(BY_NUMBER, caseId, number);
    }

    /** The stored bytes of a document. */
    public byte[] bytes(CaseDocument d) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(BYTES)) {
                try (ResultSet rs = Rows.bind(ps, d.sha256()).executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(StoreException.Kind.OTHER, org.repdesk.i18n.Messages.text("store.gone.content"));
                    }
                    return rs.getBytes(1);
                }
            }
        });
    }

    /** Deletes a case's documents (anonymising it: the papers are the member's own) and unused content. */
    public void deleteOfCase(UUID caseId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE_OF_CASE)) {
                Rows.bind(ps, caseId).executeUpdate();
            }
            purgeUnused(c);
            return null;
        });
    }

    /** Removes content no document uses any more (see {@link #PURGE_UNUSED}). */
    public void purgeUnused() {
        db.write(c -> {
            purgeUnused(c);
            return null;
        });
    }

    static void purgeUnused(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PURGE_UNUSED)) {
            ps.executeUpdate();
        }
    }

    /** The notes and documents of one case that the search text is found in, newest first. */
    public List<Found> foundOnCase(UUID caseId, String text, int limit) {
        String match = CaseStore.searchTerms(db.dialect(), text);
        if (match == null) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(db.dialect().foundOnCase())) {
                return Rows.list(Rows.bind(ps, match, caseId, limit), rs -> new Found(Rows.uuid(rs, "id"),
                        Rows.date(rs, "entry_date"), Rows.enumValue(EntryKind.class, rs, "kind"),
                        rs.getString("summary"), rs.getString("context"), TimelineStore.automatic(rs)));
            }
        });
    }

    private Optional<CaseDocument> one(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Rows.list(Rows.bind(ps, params), DocumentStore::map).stream().findFirst();
            }
        });
    }

    private static CaseDocument map(ResultSet rs) throws SQLException {
        return new CaseDocument(Rows.uuid(rs, "id"), Rows.uuid(rs, "case_id"), Rows.uuid(rs, "entry_id"),
                rs.getInt("number"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("file_name"), DocumentFormat.valueOf(rs.getString("format")), Rows.date(rs, "dated"),
                rs.getString("note"), rs.getString("sha256"), rs.getLong("size"));
    }
}
