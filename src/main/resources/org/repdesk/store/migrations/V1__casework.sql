-- V1: the casework desk. Append-only: never edit after it has shipped; add V2__... instead.

CREATE TABLE member (
    id                TEXT PRIMARY KEY,
    membership_number TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name              TEXT NOT NULL,
    union_name        TEXT NOT NULL,
    grade             TEXT NOT NULL,
    team              TEXT,
    office            TEXT,
    region            TEXT,
    email             TEXT,
    phone             TEXT,
    contracted_hours  REAL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX member_name ON member(name COLLATE NOCASE);

CREATE TABLE case_file (
    id               TEXT PRIMARY KEY,
    reference        TEXT NOT NULL UNIQUE,
    member_id        TEXT NOT NULL REFERENCES member(id) ON DELETE RESTRICT,
    case_type        TEXT NOT NULL,
    status           TEXT NOT NULL,
    stage            TEXT NOT NULL,
    opened_on        TEXT NOT NULL,
    closed_on        TEXT,
    manager          TEXT,
    outcome          TEXT,
    workload_factor  TEXT NOT NULL,
    workload_account TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX case_file_member ON case_file(member_id);
CREATE INDEX case_file_opened ON case_file(opened_on);

CREATE TABLE timeline_entry (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    entry_date TEXT NOT NULL,
    kind       TEXT NOT NULL,
    summary    TEXT NOT NULL,
    body       TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX timeline_entry_case ON timeline_entry(case_id, entry_date);

CREATE TABLE deadline (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    description TEXT NOT NULL,
    is_hearing  INTEGER NOT NULL DEFAULT 0 CHECK (is_hearing IN (0, 1)),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at  TEXT NOT NULL
);
CREATE INDEX deadline_case_open ON deadline(case_id, done, due_on);
CREATE INDEX deadline_due_open ON deadline(done, due_on);

CREATE TABLE workload_record (
    id               TEXT PRIMARY KEY,
    member_id        TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    recorded_on      TEXT NOT NULL,
    capacity_percent REAL,
    workload_points  REAL,
    contracted_hours REAL,
    reduction_hours  REAL,
    cases_held       INTEGER,
    hours_worked     REAL,
    uncounted_work   TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX workload_record_member ON workload_record(member_id, recorded_on);

-- Configurable lists and figures (stages per case type, WMT defaults).
CREATE TABLE stage (
    case_type TEXT NOT NULL,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (case_type, name)
);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text search. Case rows are indexed by the case's rowid with the text a rep would search
-- for (reference, member name and number, manager, account, outcome); notes by the entry's rowid.
CREATE VIRTUAL TABLE case_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE note_search USING fts5(summary, body, content = 'timeline_entry',
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER case_file_ai AFTER INSERT ON case_file BEGIN
    INSERT INTO case_search(rowid, text)
    SELECT new.rowid, concat_ws(' ', new.reference, m.name, m.membership_number, new.manager,
                                new.workload_account, new.outcome)
    FROM member m WHERE m.id = new.member_id;
END;
CREATE TRIGGER case_file_au AFTER UPDATE ON case_file BEGIN
    DELETE FROM case_search WHERE rowid = old.rowid;
    INSERT INTO case_search(rowid, text)
    SELECT new.rowid, concat_ws(' ', new.reference, m.name, m.membership_number, new.manager,
                                new.workload_account, new.outcome)
    FROM member m WHERE m.id = new.member_id;
END;
CREATE TRIGGER case_file_ad AFTER DELETE ON case_file BEGIN
    DELETE FROM case_search WHERE rowid = old.rowid;
END;
CREATE TRIGGER member_au AFTER UPDATE OF name, membership_number ON member BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT rowid FROM case_file WHERE member_id = new.id);
    INSERT INTO case_search(rowid, text)
    SELECT c.rowid, concat_ws(' ', c.reference, new.name, new.membership_number, c.manager,
                              c.workload_account, c.outcome)
    FROM case_file c WHERE c.member_id = new.id;
END;

CREATE TRIGGER timeline_entry_ai AFTER INSERT ON timeline_entry BEGIN
    INSERT INTO note_search(rowid, summary, body) VALUES (new.rowid, new.summary, new.body);
END;
CREATE TRIGGER timeline_entry_ad AFTER DELETE ON timeline_entry BEGIN
    INSERT INTO note_search(note_search, rowid, summary, body) VALUES ('delete', old.rowid, old.summary, old.body);
END;
CREATE TRIGGER timeline_entry_au AFTER UPDATE ON timeline_entry BEGIN
    INSERT INTO note_search(note_search, rowid, summary, body) VALUES ('delete', old.rowid, old.summary, old.body);
    INSERT INTO note_search(rowid, summary, body) VALUES (new.rowid, new.summary, new.body);
END;
