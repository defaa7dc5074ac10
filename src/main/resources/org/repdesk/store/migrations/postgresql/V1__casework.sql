-- V1 on PostgreSQL: the casework desk, as V1__casework.sql makes it in a data file, for a branch
-- casebook. Append-only, like the SQLite migrations. Differences, and why:
--  * rowid: an identity column standing in for SQLite's row number, which the cases list and its
--    search use to match rows;
--  * search: tsvector columns with GIN indexes instead of FTS5 tables, accents and letters folded
--    by unaccent (Siân, Łukasz found by Sian, Lukasz), as the file's unicode61 remove_diacritics does;
--  * NOCASE: an ICU collation of that name, so the shared SQL's COLLATE NOCASE means the same here;
--  * REAL is double precision (PostgreSQL's real is single precision).

-- What this database is: written last by Migrations, read first by every RepDesk that opens it.
CREATE TABLE repdesk_casebook (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO repdesk_casebook (key, value) VALUES ('application', 'RepDesk branch casebook');

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- Folded for search: accents removed, lower case. IMMUTABLE (the dictionary named explicitly) so it
-- can feed stored columns and indexes.
CREATE FUNCTION repdesk_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;
-- The words of a text as the search indexes hold them: folded, with punctuation (ASCII, dashes and
-- quotes) made a space first, so 2026-0042 and O'Neill-Jones are words as the rep types them, not
-- the parser's signed numbers and compounds. Spelled as code points, not character classes, so it
-- means the same whatever the server's locale (COLLATE "C": a NOCASE value cannot run a regex).
CREATE FUNCTION repdesk_words(t TEXT) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('simple', regexp_replace(coalesce(repdesk_fold(t), '') COLLATE "C",
        '[!-/:-@\[-`{-~\u2010-\u2015\u2018-\u201f\u2026\u2022\u00b7]+', ' ', 'g')) $$;
-- True when the text is a real calendar date written as ISO (2026-11-23); check uses it.
CREATE FUNCTION repdesk_is_date(t TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF t !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RETURN false;
    END IF;
    RETURN to_char(CAST(t AS date), 'YYYY-MM-DD') = t;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

CREATE TABLE member (
    id                TEXT PRIMARY KEY,
    membership_number TEXT COLLATE nocase NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    union_name        TEXT NOT NULL,
    grade             TEXT NOT NULL,
    team              TEXT,
    office            TEXT,
    region            TEXT,
    email             TEXT,
    phone             TEXT,
    contracted_hours  DOUBLE PRECISION,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX member_name ON member(name COLLATE nocase);

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
    updated_at       TEXT NOT NULL,
    rowid            BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    search_doc       tsvector
);
CREATE INDEX case_file_member ON case_file(member_id);
CREATE INDEX case_file_opened ON case_file(opened_on);
CREATE INDEX case_file_search ON case_file USING gin (search_doc);

CREATE TABLE timeline_entry (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    entry_date TEXT NOT NULL,
    kind       TEXT NOT NULL,
    summary    TEXT NOT NULL,
    body       TEXT,
    created_at TEXT NOT NULL,
    rowid      BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    search_doc tsvector GENERATED ALWAYS AS (repdesk_words(summary || ' ' || coalesce(body, ''))) STORED
);
CREATE INDEX timeline_entry_case ON timeline_entry(case_id, entry_date);
CREATE INDEX timeline_entry_search ON timeline_entry USING gin (search_doc);

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
    capacity_percent DOUBLE PRECISION,
    workload_points  DOUBLE PRECISION,
    contracted_hours DOUBLE PRECISION,
    reduction_hours  DOUBLE PRECISION,
    cases_held       INTEGER,
    hours_worked     DOUBLE PRECISION,
    uncounted_work   TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX workload_record_member ON workload_record(member_id, recorded_on);

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

-- A case is found by its reference, its member's name and number, manager, account and outcome.
-- SECURITY DEFINER: the member row is read whatever the saving login may see of it, and a rename
-- reaches every case of the member, not only those the renaming rep is assigned.
CREATE FUNCTION repdesk_case_search_doc() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    NEW.search_doc := repdesk_words(concat_ws(' ', NEW.reference,
        (SELECT m.name || ' ' || m.membership_number FROM member m WHERE m.id = NEW.member_id),
        NEW.manager, NEW.workload_account, NEW.outcome));
    RETURN NEW;
END $$;
CREATE TRIGGER case_file_search_doc BEFORE INSERT OR UPDATE OF reference, member_id, manager, workload_account, outcome
    ON case_file FOR EACH ROW EXECUTE FUNCTION repdesk_case_search_doc();

CREATE FUNCTION repdesk_member_renamed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE case_file SET member_id = member_id WHERE member_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER member_renamed AFTER UPDATE OF name, membership_number ON member
    FOR EACH ROW EXECUTE FUNCTION repdesk_member_renamed();
