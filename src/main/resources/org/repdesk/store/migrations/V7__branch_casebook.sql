-- V7: what the branch casebook needs, in both homes (issue 16). Append-only.
-- A version on each member and case, raised by every save, so a second save of the same record
-- made from an older copy is refused (no lost update), and who saved it last, to say so.
-- In a data file these stay as they are made here: one rep, nothing assigned or shared.
ALTER TABLE member ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE member ADD COLUMN updated_by TEXT;
ALTER TABLE member ADD COLUMN created_by TEXT;
ALTER TABLE case_file ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE case_file ADD COLUMN updated_by TEXT;
-- The rep (database login) a case is assigned to; an officer assigns and reassigns.
ALTER TABLE case_file ADD COLUMN assigned_to TEXT;
CREATE INDEX case_file_assigned ON case_file(assigned_to);

-- Cases an officer has shared with another rep (a second rep at a hearing, cover during leave).
CREATE TABLE case_share (
    case_id   TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    login     TEXT NOT NULL,
    shared_on TEXT NOT NULL,
    PRIMARY KEY (case_id, login)
);
CREATE INDEX case_share_login ON case_share(login, case_id);
