-- V11 on PostgreSQL: as V11__letters_and_drafts.sql makes it in a file, and who may see it.
-- Letter templates are the branch's: every rep and officer reads and edits them (they hold no
-- member's data; a letter made from one is a document on its case, under that case's policy).
CREATE TABLE letter_template (
    name       TEXT PRIMARY KEY,
    title_en   TEXT NOT NULL,
    body_en    TEXT NOT NULL,
    title_cy   TEXT NOT NULL,
    body_cy    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
ALTER TABLE letter_template ENABLE ROW LEVEL SECURITY;
CREATE POLICY letter_template_of_branch ON letter_template USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON letter_template TO repdesk_rep, repdesk_officer;

-- A draft goes with its case: the foreign key's cascade is not subject to row-level security, so
-- deleting a case deletes every login's drafts on it, not only those of the login deleting it.
ALTER TABLE draft ADD COLUMN case_id TEXT REFERENCES case_file(id) ON DELETE CASCADE;
UPDATE draft SET case_id = substr(draft_key, 6, 36)
    WHERE draft_key LIKE 'note:%' AND substr(draft_key, 6, 36) IN (SELECT id FROM case_file);
DELETE FROM draft WHERE draft_key LIKE 'note:%' AND case_id IS NULL;

ALTER TABLE hearing ADD COLUMN expected_minutes INTEGER CHECK (expected_minutes > 0);
