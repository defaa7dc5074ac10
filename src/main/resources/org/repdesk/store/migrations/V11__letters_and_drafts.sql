-- V11: letters from templates, drafts that go with their case, a hearing's expected length (issue 17).
-- Append-only: never edit after it has shipped.

-- A letter template the rep (or the branch) wrote or changed. RepDesk's own templates ship with the
-- app; a row with the same name replaces one, and deleting the row brings the shipped text back.
-- Kept in the data file (or the casebook) so a branch shares its templates, and so any name typed
-- into one is covered by the passphrase like the rest. Texts in English and Welsh.
CREATE TABLE letter_template (
    name       TEXT PRIMARY KEY,
    title_en   TEXT NOT NULL,
    body_en    TEXT NOT NULL,
    title_cy   TEXT NOT NULL,
    body_cy    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A draft belongs to its case, when it has one: deleting the case (or the retention review
-- deleting it) deletes what was being typed on it, for every login of a casebook.
ALTER TABLE draft ADD COLUMN case_id TEXT REFERENCES case_file(id) ON DELETE CASCADE;
UPDATE draft SET case_id = substr(draft_key, 6, 36)
    WHERE draft_key LIKE 'note:%' AND substr(draft_key, 6, 36) IN (SELECT id FROM case_file);
DELETE FROM draft WHERE draft_key LIKE 'note:%' AND case_id IS NULL;

-- How long the hearing is expected to last, in minutes (the calendar's event ends then).
ALTER TABLE hearing ADD COLUMN expected_minutes INTEGER CHECK (expected_minutes > 0);
