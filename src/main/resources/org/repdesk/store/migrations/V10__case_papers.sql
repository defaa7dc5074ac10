-- V10: case papers (issue 17). Append-only: never edit after it has shipped.
-- Append-only: never edit after it has shipped.

-- A document's bytes, once, however many cases it is attached to: keyed by the SHA-256 of the
-- bytes (hex), so the same file attached twice is stored once. Inside the data file, so the
-- passphrase, backups, restore, retention and deletion cover it as they cover notes.
CREATE TABLE document_content (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL,
    bytes      BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- A document on a case. Its timeline entry (kind DOCUMENT) carries its title and, in its body, the
-- note and the text extracted on attach, so the notes' full-text index finds words inside it.
-- Deleting the entry (or the case) deletes the document; unused content is then removed by the store.
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

-- A hearing's time, place and people, beside its deadline (the day). Time as HH:MM, Europe/London.
CREATE TABLE hearing (
    deadline_id         TEXT PRIMARY KEY REFERENCES deadline(id) ON DELETE CASCADE,
    starts_at           TEXT,
    place               TEXT,
    chair               TEXT,
    management_attendee TEXT,
    note_taker          TEXT,
    companion_allowed   INTEGER NOT NULL DEFAULT 1 CHECK (companion_allowed IN (0, 1))
);

-- How a deadline's date was worked out ("10 working days after 18/12/2026"), when it was.
CREATE TABLE deadline_reckoning (
    deadline_id  TEXT PRIMARY KEY REFERENCES deadline(id) ON DELETE CASCADE,
    counted_from TEXT NOT NULL,
    working_days INTEGER NOT NULL
);

-- Text typed into a note or a long field, saved as it is typed, offered back after a crash.
CREATE TABLE draft (
    draft_key  TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    saved_at   TEXT NOT NULL
);
