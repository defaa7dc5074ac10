-- V8 on PostgreSQL: the member's sickness-absence record, as V8__absences.sql makes it in a file
-- (REAL as double precision), and who may see it: health data, so exactly whoever may see the member
-- (member's own policy applies in the subquery); officers keep it for every member. Not the reader.
CREATE TABLE working_pattern (
    member_id      TEXT PRIMARY KEY REFERENCES member(id) ON DELETE CASCADE,
    weekdays       TEXT NOT NULL,
    hours_per_week DOUBLE PRECISION NOT NULL,
    warning_on     TEXT,
    updated_at     TEXT NOT NULL
);

CREATE TABLE absence (
    id                 TEXT PRIMARY KEY,
    member_id          TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    first_day          TEXT NOT NULL,
    last_day           TEXT NOT NULL,
    hours              DOUBLE PRECISION,
    reason             TEXT NOT NULL,
    disability_related INTEGER NOT NULL DEFAULT 0 CHECK (disability_related IN (0, 1)),
    pregnancy_related  INTEGER NOT NULL DEFAULT 0 CHECK (pregnancy_related IN (0, 1)),
    work_related       INTEGER NOT NULL DEFAULT 0 CHECK (work_related IN (0, 1)),
    fit_note           INTEGER NOT NULL DEFAULT 0 CHECK (fit_note IN (0, 1)),
    created_at         TEXT NOT NULL
);
CREATE INDEX absence_member ON absence(member_id, first_day);

ALTER TABLE working_pattern ENABLE ROW LEVEL SECURITY;
CREATE POLICY working_pattern_of_member ON working_pattern
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM member m WHERE m.id = working_pattern.member_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM member m WHERE m.id = working_pattern.member_id));
ALTER TABLE absence ENABLE ROW LEVEL SECURITY;
CREATE POLICY absence_of_member ON absence
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM member m WHERE m.id = absence.member_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM member m WHERE m.id = absence.member_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON working_pattern, absence TO repdesk_rep, repdesk_officer;
