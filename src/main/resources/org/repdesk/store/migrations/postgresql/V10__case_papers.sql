-- V10 on PostgreSQL: case papers, as V10__case_papers.sql makes them in a file (bytes as bytea), and
-- who may see them. A document, hearing or reckoning follows its case (case_file's own policy applies
-- in the subqueries); a document's stored bytes may be read by whoever may see a document that uses
-- them. A draft (text being typed, kept against a crash) is its writer's alone: each login has its own.
CREATE TABLE document_content (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL,
    bytes      BYTEA NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE case_document (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    entry_id    TEXT NOT NULL UNIQUE REFERENCES timeline_entry(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    format      TEXT NOT NULL,
    dated       TEXT NOT NULL,
    note        TEXT,
    sha256      TEXT NOT NULL REFERENCES document_content(sha256),
    created_at  TEXT NOT NULL,
    UNIQUE (case_id, number)
);
CREATE INDEX case_document_content ON case_document(sha256);

CREATE TABLE hearing (
    deadline_id         TEXT PRIMARY KEY REFERENCES deadline(id) ON DELETE CASCADE,
    starts_at           TEXT,
    place               TEXT,
    chair               TEXT,
    management_attendee TEXT,
    note_taker          TEXT,
    companion_allowed   INTEGER NOT NULL DEFAULT 1 CHECK (companion_allowed IN (0, 1))
);

CREATE TABLE deadline_reckoning (
    deadline_id  TEXT PRIMARY KEY REFERENCES deadline(id) ON DELETE CASCADE,
    counted_from TEXT NOT NULL,
    working_days INTEGER NOT NULL
);

CREATE TABLE draft (
    draft_key  TEXT NOT NULL,
    body       TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    owner      TEXT NOT NULL DEFAULT current_user,
    PRIMARY KEY (draft_key, owner)
);

ALTER TABLE case_document ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_document_of_case ON case_document
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = case_document.case_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = case_document.case_id));
-- Bytes are added by whoever attaches them; read and removed only through a document the login may see.
ALTER TABLE document_content ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_content_seen ON document_content FOR SELECT
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_document d WHERE d.sha256 = document_content.sha256));
CREATE POLICY document_content_added ON document_content FOR INSERT WITH CHECK (true);
CREATE POLICY document_content_removed ON document_content FOR DELETE
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_document d WHERE d.sha256 = document_content.sha256));
ALTER TABLE hearing ENABLE ROW LEVEL SECURITY;
CREATE POLICY hearing_of_case ON hearing
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM deadline d WHERE d.id = hearing.deadline_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM deadline d WHERE d.id = hearing.deadline_id));
ALTER TABLE deadline_reckoning ENABLE ROW LEVEL SECURITY;
CREATE POLICY deadline_reckoning_of_case ON deadline_reckoning
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM deadline d WHERE d.id = deadline_reckoning.deadline_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM deadline d WHERE d.id = deadline_reckoning.deadline_id));
ALTER TABLE draft ENABLE ROW LEVEL SECURITY;
CREATE POLICY draft_of_writer ON draft USING (owner = current_user) WITH CHECK (owner = current_user);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_document, hearing, deadline_reckoning, draft TO repdesk_rep, repdesk_officer;
GRANT SELECT, INSERT, DELETE ON document_content TO repdesk_rep, repdesk_officer;
