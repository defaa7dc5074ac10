-- V8: the member's sickness-absence record (issue 18). Append-only: never edit after it has shipped.
-- Portable SQL (the branch casebook runs it on PostgreSQL too): dates as ISO text, flags as 0/1.

-- The member's working pattern: which weekdays (MONDAY,TUESDAY,...) and hours a week, and the date of
-- a formal warning that starts an improvement period. One row per member; none means Monday to
-- Friday at the member's contracted hours.
CREATE TABLE working_pattern (
    member_id      TEXT PRIMARY KEY REFERENCES member(id) ON DELETE CASCADE,
    weekdays       TEXT NOT NULL,
    hours_per_week REAL NOT NULL,
    warning_on     TEXT,
    updated_at     TEXT NOT NULL
);

-- One spell of sickness absence: whole days first_day..last_day, or part of one day in hours.
CREATE TABLE absence (
    id                 TEXT PRIMARY KEY,
    member_id          TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    first_day          TEXT NOT NULL,
    last_day           TEXT NOT NULL,
    hours              REAL,
    reason             TEXT NOT NULL,
    disability_related INTEGER NOT NULL DEFAULT 0 CHECK (disability_related IN (0, 1)),
    pregnancy_related  INTEGER NOT NULL DEFAULT 0 CHECK (pregnancy_related IN (0, 1)),
    work_related       INTEGER NOT NULL DEFAULT 0 CHECK (work_related IN (0, 1)),
    fit_note           INTEGER NOT NULL DEFAULT 0 CHECK (fit_note IN (0, 1)),
    created_at         TEXT NOT NULL
);
CREATE INDEX absence_member ON absence(member_id, first_day);
